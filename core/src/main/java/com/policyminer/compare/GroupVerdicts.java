package com.policyminer.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The verdicts on every pair of a comparison group's figures from different sources, without judging
 * every pair: a group of n figures has n(n-1)/2 pairs (millions in a group of thousands), but a verdict
 * depends only on whether the two periods are equal, whether the value intervals overlap and whether
 * both are points. So each figure's partners of each verdict are <em>counted</em> from the figures
 * sorted by interval ({@link OverlapCounts}: how many overlap it, found by binary search), per period,
 * and the pairs of one document or one source are taken out the same way (counted within each document,
 * each source, each document-and-source, by inclusion–exclusion). Only what is shown is looked at pair by
 * pair: the first {@code maxPairs} pairs listed (the rows of figures that have a partner of the verdict),
 * the pairs of a suspected mis-dating (figures of the same value in other years, found near their value),
 * and the changes between the files of one work (within one source and period). A conflict's largest
 * difference is found per figure from its farthest partners in value order. O(n log n) per group, plus
 * what is shown. Gives exactly the counts, pairs and conflicts of judging every pair (tested against it).
 */
final class GroupVerdicts {

    /** What judging a group gives: counts by verdict (non-zero only), the first pairs listed, the pairs at issue gathered by conflict. */
    record Judged(Map<Verdict, Integer> counts, int pairCount, Verdict overall, List<PairVerdict> pairs,
                  List<ConflictFinder.IssueBucket> buckets) {
    }

    private final List<FigureRow> rows;
    private final int n;
    private final Intervals iv;
    private final int[] period;
    private final String[] periodName;
    private final int[] doc;
    private final int[] src;
    private final int[] work;
    private final Function<String, String> sourceOf;
    private final Map<String, Set<List<Object>>> stated;

    private GroupVerdicts(List<FigureRow> rows, List<String> sources, Function<String, String> sourceOf,
                          Map<String, Set<List<Object>>> stated) {
        this.rows = rows;
        this.n = rows.size();
        this.iv = new Intervals(rows);
        this.sourceOf = sourceOf;
        this.stated = stated;
        period = new int[n];
        periodName = new String[n];
        doc = new int[n];
        src = new int[n];
        work = new int[n];
        Map<String, Integer> periods = new HashMap<>();
        Map<String, Integer> docs = new HashMap<>();
        Map<String, Integer> srcs = new HashMap<>();
        Map<String, Integer> works = new HashMap<>();
        for (int i = 0; i < n; i++) {
            FigureRow f = rows.get(i);
            periodName[i] = FigureComparator.period(f.yearOrNull(), f.yearEndOrNull());
            period[i] = f.yearOrNull() == null ? -1 : periods.computeIfAbsent(periodName[i], k -> periods.size());
            doc[i] = docs.computeIfAbsent(f.docId(), k -> docs.size());
            src[i] = srcs.computeIfAbsent(sources.get(i), k -> srcs.size());
            work[i] = sourceOf == null ? -1 : works.computeIfAbsent(sourceOf.apply(f.docId()), k -> works.size());
        }
    }

    /**
     * @param rows     the group's figures, distinct per document
     * @param sources  the source of each (a document's work, or the work that states its sentence most)
     * @param sourceOf document id → work id, or null (every document a source of its own)
     * @param stated   per document, the statements (period, value) it makes
     * @param issues   whether to gather the pairs at issue into buckets
     */
    static Judged judge(List<FigureRow> rows, List<String> sources, Function<String, String> sourceOf,
                        Map<String, Set<List<Object>>> stated, boolean issues, int maxPairs) {
        GroupVerdicts g = new GroupVerdicts(rows, sources, sourceOf, stated);
        return g.iv.exact() ? g.judge(issues, maxPairs) : PairwiseVerdicts.judge(g, issues, maxPairs);
    }

    // --- what the pairwise judging and this one share

    int size() {
        return n;
    }

    /** The verdict on figures i and j as they are counted, or null when the pair is not counted (one document, one source). */
    Verdict verdict(int i, int j) {
        if (doc[i] == doc[j]) {
            return null;
        }
        Verdict v = judgeValues(i, j);
        if (src[i] == src[j]) {
            if (v != Verdict.CONFLICT || sourceOf == null || work[i] != work[j]
                    || stated.get(rows.get(j).docId()).contains(statement(i)) || stated.get(rows.get(i).docId()).contains(statement(j))) {
                return null;
            }
            return Verdict.CHANGED_BETWEEN_VERSIONS;
        }
        return v;
    }

