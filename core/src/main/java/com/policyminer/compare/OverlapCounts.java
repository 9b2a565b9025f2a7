package com.policyminer.compare;

import java.util.Arrays;

/**
 * For each figure of a set, how many others of the set its value interval overlaps, in O(k log k): two
 * intervals fail to overlap when one lies at or past the other's end, so each figure's non-overlapping
 * partners are those whose low end is at or past its high end, plus those whose high end is at or before
 * its low end, each found by binary search over the set sorted by that end. Only partners within twice the
 * slack of the end can go either way: those are judged exactly, one run of equal (end, magnitude) at a time.
 * Assumes {@link Intervals#exact()}.
 */
final class OverlapCounts {

    private OverlapCounts() {
    }

    /** @return for each {@code members[a]}, how many other members it overlaps */
    static int[] of(Intervals iv, int[] members) {
        int k = members.length;
        int[] out = new int[k];
        if (k < 2) {
            return out;
        }
        double twice = 2 * iv.slack();
        Sorted byLow = new Sorted(members, iv::low, iv::lowRank);
        Sorted byHigh = new Sorted(members, iv::high, iv::highRank);
        for (int a = 0; a < k; a++) {
            int i = members[a];
            // partners that start at or past i's high end
            int sure = byLow.firstAtLeast(iv.high(i));
            int past = k - sure;
            for (int p = byLow.firstAtLeast(iv.high(i) - twice); p < sure; p = byLow.runEnd[p]) {
                if (iv.atOrPast(i, byLow.members[p])) {
                    past += byLow.runEnd[p] - p;
                }
            }
            // partners that end at or before i's low end
            int before = byHigh.firstGreater(iv.low(i));
            int end = byHigh.firstGreater(iv.low(i) + twice);
            for (int p = before; p < end; p = byHigh.runEnd[p]) {
                if (iv.atOrPast(byHigh.members[p], i)) {
                    before += byHigh.runEnd[p] - p;
                }
            }
            out[a] = k - 1 - past - before;
        }
        return out;
    }

    /** Members sorted by one end (then magnitude), with the end of each run of equal (end, magnitude). */
    private static final class Sorted {
        final int[] members;
        final double[] ends;
        final int[] runEnd;

        Sorted(int[] of, java.util.function.IntToDoubleFunction end, java.util.function.IntUnaryOperator rank) {
            long[] keys = new long[of.length]; // rank, then figure: sorted as primitives
            for (int a = 0; a < of.length; a++) {
                keys[a] = (long) rank.applyAsInt(of[a]) << 32 | of[a];
            }
            Arrays.sort(keys);
            members = new int[of.length];
            ends = new double[of.length];
            runEnd = new int[of.length];
            for (int p = 0; p < keys.length; p++) {
                members[p] = (int) keys[p];
                ends[p] = end.applyAsDouble(members[p]);
            }
            for (int p = keys.length - 1; p >= 0; p--) {
                boolean same = p + 1 < keys.length && keys[p + 1] >>> 32 == keys[p] >>> 32;
                runEnd[p] = same ? runEnd[p + 1] : p + 1;
            }
        }

        int firstAtLeast(double x) {
            int lo = 0;
            int hi = ends.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        int firstGreater(double x) {
            int lo = 0;
            int hi = ends.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
