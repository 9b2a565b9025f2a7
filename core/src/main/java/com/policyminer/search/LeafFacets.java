package com.policyminer.search;

import org.apache.lucene.util.FixedBitSet;

import java.util.Arrays;

/**
 * One segment's facet values ({@link SegmentFacets}) in the reader's (global) ordinals, laid out for a count that
 * can skip the listed values too rare to reach their dimension's top ({@link FacetLayout}): each report's listed
 * values of the dimensions that can be cut are kept apart from the others, most common (over the index) first, so
 * that the walk stops at the first one below the search's floor. Counting straight into the global
 * ordinals spares a per-segment count array and its addition to the reader's, per segment and search.
 */
final class LeafFacets {

    private final SegmentFacets segment;
    /**
     * The listed values of the report of rank {@code r} that are always counted, {@code kept[keptStart[r] ..
     * keptStart[r + 1])}, and those that can be cut, most common first, {@code cut[cutStart[r] .. cutStart[r + 1])}:
     * apart, so that a search that cuts them all does not read them.
     */
    private final int[] keptStart;
    private final int[] kept;
    private final int[] cutStart;
    private final int[] cut;
    /** The values listed in this segment that are never cut, and their totals over its documents (for most reports). */
    private final int[] keptOrds;
    private final int[] keptTotals;
    /** The values listed in this segment that can be cut, most common over the index first, and their totals here. */
    private final int[] cutOrds;
    private final int[] cutTotals;
    /** The frequent values as global ordinals. */
    private final int[] frequentOrds;

    LeafFacets(SegmentFacets segment, int[] toGlobal, FacetLayout layout) {
        this.segment = segment;
        int ranked = segment.ranked();
        int[] start = segment.start();
        int[] segmentOrds = segment.ords();
        // each segment ordinal's global one, and its place among the values (by total) if it can be cut, else -1
        int[] globalOf = new int[segment.otherTotals().length];
        int[] cutPlace = new int[globalOf.length];
        for (int ord = 0; ord < globalOf.length; ord++) {
            globalOf[ord] = global(toGlobal, ord);
            cutPlace[ord] = layout.canCut(globalOf[ord]) ? layout.place(globalOf[ord]) : -1;
        }
        int cutCount = 0;
        for (int ord : segmentOrds) {
            cutCount += cutPlace[ord] >= 0 ? 1 : 0;
        }
        keptStart = new int[ranked + 1];
        kept = new int[segmentOrds.length - cutCount];
        cutStart = new int[ranked + 1];
        cut = new int[cutCount];
        int k = 0;
        int c = 0;
        for (int rank = 0; rank < ranked; rank++) {
            keptStart[rank] = k;
            cutStart[rank] = c;
            for (int i = start[rank]; i < start[rank + 1]; i++) {
                int ord = segmentOrds[i];
                if (cutPlace[ord] < 0) {
                    kept[k++] = globalOf[ord];
                } else {
                    cut[c++] = cutPlace[ord];
                }
            }
            Arrays.sort(cut, cutStart[rank], c); // most common first: by place, then to the value at each place
            for (int i = cutStart[rank]; i < c; i++) {
                cut[i] = layout.ordAt(cut[i]);
            }
        }
        keptStart[ranked] = k;
        cutStart[ranked] = c;
        // the segment's totals of its listed values, those that can be cut most common first (sorted by: can be cut,
        // place, then the segment's ordinal kept in the low bits)
        int[] otherTotals = segment.otherTotals();
        long[] listed = new long[otherTotals.length];
        int n = 0;
        int cuttable = 0;
        for (int ord = 0; ord < otherTotals.length; ord++) {
            if (otherTotals[ord] > 0) {
                int g = global(toGlobal, ord);
                boolean canCut = layout.canCut(g);
                cuttable += canCut ? 1 : 0;
                listed[n++] = ((canCut ? 1L : 0L) << 62) | ((long) layout.place(g) << 31) | ord;
            }
        }
        Arrays.sort(listed, 0, n);
        keptOrds = new int[n - cuttable];
        keptTotals = new int[n - cuttable];
        cutOrds = new int[cuttable];
        cutTotals = new int[cuttable];
        for (int i = 0; i < n; i++) {
            int ord = (int) (listed[i] & Integer.MAX_VALUE);
            if (i < n - cuttable) {
                keptOrds[i] = global(toGlobal, ord);
                keptTotals[i] = otherTotals[ord];
            } else {
                cutOrds[i - (n - cuttable)] = global(toGlobal, ord);
                cutTotals[i - (n - cuttable)] = otherTotals[ord];
            }
        }
        int[] frequent = segment.frequent();
        frequentOrds = new int[frequent.length];
        for (int f = 0; f < frequent.length; f++) {
            frequentOrds[f] = global(toGlobal, frequent[f]);
        }
    }