    private Verdict judgeValues(int i, int j) {
        boolean agree = iv.overlaps(i, j);
        if (period[i] < 0 || period[j] < 0) {
            return agree ? Verdict.AGREE : Verdict.UNDATED;
        }
        if (period[i] == period[j]) {
            return agree ? Verdict.AGREE : Verdict.CONFLICT;
        }
        return agree && iv.point(i) && iv.point(j) ? Verdict.SAME_VALUE_DIFFERENT_YEAR : Verdict.TIMELINE;
    }

    private List<Object> statement(int i) {
        return List.of(periodName[i], rows.get(i).normalizedValue());
    }

    PairVerdict pair(int i, int j, Verdict v) {
        double diff = ValueInterval.relativeDifference(rows.get(i).normalizedValue(), rows.get(j).normalizedValue());
        return new PairVerdict(i, j, v, Math.round(diff * 10000) / 10000.0);
    }

    /** The bucket of a pair at issue: per verdict and period, and for a mis-dating per pair of periods. */
    List<Object> bucketKey(int i, int j, Verdict v) {
        return v == Verdict.CONFLICT || v == Verdict.CHANGED_BETWEEN_VERSIONS ? List.of(v, periodName[i]) : List.of(v, periodName[i], periodName[j]);
    }

    int digits(int i) {
        return rows.get(i).digits();
    }

    // --- counting

    /** The verdicts counted per figure: [verdict ordinal][figure] = how many partners of that verdict it has. */
    private long[][] perFigure;

    private Judged judge(boolean issues, int maxPairs) {
        perFigure = new long[Verdict.values().length][n];
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        countInto(List.of(all), 1);
        countInto(blocks(i -> doc[i]), -1);
        countInto(blocks(i -> src[i]), -1);
        countInto(blocks(i -> (long) doc[i] << 32 | src[i]), 1);
        List<int[]> changed = changedPairs();
        long[] changedOf = perFigure[Verdict.CHANGED_BETWEEN_VERSIONS.ordinal()];
        for (int[] p : changed) {
            changedOf[p[0]]++;
            changedOf[p[1]]++;
        }
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        Verdict overall = Verdict.AGREE;
        long pairCount = 0;
        for (Verdict v : Verdict.values()) {
            long sum = 0;
            for (long c : perFigure[v.ordinal()]) {
                sum += c;
            }
            if (sum > 0) {
                counts.put(v, (int) (sum / 2));
                pairCount += sum / 2;
                overall = Verdict.moreSerious(overall, v);
            }
        }
        List<ConflictFinder.IssueBucket> buckets = issues ? buckets(changed) : null;
        return new Judged(counts, (int) pairCount, overall, listed(counts, maxPairs), buckets);
    }

