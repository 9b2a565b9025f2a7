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
 * are kept: a link's fate depends on itself and on the tenth closest link of each of its two works, so only
 * the links put since the last settle and the links of the works whose tenth closest changed are decided
 * again — not every link of every work a new link touched.
 */
final class WorkLinks {

    private final Map<String, Map<String, Works.Link>> byWork = new HashMap<>(); // work → other work → their link
    private final Map<String, Works.Link> tenth = new HashMap<>(); // work → its last kept link (absent: it keeps all)
    private final TreeSet<Works.Link> kept = new TreeSet<>(WorkGrouper.BY_WORKS);
    private final Set<String> unsettled = new HashSet<>(); // works whose tenth closest link may have changed since the last settle
    private final List<Works.Link> put = new ArrayList<>(); // links put since the last settle (some may be gone again)

    /** Takes away every link of a work (it changed, or is gone). */
    void drop(String work) {
        Map<String, Works.Link> mine = byWork.remove(work);
        tenth.remove(work);
        unsettled.remove(work);
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
            changed(e.getKey(), null, e.getValue());
        }
    }

    /**
     * Sets a work's links to these (other work → their closest link): links that stay the same change
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
            Works.Link was = byWork.getOrDefault(work, Map.of()).get(e.getKey());
            if (!e.getValue().equals(was)) {
                link(work, e.getKey(), e.getValue(), was);
            }
        }
    }

    /** Sets the closest link of two works ({@code a} before {@code b}), or takes it away (null). */
    void set(String a, String b, Works.Link link) {
        Works.Link was = byWork.getOrDefault(a, Map.of()).get(b);
        if (java.util.Objects.equals(was, link)) {
            return;
        }
        if (link == null) {
            unlink(a, b, was);
        } else {
            link(a, b, link, was);
        }
    }

    /** Puts the link of two works in place of the one they had (null: none). */
    private void link(String work, String other, Works.Link link, Works.Link was) {
        if (was != null) {
            kept.remove(was);
        }
        byWork.computeIfAbsent(work, k -> new HashMap<>()).put(other, link);
        byWork.computeIfAbsent(other, k -> new HashMap<>()).put(work, link);
        put.add(link);
        changed(work, link, was);
        changed(other, link, was);
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
        changed(work, null, link);
        changed(other, null, link);
    }

    /**
     * Notes that a work gained a link, lost one, or both (its links already changed): its tenth closest
     * stays when it had one, still has more links than that, and what came and went is further than it.
     */
    private void changed(String work, Works.Link added, Works.Link removed) {
        if (unsettled.contains(work)) {
            return;
        }
        Works.Link last = tenth.get(work); // as of the last settle: nothing since moved it
        int links = byWork.getOrDefault(work, Map.of()).size();
        boolean stays = last == null ? links <= WorkGrouper.LINKS_PER_WORK
                : links > WorkGrouper.LINKS_PER_WORK && (added == null || closer(added, last) > 0)
                        && (removed == null || closer(removed, last) > 0);
        if (!stays) {
            unsettled.add(work);
        }
    }

    /**
     * Decides again which links are kept: the links put since the last settle, and every link of a work
     * whose tenth closest link changed (a link taken away left the kept ones when it went).
     */
    void settle() {
        Map<String, Works.Link> moved = new HashMap<>(); // works whose tenth closest link changed → the one before (null: none)
        for (String w : unsettled) {
            Map<String, Works.Link> mine = byWork.get(w);
            Works.Link last = mine == null || mine.size() <= WorkGrouper.LINKS_PER_WORK ? null : tenthClosest(mine.values());
            Works.Link was = last == null ? tenth.remove(w) : tenth.put(w, last);
            if (!java.util.Objects.equals(was, last)) {
                moved.put(w, was);
            }
        }
        for (Works.Link l : put) {
            if (l.equals(byWork.getOrDefault(l.a(), Map.of()).get(l.b()))) { // not taken away again since
                decide(l);
            }
        }
        moved.forEach((w, was) -> {
            Works.Link last = tenth.get(w);
            for (Works.Link l : byWork.getOrDefault(w, Map.of()).values()) {
                if (within(l, was) != within(l, last)) { // on the other side of the work's tenth than before
                    decide(l);
                }
            }
        });
        unsettled.clear();
        put.clear();
    }

    /** The {@value WorkGrouper#LINKS_PER_WORK}th closest of more links than that. */
    private static Works.Link tenthClosest(java.util.Collection<Works.Link> links) {
        Works.Link[] sorted = links.toArray(Works.Link[]::new);
        java.util.Arrays.sort(sorted, WorkLinks::closer);
        return sorted[WorkGrouper.LINKS_PER_WORK - 1];
    }

    /** {@link WorkGrouper#CLOSEST}, written out (settling compares many links). */
    private static int closer(Works.Link x, Works.Link y) {
        int c = Double.compare(y.similarity(), x.similarity());
        if (c == 0) {
            c = x.a().compareTo(y.a());
        }
        return c != 0 ? c : x.b().compareTo(y.b());
    }

    /** Whether a link is among a work's closest, given the work's tenth closest (null: it keeps all). */
    private static boolean within(Works.Link l, Works.Link tenth) {
        return tenth == null || closer(l, tenth) <= 0;
    }

    private void decide(Works.Link l) {
        if (closeEnough(l, l.a()) || closeEnough(l, l.b())) {
            kept.add(l);
        } else {
            kept.remove(l);
        }
    }

    private boolean closeEnough(Works.Link l, String work) {
        return within(l, tenth.get(work));
    }

    /** Puts back a link saved with {@link #all} (decided at the next settle). */
    void restore(Works.Link l) {
        link(l.a(), l.b(), l, byWork.getOrDefault(l.a(), Map.of()).get(l.b()));
    }

    /** The closest link of every two linked works, each once, by their works. */
    List<Works.Link> all() {
        List<Works.Link> out = new ArrayList<>();
        byWork.forEach((w, mine) -> mine.forEach((other, l) -> {
            if (w.equals(l.a())) {
                out.add(l);
            }
        }));
        out.sort(WorkGrouper.BY_WORKS);
        return out;
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
