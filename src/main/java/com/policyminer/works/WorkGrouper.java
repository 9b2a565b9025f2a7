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
 * is at least {@link #SAME_WORK} are one work (and so, transitively, are files linked through
 * another); works sharing at least {@link #LINKED_SHARE} of the smaller one's text are linked as
 * versions or overlaps. Candidate pairs come from locality-sensitive hashing (the signature cut
 * into {@value #BANDS} bands of {@value #ROWS} bins: two files become candidates when one band is
 * equal — at J = 0.9 almost surely, at J = 0.67 (two texts of one size sharing 80%) with
 * probability 0.999, at J = 0.5 with 0.8, at J = 0.3 with 0.12, at J = 0.2 with 0.016), so the work
 * done grows with the files and the candidate pairs, never with all pairs. Texts that share less
 * (J under about 0.4: a short text inside one three times its size) are mostly not linked: a
 * corpus recombined from the same passages would otherwise make most pairs candidates.
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
    static final int ROWS = 5;
    static final int BANDS = TextFingerprint.BINS / ROWS;
    /** Band buckets larger than this pair each file with the bucket's first and its neighbour only. */
    static final int FULL_PAIRS_UP_TO = 64;

    /** A file to group. */
    public record File(String docId, String path, String fileName, TextFingerprint fingerprint) {
    }

    private WorkGrouper() {
    }

    public static Works group(List<File> input) {
        List<File> files = new ArrayList<>(input);
        files.sort(Comparator.comparing(File::path).thenComparing(File::docId));
        int n = files.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Long, Double> linked = new HashMap<>(); // pair (i, j), i < j → similarity
        long candidates = 0;
        for (long pair : candidatePairs(files)) {
            candidates++;
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            TextFingerprint a = files.get(i).fingerprint();
            TextFingerprint b = files.get(j).fingerprint();
            double s = a.similarity(b);
            if (s >= SAME_WORK) {
                union(parent, i, j);
            } else if (s > 0 && TextFingerprint.share(s, Math.min(a.shingles(), b.shingles()), Math.max(a.shingles(), b.shingles()))
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
            TextFingerprint first = files.get(m.get(0)).fingerprint();
            for (int i : m) {
                File f = files.get(i);
                workOf.put(f.docId(), id);
                list.add(new Works.Member(f.docId(), f.path(), f.fileName(), round(first.similarity(f.fingerprint()))));
            }
            works.add(new Works.Work(id, list));
        }
        return new Works(works, links(files, parent, linked, workOf), candidates);
    }

    private static List<Works.Link> links(List<File> files, int[] parent, Map<Long, Double> linked, Map<String, String> workOf) {
        Map<List<String>, Works.Link> best = new LinkedHashMap<>();
        List<Long> pairs = new ArrayList<>(linked.keySet());
        pairs.sort(null);
        for (long pair : pairs) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            if (find(parent, i) == find(parent, j)) {
                continue; // one work after all (through a third file)
            }
            File a = files.get(i);
            File b = files.get(j);
            String wa = workOf.get(a.docId());
            String wb = workOf.get(b.docId());
            if (wa.compareTo(wb) > 0) {
                File t = a;
                a = b;
                b = t;
                String w = wa;
                wa = wb;
                wb = w;
            }
            double s = linked.get(pair);
            double shareA = round(TextFingerprint.share(s, a.fingerprint().shingles(), b.fingerprint().shingles()));
            double shareB = round(TextFingerprint.share(s, b.fingerprint().shingles(), a.fingerprint().shingles()));
            double similarity = round(s);
            String kind = Math.max(shareA, shareB) >= VERSION_SHARE ? Works.Link.VERSION : Works.Link.OVERLAP;
            Works.Link link = new Works.Link(wa, wb, kind, similarity, shareA, shareB);
            best.merge(List.of(wa, wb), link, (x, y) -> x.similarity() >= y.similarity() ? x : y);
        }
        return List.copyOf(best.values());
    }

    /** Pairs (i &lt;&lt; 32 | j, i &lt; j) of files with at least one equal band, each once. */
    static Set<Long> candidatePairs(List<File> files) {
        int n = files.size();
        if (n >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("at most " + ((1 << INDEX_BITS) - 1) + " files can be grouped at once, not " + n);
        }
        Set<Long> pairs = new HashSet<>();
        long[] packed = new long[n];
        for (int band = 0; band < BANDS; band++) {
            // the band's key in the high bits, the file's number in the low ones: one primitive sort
            int m = 0;
            for (int i = 0; i < n; i++) {
                TextFingerprint f = files.get(i).fingerprint();
                if (!f.isEmpty()) {
                    packed[m++] = (f.band(band * ROWS, ROWS) & ~INDEX_MASK) | i;
                }
            }
            Arrays.sort(packed, 0, m);
            for (int lo = 0; lo < m; ) {
                int hi = lo + 1;
                while (hi < m && (packed[hi] & ~INDEX_MASK) == (packed[lo] & ~INDEX_MASK)) {
                    hi++;
                }
                if (hi - lo > 1) {
                    addBucket(pairs, packed, lo, hi);
                }
                lo = hi;
            }
        }
        return pairs;
    }

    /** Bits of a packed band key that hold the file's number (a band key keeps the other 40: collisions are verified anyway). */
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private static void addBucket(Set<Long> pairs, long[] packed, int lo, int hi) {
        if (hi - lo <= FULL_PAIRS_UP_TO) {
            for (int x = lo; x < hi; x++) {
                for (int y = x + 1; y < hi; y++) {
                    pairs.add(pair((int) (packed[x] & INDEX_MASK), (int) (packed[y] & INDEX_MASK)));
                }
            }
        } else {
            for (int x = lo + 1; x < hi; x++) {
                pairs.add(pair((int) (packed[lo] & INDEX_MASK), (int) (packed[x] & INDEX_MASK)));
                pairs.add(pair((int) (packed[x - 1] & INDEX_MASK), (int) (packed[x] & INDEX_MASK)));
            }
        }
    }

    private static long pair(int a, int b) {
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