    /** The figures grouped by {@code key}, each group in figure order (blocks of one figure are left out: they have no pairs). */
    private List<int[]> blocks(java.util.function.IntToLongFunction key) {
        Map<Long, List<Integer>> by = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            by.computeIfAbsent(key.applyAsLong(i), k -> new ArrayList<>()).add(i);
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> b : by.values()) {
            if (b.size() > 1) {
                out.add(b.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return out;
    }

    /**
     * Adds {@code sign} × each figure's partners of each verdict within each block (no document or source
     * left out): an undated figure agrees with those it overlaps, the others are undated; a dated figure
     * against the undated likewise, against its own period agrees or conflicts, against other periods is a
     * mis-dating when both are points that overlap, else a timeline.
     */
    private void countInto(List<int[]> blocks, int sign) {
        long[] agree = perFigure[Verdict.AGREE.ordinal()];
        long[] undated = perFigure[Verdict.UNDATED.ordinal()];
        long[] conflict = perFigure[Verdict.CONFLICT.ordinal()];
        long[] misdated = perFigure[Verdict.SAME_VALUE_DIFFERENT_YEAR.ordinal()];
        long[] timeline = perFigure[Verdict.TIMELINE.ordinal()];
        for (int[] block : blocks) {
            int[] dated = Arrays.stream(block).filter(i -> period[i] >= 0).toArray();
            int undatedCount = block.length - dated.length;
            int[] ovAll = OverlapCounts.of(iv, block);
            int[] ovDated = OverlapCounts.of(iv, dated);
            int[] ovPeriod = new int[dated.length];
            int[] periodSize = new int[dated.length];
            int[] ovPoints = new int[dated.length];
            int[] ovPointsPeriod = new int[dated.length];
            perPeriod(dated, ovPeriod, periodSize);
            int[] points = Arrays.stream(dated).filter(iv::point).toArray();
            int[] ovPt = OverlapCounts.of(iv, points);
            int[] ovPtPeriod = new int[points.length];
            perPeriod(points, ovPtPeriod, new int[points.length]);
            for (int a = 0, p = 0; a < dated.length; a++) {
                if (p < points.length && points[p] == dated[a]) {
                    ovPoints[a] = ovPt[p];
                    ovPointsPeriod[a] = ovPtPeriod[p];
                    p++;
                }
            }
            for (int b = 0, d = 0; b < block.length; b++) {
                int i = block[b];
                if (period[i] < 0) {
                    agree[i] += sign * (long) ovAll[b];
                    undated[i] += sign * (long) (block.length - 1 - ovAll[b]);
                    continue;
                }
                int withUndated = ovAll[b] - ovDated[d];
                int mis = iv.point(i) ? ovPoints[d] - ovPointsPeriod[d] : 0;
                agree[i] += sign * (long) (withUndated + ovPeriod[d]);
                undated[i] += sign * (long) (undatedCount - withUndated);
                conflict[i] += sign * (long) (periodSize[d] - 1 - ovPeriod[d]);
                misdated[i] += sign * (long) mis;
                timeline[i] += sign * (long) (dated.length - periodSize[d] - mis);
                d++;
            }
        }
    }

    /** For each of {@code members} (dated): how many of its own period it overlaps, and the period's size among them. */
    private void perPeriod(int[] members, int[] overlaps, int[] sizes) {
        Map<Integer, List<Integer>> byPeriod = new HashMap<>();
        for (int a = 0; a < members.length; a++) {
            byPeriod.computeIfAbsent(period[members[a]], k -> new ArrayList<>()).add(a);
        }
        for (List<Integer> at : byPeriod.values()) {
            int[] m = at.stream().mapToInt(a -> members[a]).toArray();
            int[] ov = OverlapCounts.of(iv, m);
            for (int k = 0; k < m.length; k++) {
                overlaps[at.get(k)] = ov[k];
                sizes[at.get(k)] = m.length;
            }
        }
    }

    /** The changes between versions: within one source, one work and one period, pairs of documents that disagree, in pair order. */
    private List<int[]> changedPairs() {
        List<int[]> out = new ArrayList<>();
        if (sourceOf == null) {
            return out;
        }
        for (int[] block : blocks(i -> period[i] < 0 ? -1 : (long) src[i] << 32 | period[i])) {
            if (period[block[0]] < 0) {
                continue;
            }
            for (int a = 0; a < block.length; a++) {
                for (int b = a + 1; b < block.length; b++) {
                    if (verdict(block[a], block[b]) == Verdict.CHANGED_BETWEEN_VERSIONS) {
                        out.add(new int[] {block[a], block[b]});
                    }
                }
            }
        }
        out.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        return out;
    }

    // --- what is shown

    /** The first {@code maxPairs} pairs by verdict (most serious first), then figure: from the rows of figures that have such a partner. */
    private List<PairVerdict> listed(Map<Verdict, Integer> counts, int maxPairs) {
        List<PairVerdict> out = new ArrayList<>();
        Verdict[] all = Verdict.values();
        for (int k = all.length - 1; k >= 0 && out.size() < maxPairs; k--) {
            Verdict v = all[k];
            if (!counts.containsKey(v)) {
                continue;
            }
            long[] has = perFigure[v.ordinal()];
            for (int i = 0; i < n && out.size() < maxPairs; i++) {
                if (has[i] == 0) {
                    continue;
                }
                for (int j = i + 1; j < n && out.size() < maxPairs; j++) {
                    if (verdict(i, j) == v) {
                        out.add(pair(i, j, v));
                    }
                }
            }
        }
        return out;
    }

    private List<ConflictFinder.IssueBucket> buckets(List<int[]> changed) {
        List<ConflictFinder.IssueBucket> out = new ArrayList<>(conflictBuckets());
        Map<List<Object>, ConflictFinder.IssueBucket> byKey = new LinkedHashMap<>();
        List<int[]> pairs = new ArrayList<>(changed);
        pairs.addAll(misdatedPairs());
        pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        for (int[] p : pairs) {
            Verdict v = verdict(p[0], p[1]);
            ConflictFinder.IssueBucket b = byKey.computeIfAbsent(bucketKey(p[0], p[1], v),
                    k -> new ConflictFinder.IssueBucket(v, p[0], p[1], n));
            b.add(pair(p[0], p[1], v), digits(p[0]), digits(p[1]));
        }
        out.addAll(byKey.values());
        out.sort(ConflictFinder.IssueBucket.LISTED);
        return out;
    }

    /** The suspected mis-datings: points of other periods that overlap a point, found near its value. */
    private List<int[]> misdatedPairs() {
        List<int[]> out = new ArrayList<>();
        long[] has = perFigure[Verdict.SAME_VALUE_DIFFERENT_YEAR.ordinal()];
        Map<Integer, ByLow> byPeriod = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (has[i] > 0) {
                byPeriod.computeIfAbsent(period[i], p -> new ByLow()).add(i);
            }
        }
        byPeriod.values().forEach(ByLow::sort);
        for (int i = 0; i < n; i++) {
            if (has[i] == 0) {
                continue;
            }
            for (Map.Entry<Integer, ByLow> e : byPeriod.entrySet()) {
                if (e.getKey() == period[i]) {
                    continue;
                }
                ByLow other = e.getValue();
                int from = other.firstLowAtLeast(iv.low(i) - other.maxWidth - 2 * iv.slack());
                for (int a = from; a < other.size && other.low[a] < iv.high(i); a++) {
                    int j = other.members[a];
                    if (j > i && verdict(i, j) == Verdict.SAME_VALUE_DIFFERENT_YEAR) {
                        out.add(new int[] {i, j});
                    }
                }
            }
        }
        return out;
    }

    /** The figures of one period sorted by their interval's low end, with the widest interval among them. */
    private final class ByLow {
        int[] members = new int[8];
        double[] low;
        int size;
        double maxWidth;

        void add(int i) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
            }
            members[size++] = i;
            maxWidth = Math.max(maxWidth, iv.high(i) - iv.low(i));
        }