    private static int global(int[] toGlobal, int ord) {
        return toGlobal == null ? ord : toGlobal[ord];
    }

    /** The ranks of the matching documents (a bit set over the segment's documents). */
    FixedBitSet ranks(FixedBitSet matches) {
        return segment.ranks(matches);
    }

    /**
     * Adds to {@code counts} the frequent values of the matching ranks, 64 reports a step, but for those of the
     * dimensions that can be cut ({@link FacetLayout} counts them, most common first, with {@link #countFrequent(int, FixedBitSet)}).
     */
    void countFrequent(FixedBitSet ranks, int[] counts, FacetLayout layout) {
        for (int f = 0; f < frequentOrds.length; f++) {
            if (!layout.canCut(frequentOrds[f])) {
                counts[frequentOrds[f]] += (int) FixedBitSet.intersectionCount(ranks, segment.frequentRanks(f));
            }
        }
    }

    /** The matching ranks that have the frequent value {@code frequentOrds()[f]}. */
    int countFrequent(int f, FixedBitSet ranks) {
        return (int) FixedBitSet.intersectionCount(ranks, segment.frequentRanks(f));
    }

    /** The frequent values as global ordinals. */
    int[] frequentOrds() {
        return frequentOrds;
    }

    /**
     * Adds to {@code counts} the listed values of the matching ranks, of those that can be cut only the ones whose
     * total over the index is at least {@code floor}.
     */
    void countListed(FixedBitSet ranks, int matched, int floor, int[] totals, int[] counts) {
        int ranked = segment.ranked();
        boolean anyCut = cutOrds.length > 0 && totals[cutOrds[0]] >= floor;
        long[] bits = ranks.getBits();
        if (matched * 2L > ranked) { // most reports: the totals less the reports that did not match
            for (int i = 0; i < keptOrds.length; i++) {
                counts[keptOrds[i]] += keptTotals[i];
            }
            for (int i = 0; i < cutOrds.length && totals[cutOrds[i]] >= floor; i++) {
                counts[cutOrds[i]] += cutTotals[i];
            }
            for (int word = 0, base = 0; base < ranked; word++, base += 64) {
                long missed = ~bits[word] & (ranked - base >= 64 ? -1L : (1L << (ranked - base)) - 1);
                for (; missed != 0; missed &= missed - 1) {
                    int rank = base + Long.numberOfTrailingZeros(missed);
                    for (int k = keptStart[rank], end = keptStart[rank + 1]; k < end; k++) {
                        counts[kept[k]]--;
                    }
                    if (anyCut) {
                        for (int k = cutStart[rank], end = cutStart[rank + 1]; k < end && totals[cut[k]] >= floor; k++) {
                            counts[cut[k]]--;
                        }
                    }
                }
            }
        } else {
            for (int word = 0, base = 0; base < ranked; word++, base += 64) {
                for (long hit = bits[word]; hit != 0; hit &= hit - 1) {
                    int rank = base + Long.numberOfTrailingZeros(hit);
                    for (int k = keptStart[rank], end = keptStart[rank + 1]; k < end; k++) {
                        counts[kept[k]]++;
                    }
                    if (anyCut) {
                        for (int k = cutStart[rank], end = cutStart[rank + 1]; k < end && totals[cut[k]] >= floor; k++) {
                            counts[cut[k]]++;
                        }
                    }
                }
            }
        }
    }
}
