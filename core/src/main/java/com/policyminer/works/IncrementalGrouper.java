package com.policyminer.works;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The works of a changing set of files, kept up to date file by file: each {@link #update} compares only
 * the files added or changed since the last one, through the same LSH buckets {@link WorkGrouper} uses,
 * and gives what {@code WorkGrouper.group} would give for all the files at once.
 *
 * <ul>
 * <li><b>works</b>: the files whose work may change — the added ones, and those left in a work a file
 * left — and every file near them in a work band (estimate within {@link WorkGrouper#VERIFY_MARGIN} of the
 * rule), again and again, with their works: a whole component of near copies. Only they are grouped again;
 * every other work stays as it was (its files and their neighbours did not change). A work band shared by
 * more than {@value WorkGrouper#LARGEST_WORK_BUCKET} files is compared whole here, where a full grouping
 * splits it: the two differ only if such a bucket hides a pair at 0.9 the splits miss.</li>
 * <li><b>links</b>: for every pair of files the number of link buckets of at most
 * {@value WorkGrouper#LARGEST_LINK_BUCKET} files that hold both, kept as files come and go (a bucket
 * growing past the limit takes its pairs' counts back); a pair counted at least once is a candidate, as in
 * a full grouping, and the links are picked from them again at each update (cheap: no fingerprint is compared).</li>
 * </ul>
 *
 * <p>Not thread-safe: the caller serializes updates.
 */
public final class IncrementalGrouper {

    private final Map<String, Integer> handleOf = new HashMap<>();
    private final List<WorkGrouper.File> files = new ArrayList<>(); // by handle; null once removed
    private final List<Map<Long, List<Integer>>> workBuckets = buckets(WorkGrouper.WORK_BANDS);
    private final List<Map<Long, List<Integer>>> linkBuckets = buckets(WorkGrouper.LINK_BANDS);
    private final Map<Long, Integer> linkSupport = new HashMap<>(); // pair of handles → small link buckets holding both
    private final Map<Long, Double> linkable = new HashMap<>(); // supported pairs sharing enough: their similarity
    private final Map<String, Works.Work> workOf = new HashMap<>(); // content id → its work
    private Works works = Works.NONE;

    private static List<Map<Long, List<Integer>>> buckets(int bands) {
        List<Map<Long, List<Integer>>> out = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            out.add(new HashMap<>());
        }
        return out;
    }

    /** The works as of the last update. */
    public Works works() {
        return works;
    }

    /**
     * Brings the works up to these files (all of them, as a full grouping would take them).
     *
     * @param exact the exact similarity of two files, or null to decide on the estimate
     */
    public Works update(List<WorkGrouper.File> current, WorkGrouper.ExactJaccard exact) {
        Map<String, WorkGrouper.File> now = new HashMap<>();
        current.forEach(f -> now.put(f.docId(), f));
        Set<String> seeds = new HashSet<>();
        for (String id : List.copyOf(handleOf.keySet())) {
            WorkGrouper.File was = files.get(handleOf.get(id));
            if (!was.equals(now.get(id))) { // removed, moved or changed: its work is grouped again without it
                workOf.get(id).files().forEach(m -> seeds.add(m.docId()));
                remove(id);
            }
        }
        for (WorkGrouper.File f : now.values()) {
            if (!handleOf.containsKey(f.docId())) {
                add(f);
                seeds.add(f.docId());
            }
        }
        seeds.retainAll(now.keySet());
        long compared = 0;
        // the component of near copies around the seeds
        Set<Integer> reached = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seeds.forEach(id -> {
            reached.add(handleOf.get(id));
            queue.add(handleOf.get(id));
        });
        while (!queue.isEmpty()) {
            int x = queue.poll();
            WorkGrouper.File fx = files.get(x);
            List<Integer> near = new ArrayList<>();
            Works.Work old = workOf.get(fx.docId());
            if (old != null) {
                old.files().stream().map(m -> handleOf.get(m.docId())).filter(java.util.Objects::nonNull).forEach(near::add);
            }
            if (!fx.fingerprint().isEmpty()) {
                for (int band = 0; band < WorkGrouper.WORK_BANDS; band++) {
                    for (int y : workBuckets.get(band).get(workKey(fx, band))) {
                        if (y != x && !reached.contains(y)) {
                            compared++;
                            if (fx.fingerprint().similarity(files.get(y).fingerprint()) >= WorkGrouper.SAME_WORK - WorkGrouper.VERIFY_MARGIN) {
                                near.add(y);
                            }
                        }
                    }
                }
            }
            for (int y : near) {
                if (reached.add(y)) {
                    queue.add(y);
                }
            }
        }
        List<WorkGrouper.File> regroup = reached.stream().map(files::get).toList();
        Works grouped = WorkGrouper.group(regroup, exact, false);
        Map<String, Works.Work> byId = new HashMap<>();
        for (Works.Work w : works.works()) {
            if (w.files().stream().allMatch(m -> now.containsKey(m.docId()) && !reached.contains(handleOf.get(m.docId())))) {
                byId.put(w.id(), w);
            }
        }
        grouped.works().forEach(w -> byId.put(w.id(), w));
        workOf.clear();
        byId.values().forEach(w -> w.files().forEach(m -> workOf.put(m.docId(), w)));
        // everything in path order, as a full grouping lists it
        List<WorkGrouper.File> ordered = new ArrayList<>(now.values());
        ordered.sort(WorkGrouper.PATH_ORDER);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            position.put(ordered.get(i).docId(), i);
        }
        List<Works.Work> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparingInt(w -> position.get(w.files().get(0).docId())));
        Map<Long, Double> linked = new HashMap<>();
        Map<String, String> workIdOf = new HashMap<>();
        workOf.forEach((id, w) -> workIdOf.put(id, w.id()));
        linkable.forEach((pair, s) -> {
            int i = position.get(files.get((int) (pair >>> 32)).docId());
            int j = position.get(files.get((int) (long) pair).docId());
            if (!workIdOf.get(ordered.get(i).docId()).equals(workIdOf.get(ordered.get(j).docId()))) {
                linked.put(WorkGrouper.pair(i, j), s);
            }
        });
        works = new Works(list, WorkGrouper.links(ordered, linked, workIdOf), compared + grouped.candidates(), grouped.verified());
        return works;
    }

    private void add(WorkGrouper.File f) {
        int h = files.size();
        files.add(f);
        handleOf.put(f.docId(), h);
        if (f.fingerprint().isEmpty()) {
            return;
        }
        for (int band = 0; band < WorkGrouper.WORK_BANDS; band++) {
            workBuckets.get(band).computeIfAbsent(workKey(f, band), k -> new ArrayList<>()).add(h);
        }
        for (int band = 0; band < WorkGrouper.LINK_BANDS; band++) {
            List<Integer> bucket = linkBuckets.get(band).computeIfAbsent(linkKey(f, band), k -> new ArrayList<>());
            if (bucket.size() < WorkGrouper.LARGEST_LINK_BUCKET) {
                bucket.forEach(y -> support(y, h, 1));
            } else if (bucket.size() == WorkGrouper.LARGEST_LINK_BUCKET) {
                allPairs(bucket, -1); // past the limit: a passage many repeat, no candidates
            }
            bucket.add(h);
        }
    }

    private void remove(String id) {
        int h = handleOf.remove(id);
        WorkGrouper.File f = files.set(h, null);
        if (f.fingerprint().isEmpty()) {
            return;
        }
        for (int band = 0; band < WorkGrouper.WORK_BANDS; band++) {
            long key = workKey(f, band);
            List<Integer> bucket = workBuckets.get(band).get(key);
            bucket.remove(Integer.valueOf(h));
            if (bucket.isEmpty()) {
                workBuckets.get(band).remove(key);
            }
        }
        for (int band = 0; band < WorkGrouper.LINK_BANDS; band++) {
            long key = linkKey(f, band);
            List<Integer> bucket = linkBuckets.get(band).get(key);
            bucket.remove(Integer.valueOf(h));
            if (bucket.size() < WorkGrouper.LARGEST_LINK_BUCKET) {
                bucket.forEach(y -> support(y, h, -1));
            } else if (bucket.size() == WorkGrouper.LARGEST_LINK_BUCKET) {
                allPairs(bucket, 1); // back within the limit
            }
            if (bucket.isEmpty()) {
                linkBuckets.get(band).remove(key);
            }
        }
    }

    private void allPairs(List<Integer> bucket, int delta) {
        for (int x = 0; x < bucket.size(); x++) {
            for (int y = x + 1; y < bucket.size(); y++) {
                support(bucket.get(x), bucket.get(y), delta);
            }
        }
    }

    private void support(int a, int b, int delta) {
        long pair = WorkGrouper.pair(a, b);
        int count = linkSupport.merge(pair, delta, Integer::sum);
        if (count == 0) {
            linkSupport.remove(pair);
            linkable.remove(pair);
        } else if (count == 1 && delta > 0) {
            TextFingerprint fa = files.get(a).fingerprint();
            TextFingerprint fb = files.get(b).fingerprint();
            double s = fa.similarity(fb);
            if (s > 0 && TextFingerprint.share(s, Math.min(fa.shingles(), fb.shingles()), Math.max(fa.shingles(), fb.shingles()))
                    >= WorkGrouper.LINKED_SHARE) {
                linkable.put(pair, s);
            }
        }
    }

    private static long workKey(WorkGrouper.File f, int band) {
        return f.fingerprint().band(band * WorkGrouper.WORK_ROWS, WorkGrouper.WORK_ROWS) & ~WorkGrouper.INDEX_MASK;
    }

    private static long linkKey(WorkGrouper.File f, int band) {
        return f.fingerprint().band(band * WorkGrouper.LINK_ROWS, WorkGrouper.LINK_ROWS) & ~WorkGrouper.INDEX_MASK;
    }
}