        void sort() {
            members = Arrays.stream(members, 0, size).boxed().sorted((a, b) -> Double.compare(iv.low(a), iv.low(b)))
                    .mapToInt(Integer::intValue).toArray();
            low = Arrays.stream(members).mapToDouble(iv::low).toArray();
        }

        int firstLowAtLeast(double x) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (low[mid] < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /**
     * One conflict per period: the figures with a partner of the period that conflicts with them; the first pair
     * listed; the fewest digits among them; the largest difference of a conflicting pair, per figure from the
     * partners where the relative difference to its value is largest (the ends of the period's values in value
     * order, and either side of minus its value), each the first that conflicts with it from there.
     */
    private List<ConflictFinder.IssueBucket> conflictBuckets() {
        long[] has = perFigure[Verdict.CONFLICT.ordinal()];
        Map<Integer, List<Integer>> byPeriod = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (period[i] >= 0) {
                byPeriod.computeIfAbsent(period[i], p -> new ArrayList<>()).add(i);
            }
        }
        List<ConflictFinder.IssueBucket> out = new ArrayList<>();
        for (List<Integer> members : byPeriod.values()) {
            int[] byValue = members.stream().sorted((a, b) -> Double.compare(value(a), value(b))).mapToInt(Integer::intValue).toArray();
            double[] values = Arrays.stream(byValue).mapToDouble(this::value).toArray();
            java.util.BitSet figures = new java.util.BitSet(n);
            int digits = Integer.MAX_VALUE;
            double diff = 0;
            for (int i : members) {
                if (has[i] == 0) {
                    continue;
                }
                figures.set(i);
                digits = Math.min(digits, digits(i));
                int pivot = Arrays.binarySearch(values, -value(i));
                int at = pivot >= 0 ? pivot : -pivot - 1;
                diff = Math.max(diff, farthest(i, byValue, byValue.length - 1, -1));
                diff = Math.max(diff, farthest(i, byValue, 0, 1));
                diff = Math.max(diff, farthest(i, byValue, Math.min(at, byValue.length - 1), -1));
                diff = Math.max(diff, farthest(i, byValue, Math.max(at - 1, 0), 1));
            }
            if (figures.isEmpty()) {
                continue;
            }
            int a = figures.nextSetBit(0);
            int b = a + 1;
            while (verdict(a, b) != Verdict.CONFLICT) {
                b++;
            }
            out.add(new ConflictFinder.IssueBucket(Verdict.CONFLICT, a, b, figures, diff, digits));
        }
        return out;
    }

    private double value(int i) {
        return rows.get(i).normalizedValue();
    }

    /**
     * The largest (rounded) difference between figure i and the first two figures conflicting with it from
     * position {@code from} in {@code step} direction (two: the difference is monotone in the partner's value
     * there, but computed in floating point).
     */
    private double farthest(int i, int[] byValue, int from, int step) {
        double best = 0;
        int found = 0;
        for (int a = from; a >= 0 && a < byValue.length && found < 2; a += step) {
            int j = byValue[a];
            if (j != i && verdict(Math.min(i, j), Math.max(i, j)) == Verdict.CONFLICT) {
                best = Math.max(best, pair(Math.min(i, j), Math.max(i, j), Verdict.CONFLICT).relativeDifference());
                found++;
            }
        }
        return best;
    }
}
