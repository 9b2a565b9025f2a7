package com.policyminer.works;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntHashSet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The works of a changing set of files, kept up to date file by file: each {@link #update} does work in
 * proportion to the files added, changed or removed since the last one — never a pass over all the
 * candidate pairs — and gives what {@code WorkGrouper.group} would give for all the files at once.
 * What it keeps between updates: each file's fingerprint (off the heap, {@link FingerprintStore}), the LSH
 * buckets of both rounds ({@link BandIndex}, primitive), each file's work, the works in path order and the
 * links ({@link WorkLinks}). Its state can be saved ({@link #works}, {@link #closestLinks}) and
 * {@link #restore restored} without grouping again: the fingerprints then come back file by file
 * ({@link #adopt}), put in their buckets without comparing a pair.
 *
 * <ul>
 * <li><b>works</b>: the files whose work may change — the added ones, and those left in a work a file
 * left — and every file near them in a work band (estimate within {@link WorkGrouper#VERIFY_MARGIN} of the
 * rule), again and again, with their works: a whole component of near copies. Only they are grouped again;
 * every other work stays as it was (its files and their neighbours did not change). A work band shared by
 * more than {@value WorkGrouper#LARGEST_WORK_BUCKET} files is compared whole here, where a full grouping
 * splits it: the two differ only if such a bucket hides a pair at 0.9 the splits miss.</li>
 * <li><b>links</b>: a pair of files is a candidate when a link bucket of at most
 * {@value WorkGrouper#LARGEST_LINK_BUCKET} files holds both, as in a full grouping. The links of the works
 * grouped again are picked again from their own files' buckets, and so are those of the works whose files
 * sit in a bucket that grew past the limit or came back within it (its pairs stop or start being
 * candidates); every other work's links stay.</li>
 * </ul>
 *
 * <p>Not thread-safe: the caller serializes updates.
 */
public final class IncrementalGrouper {

    private final Map<String, Integer> handleOf = new HashMap<>();
    private final List<WorkGrouper.File> files = new ArrayList<>(); // by handle, without fingerprint; null while free
    private final FingerprintStore prints = new FingerprintStore(); // by handle
    private final IntArrayList freeHandles = new IntArrayList();
    private final BandIndex workBuckets = new BandIndex(WorkGrouper.WORK_BANDS, this::workKey);
    private final BandIndex linkBuckets = new BandIndex(WorkGrouper.LINK_BANDS, this::linkKey);
    private static final int PAST_LINK_LIMIT = WorkGrouper.LARGEST_LINK_BUCKET + 1; // bucket sizes are counted up to this
    private final Map<String, Works.Work> workOf = new HashMap<>(); // content id → its work
    private final TreeMap<Works.Member, Works.Work> inPathOrder = new TreeMap<>(FIRST_FILE_ORDER); // by first file
    private final WorkLinks links = new WorkLinks();
    private final Set<List<String>> pairsChanged = new HashSet<>(); // pairs of files (content ids) of a bucket that crossed the limit
    private final Set<String> awaiting = new HashSet<>(); // restored files whose fingerprints have not come yet
    private Works works = Works.NONE;

    private static final Comparator<Works.Member> FIRST_FILE_ORDER =
            Comparator.comparing(Works.Member::path).thenComparing(Works.Member::docId); // WorkGrouper.PATH_ORDER

    /** The works as of the last update. */
    public Works works() {
        return works;
    }

    /** Files known (for the benchmark). */
    public int size() {
        return handleOf.size();
    }

    /**
     * Brings the works up to these files (all of them, as a full grouping would take them). A file
     * already known is unchanged when it is equal to the one known (path, name and fingerprint).
     *
     * @param exact the exact similarity of two files, or null to decide on the estimate
     */
    public Works update(Collection<WorkGrouper.File> current, WorkGrouper.ExactJaccard exact) {
        List<String> present = new ArrayList<>(current.size());
        current.forEach(f -> present.add(f.docId()));
        return update(present, current, exact);
    }

    /**
     * Brings the works up to these files, given as what changed: the caller need not hold every file's
     * fingerprint, only those of the files that may be new or changed.
     *
     * @param present the content id of every file now
     * @param arrived the files that may be new or changed (each also in {@code present}); a known file not among
     *                them is as it was
     * @param exact   the exact similarity of two files, or null to decide on the estimate
     */
    public Works update(Collection<String> present, Collection<WorkGrouper.File> arrived, WorkGrouper.ExactJaccard exact) {
        if (!awaiting.isEmpty()) {
            throw new IllegalStateException(awaiting.size() + " restored files still await their fingerprints");
        }
        Set<String> now = new HashSet<>(present);
        Map<String, WorkGrouper.File> came = new HashMap<>(arrived.size() * 2);
        arrived.forEach(f -> came.put(f.docId(), f));
        Set<String> seeds = new HashSet<>();
        Set<String> dropped = new HashSet<>(); // works grouped again: their links are picked again
        List<String> gone = new ArrayList<>();
        handleOf.forEach((id, h) -> {
            WorkGrouper.File f = came.get(id);
            if (!now.contains(id) || f != null && !holds(h, f)) {
                gone.add(id); // removed, moved or changed: its work is grouped again without it
            }
        });
        for (String id : gone) {
            Works.Work w = workOf.get(id);
            if (dropped.add(w.id())) {
                inPathOrder.remove(w.files().get(0));
            }
            w.files().forEach(m -> seeds.add(m.docId()));
            remove(id);
        }
        for (WorkGrouper.File f : came.values()) {
            if (now.contains(f.docId()) && !handleOf.containsKey(f.docId())) {
                add(f);
                seeds.add(f.docId());
            }
        }
        if (handleOf.size() != now.size()) {
            String missing = now.stream().filter(id -> !handleOf.containsKey(id)).findFirst().orElse("?");
            throw new IllegalArgumentException("file " + missing + " is present but neither known nor given");
        }
        seeds.retainAll(now);
        long[] compared = {0};
        List<WorkGrouper.File> regroup = nearCopies(seeds, compared, came);
        for (WorkGrouper.File f : regroup) {
            Works.Work w = workOf.get(f.docId());
            if (w != null && dropped.add(w.id())) {
                inPathOrder.remove(w.files().get(0));
            }
        }
        Works grouped = WorkGrouper.group(regroup, exact, false);
        for (Works.Work w : grouped.works()) {
            w.files().forEach(m -> workOf.put(m.docId(), w));
            inPathOrder.put(w.files().get(0), w);
        }
        // links: picked again for the works grouped again, and for each two works with files in a bucket that crossed the limit
        Map<String, Works.Work> relink = new HashMap<>();
        grouped.works().forEach(w -> relink.put(w.id(), w));
        dropped.stream().filter(id -> !relink.containsKey(id)).forEach(links::drop); // works gone
        relink.values().forEach(w -> links.replace(w.id(), closestLinks(w)));
        Set<List<String>> workPairs = new HashSet<>();
        for (List<String> pair : pairsChanged) {
            Works.Work a = workOf.get(pair.get(0));
            Works.Work b = workOf.get(pair.get(1));
            if (a != null && b != null && a != b && !relink.containsKey(a.id()) && !relink.containsKey(b.id())
                    && handleOf.containsKey(pair.get(0)) && handleOf.containsKey(pair.get(1))) {
                workPairs.add(a.id().compareTo(b.id()) < 0 ? List.of(a.id(), b.id()) : List.of(b.id(), a.id()));
            }
        }
        pairsChanged.clear();
        for (List<String> pair : workPairs) {
            Works.Work a = workOf.get(pair.get(0));
            Works.Work b = workOf.get(pair.get(1));
            links.set(a.id(), b.id(), closestLink(a, b));
        }
        links.settle();
        works = new Works(new ArrayList<>(inPathOrder.values()), links.kept(), compared[0] + grouped.candidates(),
                grouped.verified());
        return works;
    }

    /** The closest link of every two linked works, each once by its works (what {@link #restore} takes back). */
    public List<Works.Link> closestLinks() {
        return links.all();
    }

    /**
     * Takes back a saved state — the works and the closest link of every two linked works, as {@link #works} and
     * {@link #closestLinks} gave them — without grouping: {@link #works} is at once what it was. Each file's
     * fingerprint must then come back ({@link #adopt}) before the next update. Only into a grouper that knows no file.
     */
    public Works restore(Works saved, List<Works.Link> closest) {
        if (!handleOf.isEmpty()) {
            throw new IllegalStateException("a grouper that knows files cannot restore another state");
        }
        for (Works.Work w : saved.works()) {
            for (Works.Member m : w.files()) {
                if (handleOf.putIfAbsent(m.docId(), files.size()) != null) {
                    throw new IllegalArgumentException("file " + m.docId() + " is in two works");
                }
                files.add(new WorkGrouper.File(m.docId(), m.path(), m.fileName(), null));
                workOf.put(m.docId(), w);
                awaiting.add(m.docId());
            }
            inPathOrder.put(w.files().get(0), w);
        }
        closest.forEach(links::restore);
        links.settle();
        works = new Works(new ArrayList<>(inPathOrder.values()), links.kept(), saved.candidates(), saved.verified());
        return works;
    }

    /** Gives back a restored file its fingerprint and puts it in its buckets (no pair is compared). */
    public void adopt(WorkGrouper.File f) {
        if (!awaiting.remove(f.docId())) {
            throw new IllegalArgumentException("file " + f.docId() + " is not a restored file awaiting its fingerprint");
        }
        int h = handleOf.get(f.docId());
        prints.put(h, f.fingerprint());
        intoBuckets(h, false); // the buckets come back as they were: none crosses the limit
    }

    /**
     * Whether this file is known as it is (path, name and fingerprint): an update need not be given it. Lets a caller
     * hand on only what changed when it reads many files that mostly did not (a merged segment's).
     */
    public boolean knows(WorkGrouper.File f) {
        Integer h = handleOf.get(f.docId());
        return h != null && !awaiting.contains(f.docId()) && holds(h, f);
    }

    /** Restored files whose fingerprints have not come back yet. */
    public int awaiting() {
        return awaiting.size();
    }

    /** Bytes of fingerprints kept off the heap (for the benchmark). */
    public long fingerprintBytes() {
        return prints.bytes();
    }

    /** Bytes of the LSH buckets on the heap (for the benchmark). */
    public long bucketBytes() {
        return workBuckets.bytes() + linkBuckets.bytes();
    }

    /** Whether the file known by this handle is this one (path, name and fingerprint). */
    private boolean holds(int h, WorkGrouper.File f) {
        WorkGrouper.File was = files.get(h);
        return java.util.Objects.equals(was.path(), f.path()) && java.util.Objects.equals(was.fileName(), f.fileName())
                && prints.holds(h, f.fingerprint());
    }

    /** The seeds and every file near them in a work band, again and again, with the files of their works. */
    private List<WorkGrouper.File> nearCopies(Set<String> seeds, long[] compared, Map<String, WorkGrouper.File> given) {
        Set<Integer> reached = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seeds.forEach(id -> {
            reached.add(handleOf.get(id));
            queue.add(handleOf.get(id));
        });
        while (!queue.isEmpty()) {
            int x = queue.poll();
            WorkGrouper.File fx = files.get(x);
            IntArrayList near = new IntArrayList();
            Works.Work old = workOf.get(fx.docId());
            if (old != null) {
                old.files().stream().map(m -> handleOf.get(m.docId())).filter(java.util.Objects::nonNull).forEach(near::add);
            }
            if (!prints.isEmpty(x)) {
                for (int band = 0; band < WorkGrouper.WORK_BANDS; band++) {
                    workBuckets.forEach(band, workKey(x, band), x, y -> {
                        if (y != x && !reached.contains(y)) {
                            compared[0]++;
                            if (prints.similarity(x, y) >= WorkGrouper.SAME_WORK - WorkGrouper.VERIFY_MARGIN) {
                                near.add(y);
                            }
                        }
                    });
                }
            }
            for (int i = 0; i < near.size(); i++) {
                if (reached.add(near.get(i))) {
                    queue.add(near.get(i));
                }
            }
        }
        return reached.stream().map(h -> {
            WorkGrouper.File f = given.get(files.get(h).docId()); // the caller's, with this fingerprint: not copied again
            return f != null ? f : withPrint(h);
        }).toList();
    }

    /** The file known by this handle with its fingerprint (for a grouping). */
    private WorkGrouper.File withPrint(int h) {
        WorkGrouper.File f = files.get(h);
        return new WorkGrouper.File(f.docId(), f.path(), f.fileName(), prints.get(h));
    }

    /** The closest link of a work with each work one of its files shares a small link bucket with (as a full grouping picks it). */
    private Map<String, Works.Link> closestLinks(Works.Work w) {
        Map<String, Closest> best = new HashMap<>();
        for (Works.Member m : w.files()) {
            int x = handleOf.get(m.docId());
            if (prints.isEmpty(x)) {
                continue;
            }
            IntHashSet seen = new IntHashSet();
            int[] members = new int[PAST_LINK_LIMIT];
            for (int band = 0; band < WorkGrouper.LINK_BANDS; band++) {
                int size = linkBuckets.members(band, linkKey(x, band), x, members);
                if (size < 2 || size > WorkGrouper.LARGEST_LINK_BUCKET) {
                    continue;
                }
                java.util.Arrays.stream(members, 0, size).forEach(y -> {
                    if (!seen.add(y)) {
                        return; // a pair of close files shares many buckets: compared once
                    }
                    Works.Work other = workOf.get(files.get(y).docId());
                    if (other == w || other.id().equals(w.id())) {
                        return;
                    }
                    double s = prints.similarity(x, y);
                    Closest sofar = best.get(other.id());
                    if (sofar != null && sofar.link().similarity() > Math.round(s * 1000) / 1000.0) {
                        return; // not as close as a pair already found (the link's similarity is rounded)
                    }
                    if (linkable(s, x, y)) {
                        Closest c = closest(x, y, s, w.id(), other.id());
                        best.put(other.id(), sofar == null ? c : Closest.better(sofar, c));
                    }
                });
            }
        }
        Map<String, Works.Link> out = new HashMap<>();
        best.forEach((other, c) -> out.put(other, c.link()));
        return out;
    }

    /**
     * The closest link of two works, from the pairs of their files alone (those sharing a link bucket of at
     * most {@value WorkGrouper#LARGEST_LINK_BUCKET} files): what {@link #closestLinks} finds for them, without
     * going through every bucket of either work's files.
     */
    private Works.Link closestLink(Works.Work a, Works.Work b) {
        Closest best = null;
        for (Works.Member ma : a.files()) {
            int x = handleOf.get(ma.docId());
            if (prints.isEmpty(x)) {
                continue;
            }
            long[] keys = new long[WorkGrouper.LINK_BANDS];
            for (int band = 0; band < keys.length; band++) {
                keys[band] = linkKey(x, band);
            }
            for (Works.Member mb : b.files()) {
                int y = handleOf.get(mb.docId());
                if (prints.isEmpty(y) || !shareSmallLinkBucket(keys, x, y)) {
                    continue;
                }
                double s = prints.similarity(x, y);
                if (linkable(s, x, y)) {
                    Closest c = closest(x, y, s, a.id(), b.id());
                    best = best == null ? c : Closest.better(best, c);
                }
            }
        }
        return best == null ? null : best.link();
    }

    /** Whether a file is in one of these link buckets (a file's, by band) that holds at most the limit. */
    private boolean shareSmallLinkBucket(long[] keys, int x, int y) {
        for (int band = 0; band < keys.length; band++) {
            if (keys[band] == linkKey(y, band)) {
                int size = linkBuckets.size(keys[band], x, PAST_LINK_LIMIT);
                if (size >= 2 && size <= WorkGrouper.LARGEST_LINK_BUCKET) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two files alike by {@code s} share enough text to be linked (as {@link WorkGrouper} decides it). */
    private boolean linkable(double s, int x, int y) {
        int a = prints.shingles(x);
        int b = prints.shingles(y);
        return s > 0 && TextFingerprint.share(s, Math.min(a, b), Math.max(a, b)) >= WorkGrouper.LINKED_SHARE;
    }

    private Closest closest(int x, int y, double s, String wx, String wy) {
        return Closest.of(files.get(x), prints.shingles(x), files.get(y), prints.shingles(y), s, wx, wy);
    }

    /** A candidate link with the pair of files it came from (first in path order first): of two as close, the pair first in path order wins. */
    private record Closest(Works.Link link, WorkGrouper.File first, WorkGrouper.File second) {
        static Closest of(WorkGrouper.File a, int shinglesA, WorkGrouper.File b, int shinglesB, double s, String wa, String wb) {
            boolean ordered = WorkGrouper.PATH_ORDER.compare(a, b) < 0;
            return new Closest(WorkGrouper.link(shinglesA, shinglesB, s, wa, wb), ordered ? a : b, ordered ? b : a);
        }

        static Closest better(Closest x, Closest y) {
            int c = Double.compare(y.link.similarity(), x.link.similarity());
            if (c == 0) {
                c = WorkGrouper.PATH_ORDER.compare(x.first, y.first);
            }
            if (c == 0) {
                c = WorkGrouper.PATH_ORDER.compare(x.second, y.second);
            }
            return c <= 0 ? x : y;
        }
    }

    private void add(WorkGrouper.File f) {
        int h = freeHandles.isEmpty() ? files.size() : freeHandles.removeAt(freeHandles.size() - 1);
        WorkGrouper.File kept = new WorkGrouper.File(f.docId(), f.path(), f.fileName(), null);
        if (h == files.size()) {
            files.add(kept);
        } else {
            files.set(h, kept);
        }
        handleOf.put(f.docId(), h);
        prints.put(h, f.fingerprint());
        intoBuckets(h, true);
    }

    /** Puts a file in its buckets; with {@code noting}, a link bucket that grows past the limit notes its pairs. */
    private void intoBuckets(int h, boolean noting) {
        if (prints.isEmpty(h)) {
            return;
        }
        for (int band = 0; band < WorkGrouper.WORK_BANDS; band++) {
            workBuckets.add(h, band, workKey(h, band), 1);
        }
        for (int band = 0; band < WorkGrouper.LINK_BANDS; band++) {
            long key = linkKey(h, band);
            if (linkBuckets.add(h, band, key, PAST_LINK_LIMIT + 1) == PAST_LINK_LIMIT && noting) {
                pairsChangedIn(band, key, h); // past the limit: a passage many repeat, its pairs are no longer candidates
            }
        }
    }

    private void remove(String id) {
        int h = handleOf.remove(id);
        workOf.remove(id);
        if (!prints.isEmpty(h)) { // out of its buckets first: they find a bucket by its first file's fingerprint
            for (int band = 0; band < WorkGrouper.WORK_BANDS; band++) {
                workBuckets.remove(h, band, workKey(h, band), 0);
            }
            for (int band = 0; band < WorkGrouper.LINK_BANDS; band++) {
                long key = linkKey(h, band);
                if (linkBuckets.remove(h, band, key, PAST_LINK_LIMIT) == WorkGrouper.LARGEST_LINK_BUCKET) {
                    pairsChangedIn(band, key, -1); // back within the limit: its pairs are candidates again
                }
            }
        }
        files.set(h, null);
        freeHandles.add(h);
    }

    private void pairsChangedIn(int band, long key, int member) {
        List<String> members = new ArrayList<>();
        linkBuckets.forEach(band, key, member, y -> members.add(files.get(y).docId()));
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                pairsChanged.add(List.of(members.get(i), members.get(j)));
            }
        }
    }

    private long workKey(int h, int band) {
        return BandIndex.key(band, prints.band(h, band * WorkGrouper.WORK_ROWS, WorkGrouper.WORK_ROWS) & ~WorkGrouper.INDEX_MASK);
    }

    private long linkKey(int h, int band) {
        return BandIndex.key(band, prints.band(h, band * WorkGrouper.LINK_ROWS, WorkGrouper.LINK_ROWS) & ~WorkGrouper.INDEX_MASK);
    }
}
