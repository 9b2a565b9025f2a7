package com.policyminer.works;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The links between works, kept between updates: for every two linked works their closest link, and the
 * links kept ({@link WorkGrouper#closest}: among the {@value WorkGrouper#LINKS_PER_WORK} closest of either
 * work). An update drops the links of the works that changed, puts their new ones, then settles which links
 * are kept for the works whose links changed only — a work's ten closest depend on its own links alone.
 */
final class WorkLinks {

    private final Map<String, Map<String, Works.Link>> byWork = new HashMap<>(); // work → other work → their link
    private final Map<String, Works.Link> tenth = new HashMap<>(); // work → its last kept link (absent: it keeps all)
    private final TreeSet<Works.Link> kept = new TreeSet<>(WorkGrouper.BY_WORKS);
    private final Set<String> touched = new HashSet<>(); // works whose links changed since the last settle

    /** Takes away every link of a work (it changed, or is gone). */
    void drop(String work) {
        Map<String, Works.Link> mine = byWork.remove(work);
        tenth.remove(work);
        touched.add(work);
        if (mine == null) {
            return;
        }
        for (Map.Entry<String, Works.Link> e : mine.entrySet()) {
            Map<String, Works.Link> theirs = byWork.get(e.getKey());
            theirs.remove(work);
            if (theirs.isEmpty()) {
                byWork.remove(e.getKey());
            }
            kept.remove(e.getValue());
            touched.add(e.getKey());
        }
    }

    /**
     * Sets a work's links to these (other work → their closest link): links that stay the same touch
     * nothing, so the works on the other side of an unchanged link are not settled again.
     */
    void replace(String work, Map<String, Works.Link> fresh) {
        Map<String, Works.Link> old = byWork.getOrDefault(work, Map.of());
        for (Map.Entry<String, Works.Link> e : List.copyOf(old.entrySet())) {
            if (!fresh.containsKey(e.getKey())) {
                unlink(work, e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, Works.Link> e : fresh.entrySet()) {
            Works.Link was = old.get(e.getKey());
            if (!e.getValue().equals(was)) {
                if (was != null) {
                    kept.remove(was);
                }
                byWork.computeIfAbsent(work, k -> new HashMap<>()).put(e.getKey(), e.getValue());
                byWork.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(work, e.getValue());
                touched.add(work);
                touched.add(e.getKey());
            }
        }
    }

    /** Sets the closest link of two works ({@code a} before {@code b}), or takes it away (null). */
    void set(String a, String b, Works.Link link) {
        Works.Link was = byWork.getOrDefault(a, Map.of()).get(b);
        if (java.util.Objects.equals(was, link)) {
            return;
        }
        if (was != null) {
            unlink(a, b, was);
        }
        if (link != null) {
            byWork.computeIfAbsent(a, k -> new HashMap<>()).put(b, link);
            byWork.computeIfAbsent(b, k -> new HashMap<>()).put(a, link);
        }
        touched.add(a);
        touched.add(b);
    }

    private void unlink(String work, String other, Works.Link link) {
        for (String[] side : new String[][] {{work, other}, {other, work}}) {
            Map<String, Works.Link> m = byWork.get(side[0]);
            m.remove(side[1]);
            if (m.isEmpty()) {
                byWork.remove(side[0]);
            }
        }
        kept.remove(link);
        touched.add(work);
        touched.add(other);
    }

    /** Decides again which links are kept, for the works whose links changed. */
    void settle() {
        for (String w : touched) {
            Map<String, Works.Link> mine = byWork.get(w);
            if (mine == null || mine.size() <= WorkGrouper.LINKS_PER_WORK) {
                tenth.remove(w);
            } else {
                List<Works.Link> sorted = new ArrayList<>(mine.values());
                sorted.sort(WorkGrouper.CLOSEST);
                tenth.put(w, sorted.get(WorkGrouper.LINKS_PER_WORK - 1));
            }
        }
        for (String w : touched) {
            for (Works.Link l : byWork.getOrDefault(w, Map.of()).values()) {
                if (closeEnough(l, l.a()) || closeEnough(l, l.b())) {
                    kept.add(l);
                } else {
                    kept.remove(l);
                }
            }
        }
        touched.clear();
    }

    private boolean closeEnough(Works.Link l, String work) {
        Works.Link last = tenth.get(work);
        return last == null || WorkGrouper.CLOSEST.compare(l, last) <= 0;
    }

    /** The links kept, by their works. */
    List<Works.Link> kept() {
        return List.copyOf(kept);
    }

    /** The closest links of every two linked works (each once). */
    int size() {
        return byWork.values().stream().mapToInt(Map::size).sum() / 2;
    }
}
