package com.policyminer.works;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups files into works by their {@link TextFingerprint}s: files whose estimated Jaccard similarity
 * is at least {@link #SAME_WORK} are one work; works sharing at least {@link #LINKED_SHARE} of the
 * smaller one's text are linked as versions or overlaps. Two rounds of locality-sensitive hashing
 * find the candidate pairs, so the work grows with the files and the candidates, never with all pairs:
 *
 * <ul>
 * <li><b>works</b>: {@value #WORK_BANDS} bands of {@value #WORK_ROWS} bins; two files are candidates
 * when one band is equal: at J = 0.9 with probability 0.99998, at J = 0.8 0.94, at J = 0.5 0.02. A
 * candidate pair joins the works of its files (most similar pairs first) when every file of one is at
 * least {@link #SAME_WORK} alike with every file of the other, so a chain of small edits never drifts
 * into one work and every two files of a work are that alike. Given an {@link ExactJaccard}, every pair whose estimate is within
 * {@link #VERIFY_MARGIN} of the rule is measured exactly and the rule applies to the exact value (the
 * estimate's standard error is ±0.019 at 0.9: without it, pairs at 0.888 true Jaccard were merged);</li>
 * <li><b>links</b>: {@value #LINK_BANDS} bands of {@value #LINK_ROWS} bins: at J = 0.67 (two texts of
 * one size sharing 80%) 0.999, at J = 0.5 0.8, at J = 0.3 0.12. A band shared by more than
 * {@value #LARGEST_LINK_BUCKET} files is a passage many reports repeat (boilerplate, a quoted paragraph),
 * not a sign of versions: it makes no candidates. Each work keeps its {@value #LINKS_PER_WORK}
 * closest links. Texts sharing less (J under about 0.4: a short text inside one three times its size)
 * are mostly not linked.</li>
 * </ul>
 *
 * <p>A work is named by its first file in path order. Pure: the same files always give the same works.
 */
public final class WorkGrouper {

    /** Estimated Jaccard similarity from which two files are one work. */
    public static final double SAME_WORK = 0.9;
    /** Share of the smaller text found in the other from which two works are linked. */
    public static final double LINKED_SHARE = 0.5;
    /** Share from which a link is a version (a draft and its final, a repost with a paragraph added); below, an overlap. */
    public static final double VERSION_SHARE = 0.8;
    static final int WORK_ROWS = 10;
    static final int WORK_BANDS = 25;
    static final int LINK_ROWS = 5;
    static final int LINK_BANDS = TextFingerprint.BINS / LINK_ROWS;
    /** Work bands: buckets larger than this are split again by the following bands (see pairWithin). */
    static final int LARGEST_WORK_BUCKET = 64;
    /** Link bands: buckets larger than this make no candidates (a passage many reports repeat). */
    static final int LARGEST_LINK_BUCKET = 8;
    static final int LINKS_PER_WORK = 10;

    /** Candidates whose estimated similarity is at least {@link #SAME_WORK} minus this are verified exactly (3 standard errors). */
    public static final double VERIFY_MARGIN = 0.06;

    /** A file to group. */
    public record File(String docId, String path, String fileName, TextFingerprint fingerprint) {
    }

    /**
     * The exact Jaccard similarity of two files' shingle sets (the same normalization and shingles as the
     * fingerprint: {@link TextFingerprint#shingleSet}), for verifying the candidates the estimate finds.
     */
    @FunctionalInterface
    public interface ExactJaccard {
        double of(File a, File b);
    }

    private WorkGrouper() {
    }

    /** Groups by the estimated similarity alone (no text at hand). */
    public static Works group(List<File> input) {
        return group(input, null);
    }

    /**
     * Groups, deciding each merge by the exact similarity when {@code exact} is given.
     *
     * @param exact the exact similarity of two files, or null to decide on the estimate
     */
    public static Works group(List<File> input, ExactJaccard exact) {
        return group(input, exact, true);
    }

    /** Files in the order works are named and listed by: path, then content id. */
    static final Comparator<File> PATH_ORDER = Comparator.comparing(File::path).thenComparing(File::docId);

    /** @param withLinks false to find the works only (their links are then empty) */
    static Works group(List<File> input, ExactJaccard exact, boolean withLinks) {
        List<File> files = new ArrayList<>(input);
        files.sort(PATH_ORDER);
        int n = files.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        long candidates = 0;
        Similarity similar = new Similarity(files, exact);
        // works: the strict bands, the most similar pairs first
        List<long[]> close = new ArrayList<>(); // {pair, similarity bits}
        for (long pair : candidatePairs(files, WORK_BANDS, WORK_ROWS, LARGEST_WORK_BUCKET, true)) {
            candidates++;
            double s = similar.of((int) (pair >>> 32), (int) pair);
            if (s >= SAME_WORK) {
                close.add(new long[] {pair, Double.doubleToLongBits(s)});
            }
        }
        close.sort(Comparator.comparingDouble((long[] c) -> -Double.longBitsToDouble(c[1])).thenComparingLong(c -> c[0]));
        Map<Integer, List<Integer>> clusters = new HashMap<>(); // root → its files (absent: the root alone)
        for (long[] c : close) {
            int a = find(parent, (int) (c[0] >>> 32));
            int b = find(parent, (int) c[0]);
            if (a == b) {
                continue;
            }
            // every file of one work must be alike with every file of the other (so with the merged work's first file)
            int root = Math.min(a, b);
            List<Integer> fromA = clusters.getOrDefault(a, List.of(a));
            List<Integer> fromB = clusters.getOrDefault(b, List.of(b));
            if (fromA.stream().allMatch(x -> fromB.stream().allMatch(y -> similar.of(x, y) >= SAME_WORK))) {
                List<Integer> joined = new ArrayList<>(fromA);
                joined.addAll(fromB);
                union(parent, a, b);
                clusters.remove(Math.max(a, b));
                clusters.put(root, joined);
            }
        }
        // links: the wider bands, between files of different works
        Map<Long, Double> linked = new HashMap<>(); // pair (i, j), i < j → similarity
        for (long pair : withLinks ? candidatePairs(files, LINK_BANDS, LINK_ROWS, LARGEST_LINK_BUCKET, false) : new long[0]) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            if (find(parent, i) == find(parent, j)) {
                continue;
            }
            candidates++;
            TextFingerprint a = files.get(i).fingerprint();
            TextFingerprint b = files.get(j).fingerprint();
            double s = a.similarity(b);
            if (s > 0 && TextFingerprint.share(s, Math.min(a.shingles(), b.shingles()), Math.max(a.shingles(), b.shingles()))
                    >= LINKED_SHARE) {
                linked.put(pair, s);
            }
        }
        // works, each named by its first file (files are in path order)
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Map<String, String> workOf = new HashMap<>();
        List<Works.Work> works = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            String id = files.get(m.get(0)).docId();
            List<Works.Member> list = new ArrayList<>();
            int first = m.get(0);
            for (int i : m) {
                File f = files.get(i);
                workOf.put(f.docId(), id);
                list.add(new Works.Member(f.docId(), f.path(), f.fileName(), i == first ? 1.0 : round(similar.of(first, i))));
            }
            works.add(new Works.Work(id, list));
        }
        return new Works(works, links(files, linked, workOf), candidates, similar.verified);
    }

    /** The similarity a merge is decided on: the estimate, or the exact value when the estimate is near the rule. */
    private static final class Similarity {
        private final List<File> files;
        private final ExactJaccard exact;
        private final Map<Long, Double> measured = new HashMap<>();
        long verified;

        Similarity(List<File> files, ExactJaccard exact) {
            this.files = files;
            this.exact = exact;
        }

        double of(int i, int j) {
            double estimate = files.get(i).fingerprint().similarity(files.get(j).fingerprint());
            if (exact == null || estimate < SAME_WORK - VERIFY_MARGIN || files.get(i).fingerprint().isEmpty()
                    || files.get(j).fingerprint().isEmpty()) {
                return estimate;
            }
            return measured.computeIfAbsent(pair(i, j), p -> {
                verified++;
                return exact.of(files.get(i), files.get(j));
            });
        }
    }

    /**
     * The links between works from the linked pairs of files (i &lt;&lt; 32 | j, i &lt; j, numbers in
     * {@code files}, which are in {@link #PATH_ORDER}) and each file's work.
     */
    static List<Works.Link> links(List<File> files, Map<Long, Double> linked, Map<String, String> workOf) {
        Map<List<String>, Works.Link> best = new LinkedHashMap<>();
        List<Long> pairs = new ArrayList<>(linked.keySet());
        pairs.sort(null);
        for (long pair : pairs) { // in path order, so of two pairs as close the first in path order is kept
            File a = files.get((int) (pair >>> 32));
            File b = files.get((int) (long) pair);
            String wa = workOf.get(a.docId());
            String wb = workOf.get(b.docId());
            if (wa.equals(wb)) {
                continue; // one work after all (through a third file)
            }
            Works.Link link = link(a, b, linked.get(pair), wa, wb);
            best.merge(List.of(link.a(), link.b()), link, (x, y) -> x.similarity() >= y.similarity() ? x : y);
        }
        return closest(best.values());
    }

    /** The link between the works {@code wa} and {@code wb} that two of their files, alike by {@code s}, make (a before b by work id). */
    static Works.Link link(File a, File b, double s, String wa, String wb) {
        return link(a.fingerprint().shingles(), b.fingerprint().shingles(), s, wa, wb);
    }

    /** The link of two works from the shingle counts of their closest files ({@code a} of work {@code wa}). */
    static Works.Link link(int a, int b, double s, String wa, String wb) {
        if (wa.compareTo(wb) > 0) {
            return link(b, a, s, wb, wa);
        }
        double shareA = round(TextFingerprint.share(s, a, b));
        double shareB = round(TextFingerprint.share(s, b, a));
        double similarity = round(s);
        String kind = Math.max(shareA, shareB) >= VERSION_SHARE ? Works.Link.VERSION : Works.Link.OVERLAP;
        return new Works.Link(wa, wb, kind, similarity, shareA, shareB);
    }

    /** Links by how close they are (the closest first), then by their works. */
    static final Comparator<Works.Link> CLOSEST = Comparator.comparingDouble(Works.Link::similarity).reversed()
            .thenComparing(Works.Link::a).thenComparing(Works.Link::b);
    /** Links by their works: the order they are listed in. */
    static final Comparator<Works.Link> BY_WORKS = (x, y) -> { // written out: the kept links' TreeSet calls it most of the upkeep
        int c = x.a().compareTo(y.a());
        return c != 0 ? c : x.b().compareTo(y.b());
    };

    /**
     * The links kept of the closest link of each two works: a link stays when it is among the
     * {@value #LINKS_PER_WORK} {@link #CLOSEST} of either of its works; listed {@link #BY_WORKS}.
     */
    static List<Works.Link> closest(java.util.Collection<Works.Link> best) {
        Map<String, List<Works.Link>> byWork = new HashMap<>();
        for (Works.Link l : best) {
            byWork.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
            byWork.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
        }
        Set<Works.Link> kept = new HashSet<>();
        byWork.values().forEach(ls -> ls.stream().sorted(CLOSEST).limit(LINKS_PER_WORK).forEach(kept::add));
        return best.stream().filter(kept::contains).sorted(BY_WORKS).toList();
    }

    /**
     * Pairs (i &lt;&lt; 32 | j, i &lt; j) of files with at least one equal band, each once, in order.
     *
     * @param largestBucket buckets with more files make no pairs, or, when {@code pairLarger}, are split
     *                      again by the following bands until small enough
     */
    static long[] candidatePairs(List<File> files, int bands, int rows, int largestBucket, boolean pairLarger) {
        int n = files.size();
        if (n >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("at most " + ((1 << INDEX_BITS) - 1) + " files can be grouped at once, not " + n);
        }
        PairList pairs = new PairList();
        long[] packed = new long[n];
        for (int band = 0; band < bands; band++) {
            // the band's key in the high bits, the file's number in the low ones: one primitive sort
            int m = 0;
            for (int i = 0; i < n; i++) {
                TextFingerprint f = files.get(i).fingerprint();
                if (!f.isEmpty()) {
                    packed[m++] = (f.band(band * rows, rows) & ~INDEX_MASK) | i;
                }
            }
            Arrays.sort(packed, 0, m);
            for (int lo = 0; lo < m; ) {
                int hi = lo + 1;
                while (hi < m && (packed[hi] & ~INDEX_MASK) == (packed[lo] & ~INDEX_MASK)) {
                    hi++;
                }
                if (hi - lo > 1 && hi - lo <= largestBucket) {
                    for (int x = lo; x < hi; x++) {
                        for (int y = x + 1; y < hi; y++) {
                            pairs.add(pair((int) (packed[x] & INDEX_MASK), (int) (packed[y] & INDEX_MASK)));
                        }
                    }
                } else if (hi - lo > 1 && pairLarger) {
                    int[] members = new int[hi - lo];
                    for (int x = lo; x < hi; x++) {
                        members[x - lo] = (int) (packed[x] & INDEX_MASK);
                    }
                    pairWithin(files, members, band, bands, rows, largestBucket, 1, pairs);
                }
                lo = hi;
            }
        }
        return pairs.sortedDistinct();
    }

    /**
     * A bucket too large to pair whole (a passage many files share), split again by the next band, and
     * so on: files alike in all their text stay together through every split, so copies are still paired.
     * After every band has split it, what is left pairs each file with its neighbour.
     */
    private static void pairWithin(List<File> files, int[] members, int band, int bands, int rows, int largest, int depth,
                                   PairList pairs) {
        if (members.length <= largest || depth >= bands) {
            for (int x = 0; x < members.length; x++) {
                for (int y = x + 1; y < members.length && (members.length <= largest || y == x + 1); y++) {
                    pairs.add(pair(members[x], members[y]));
                }
            }
            return;
        }
        int next = (band + depth) % bands;
        long[] keyed = new long[members.length];
        for (int k = 0; k < members.length; k++) {
            keyed[k] = (files.get(members[k]).fingerprint().band(next * rows, rows) & ~INDEX_MASK) | members[k];
        }
        Arrays.sort(keyed);
        for (int lo = 0; lo < keyed.length; ) {
            int hi = lo + 1;
            while (hi < keyed.length && (keyed[hi] & ~INDEX_MASK) == (keyed[lo] & ~INDEX_MASK)) {
                hi++;
            }
            if (hi - lo > 1) {
                int[] sub = new int[hi - lo];
                for (int x = lo; x < hi; x++) {
                    sub[x - lo] = (int) (keyed[x] & INDEX_MASK);
                }
                pairWithin(files, sub, band, bands, rows, largest, depth + 1, pairs);
            }
            lo = hi;
        }
    }

    /** A growing array of pairs (no boxing: a corpus of recombined passages makes millions). */
    private static final class PairList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] sortedDistinct() {
            Arrays.sort(values, 0, size);
            int out = 0;
            for (int i = 0; i < size; i++) {
                if (out == 0 || values[out - 1] != values[i]) {
                    values[out++] = values[i];
                }
            }
            return Arrays.copyOf(values, out);
        }
    }

    /** Bits of a packed band key that hold the file's number (a band key keeps the other 40: collisions are verified anyway). */
    private static final int INDEX_BITS = 24;
    static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    static long pair(int a, int b) {
        int i = Math.min(a, b);
        int j = Math.max(a, b);
        return ((long) i << 32) | j;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b); // the root is the member first in path order
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
