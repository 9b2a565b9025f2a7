package com.policyminer.compare;

import java.util.List;

/**
 * The value intervals of a group's figures ({@link ValueInterval}), by figure number, with the most slack
 * any two of them are compared with ({@link ValueInterval#overlaps}: a relative epsilon of the larger
 * magnitude): what {@link OverlapCounts} needs to tell, from the ends alone, most pairs that surely overlap
 * or surely do not, and to judge the few near the boundary one by one.
 */
final class Intervals {
    private final ValueInterval[] intervals;
    private final double slack;
    private final boolean exact;

    Intervals(List<FigureRow> rows) {
        intervals = new ValueInterval[rows.size()];
        double magnitude = 0;
        boolean ok = true;
        for (int i = 0; i < intervals.length; i++) {
            ValueInterval v = rows.get(i).interval();
            intervals[i] = v;
            magnitude = Math.max(magnitude, v.magnitude());
            ok &= !Double.isNaN(v.low()) && !Double.isNaN(v.high());
        }
        slack = ValueInterval.EPSILON * magnitude;
        for (ValueInterval v : intervals) {
            ok &= v.high() - v.low() > 4 * slack;
        }
        exact = ok && slack > 0 && Double.isFinite(slack);
        lowRank = exact ? ranks(true) : null;
        highRank = exact ? ranks(false) : null;
    }

    /** Each figure's place among the distinct (low end, magnitude) of the group, and (high end, magnitude). */
    private final int[] lowRank;
    private final int[] highRank;

    private int[] ranks(boolean low) {
        Integer[] order = new Integer[intervals.length];
        java.util.Arrays.setAll(order, i -> i);
        java.util.Comparator<Integer> by = java.util.Comparator.comparingDouble((Integer i) -> low ? low(i) : high(i))
                .thenComparingDouble(this::magnitude);
        java.util.Arrays.sort(order, by);
        int[] rank = new int[intervals.length];
        for (int k = 0, r = -1; k < order.length; k++) {
            if (k == 0 || by.compare(order[k - 1], order[k]) != 0) {
                r++;
            }
            rank[order[k]] = r;
        }
        return rank;
    }

    /** Figure i's rank by (low end, magnitude): equal ranks compare alike with any other interval. */
    int lowRank(int i) {
        return lowRank[i];
    }

    int highRank(int i) {
        return highRank[i];
    }

    /**
     * Whether every interval is wider than the slack (by far): then no interval fails to overlap itself and no
     * two are each wholly at or past the other's end, which counting by ends assumes. Otherwise (numbers of
     * ten digits and more, written to the unit, or no width) the pairs are judged one by one.
     */
    boolean exact() {
        return exact;
    }

    /** The most slack two intervals of the group are compared with. */
    double slack() {
        return slack;
    }

    double low(int i) {
        return intervals[i].low();
    }

    double high(int i) {
        return intervals[i].high();
    }

    double magnitude(int i) {
        return intervals[i].magnitude();
    }

    boolean point(int i) {
        return intervals[i].point();
    }

    boolean overlaps(int i, int j) {
        return intervals[i].overlaps(intervals[j]);
    }

    /** Whether j lies at or past i's high end (as {@link ValueInterval#overlaps} sees it: one of its two conditions fails). */
    boolean atOrPast(int i, int j) {
        double s = ValueInterval.EPSILON * Math.max(intervals[i].magnitude(), intervals[j].magnitude());
        return !(intervals[j].low() < intervals[i].high() - s);
    }
}
