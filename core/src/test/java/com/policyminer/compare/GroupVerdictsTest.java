package com.policyminer.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counting verdicts by sorted intervals ({@link GroupVerdicts}) gives what judging every pair gives: the
 * pairwise judging as it was (the model below, kept as written before) on random groups — periods, undated
 * figures, points, approximations, bounds and ranges, values that touch (92 and 93), negative values and
 * zero, figures of one document, of one source, of one work's files, and intervals too narrow to count by
 * ends (judged pair by pair).
 */
class GroupVerdictsTest {

    @Test
    void countingGivesWhatJudgingEveryPairGives() {
        Random rnd = new Random(21);
        int exact = 0;
        for (int round = 0; round < 3000; round++) {
            int n = 2 + rnd.nextInt(round % 10 == 0 ? 120 : 25);
            List<FigureRow> rows = randomRows(rnd, n, round % 25 == 0);
            boolean works = rnd.nextBoolean();
            int workCount = 1 + rnd.nextInt(4);
            Function<String, String> sourceOf = works ? doc -> "w" + Math.floorMod(doc.hashCode(), workCount) : null;
            List<String> sources = new ArrayList<>();
            for (FigureRow f : rows) {
                sources.add(sourceOf == null ? f.docId() : rnd.nextInt(8) == 0 ? "w" + rnd.nextInt(workCount) : sourceOf.apply(f.docId()));
            }
            Map<String, Set<List<Object>>> stated = new HashMap<>();
            rows.forEach(f -> stated.computeIfAbsent(f.docId(), k -> new HashSet<>())
                    .add(List.of(FigureComparator.period(f.yearOrNull(), f.yearEndOrNull()), f.normalizedValue())));
            int maxPairs = rnd.nextBoolean() ? FigureComparator.MAX_PAIRS : 1 + rnd.nextInt(6);
            GroupVerdicts.Judged got = GroupVerdicts.judge(rows, sources, sourceOf, stated, true, maxPairs);
            GroupVerdicts.Judged want = PairwiseModel.judge(rows, sources, sourceOf, stated, maxPairs);
            String at = "round " + round + " (" + n + " figures)";
            assertEquals(want.counts(), got.counts(), at);
            assertEquals(want.pairCount(), got.pairCount(), at);
            assertEquals(want.overall(), got.overall(), at);
            assertEquals(want.pairs(), got.pairs(), at);
            assertEquals(want.buckets().toString(), got.buckets().toString(), at);
            if (new Intervals(rows).exact()) {
                exact++;
            }
        }
        assertTrue(exact > 2500, "most groups counted by interval ends, not pair by pair: " + exact);
    }

    @Test
    void aGroupOfThousandsIsCountedNotJudgedPairByPair() {
        Random rnd = new Random(7);
        List<FigureRow> rows = new ArrayList<>();
        for (FigureRow f : randomRows(rnd, 20_000, false)) { // values as reports give them: 0.50 to 9.99, not a dozen
            double v = (50 + rnd.nextInt(950)) / 100.0;
            double w = f.high() - f.low();
            rows.add(new FigureRow(f.docId(), f.start(), f.end(), f.year(), f.yearEnd(), v, f.qualifier(),
                    Double.isFinite(f.low()) ? v - 0.005 : f.low(), Double.isFinite(f.high()) ? v + (Double.isFinite(w) ? 0.005 : 0) : f.high(),
                    f.point(), f.digits(), 0, null, -1));
        }
        List<String> sources = rows.stream().map(FigureRow::docId).toList();
        Map<String, Set<List<Object>>> stated = new HashMap<>();
        long t0 = System.nanoTime();
        GroupVerdicts.Judged got = GroupVerdicts.judge(rows, sources, null, stated, true, FigureComparator.MAX_PAIRS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long pairs = got.counts().values().stream().mapToLong(Integer::longValue).sum();
        assertEquals(got.pairCount(), pairs);
        assertTrue(pairs > 150_000_000L, "pairs " + pairs);
        assertTrue(ms < 20_000, "20,000 figures (about 200 million pairs) took " + ms + " ms");
    }

    /** Random figures: a few documents, periods and values, each with the interval its kind gives. */
    static List<FigureRow> randomRows(Random rnd, int n, boolean narrow) {
        double[] values = {-5, -1, 0, 1, 2, 5, 5.05, 5.1, 10, 92, 93, 100};
        double scale = rnd.nextBoolean() ? 1 : 1e8;
        int docs = 1 + rnd.nextInt(Math.max(1, n));
        List<FigureRow> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double v = values[rnd.nextInt(values.length)] * scale;
            double half = new double[] {0.5, 0.05, 0.005}[rnd.nextInt(3)] * scale;
            if (narrow && rnd.nextInt(4) == 0) {
                v = 1e12 + rnd.nextInt(3);
                half = 0.5;
            }
            double low = v - half;
            double high = v + half;
            boolean point = true;
            String qualifier = "exact";
            switch (rnd.nextInt(8)) {
                case 0 -> {
                    qualifier = "approx";
                    low = v - Math.max(half, Math.abs(v) * 0.05);
                    high = v + Math.max(half, Math.abs(v) * 0.05);
                }
                case 1 -> {
                    qualifier = "more-than";
                    low = v;
                    high = Double.POSITIVE_INFINITY;
                    point = false;
                }
                case 2 -> {
                    qualifier = "less-than";
                    low = Double.NEGATIVE_INFINITY;
                    high = v;
                    point = false;
                }
                case 3 -> {
                    qualifier = "range";
                    high = v + (1 + rnd.nextInt(3)) * scale + half;
                    point = false;
                }
                default -> {
                }
            }
            int year = rnd.nextInt(5) == 0 ? FigureRow.NONE : 2019 + rnd.nextInt(3);
            int yearEnd = year != FigureRow.NONE && rnd.nextInt(6) == 0 ? year + 1 : FigureRow.NONE;
            out.add(new FigureRow("d" + rnd.nextInt(docs), i, i + 3, year, yearEnd, v, qualifier, low, high, point,
                    1 + rnd.nextInt(4), 0, null, -1));
        }
        return out;
    }

    /** Every pair judged, as {@code FigureComparator.group} did before the verdicts were counted. */
    static final class PairwiseModel {

        static GroupVerdicts.Judged judge(List<FigureRow> figures, List<String> sources, Function<String, String> sourceOf,
                                          Map<String, Set<List<Object>>> stated, int maxPairs) {
            List<ValueInterval> values = figures.stream().map(FigureRow::interval).toList();
            Map<Verdict, List<PairVerdict>> firstPairs = new EnumMap<>(Verdict.class);
            int pairCount = 0;
            Map<List<Object>, ConflictFinder.IssueBucket> buckets = new LinkedHashMap<>();
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            Verdict overall = Verdict.AGREE;
            for (int i = 0; i < figures.size(); i++) {
                for (int j = i + 1; j < figures.size(); j++) {
                    FigureRow a = figures.get(i);
                    FigureRow b = figures.get(j);
                    if (a.docId().equals(b.docId())) {
                        continue;
                    }
                    Verdict v = judge(a, values.get(i), b, values.get(j));
                    if (sources.get(i).equals(sources.get(j))) {
                        if (v != Verdict.CONFLICT || sourceOf == null || !sourceOf.apply(a.docId()).equals(sourceOf.apply(b.docId()))
                                || stated.get(b.docId()).contains(statement(a)) || stated.get(a.docId()).contains(statement(b))) {
                            continue;
                        }
                        v = Verdict.CHANGED_BETWEEN_VERSIONS;
                    }
                    double diff = ValueInterval.relativeDifference(a.normalizedValue(), b.normalizedValue());
                    PairVerdict pair = new PairVerdict(i, j, v, Math.round(diff * 10000) / 10000.0);
                    List<PairVerdict> first = firstPairs.computeIfAbsent(v, x -> new ArrayList<>());
                    if (first.size() < maxPairs) {
                        first.add(pair);
                    }
                    pairCount++;
                    if (v.isIssue()) {
                        String pa = FigureComparator.period(a.yearOrNull(), a.yearEndOrNull());
                        String pb = FigureComparator.period(b.yearOrNull(), b.yearEndOrNull());
                        List<Object> bucket = v == Verdict.CONFLICT || v == Verdict.CHANGED_BETWEEN_VERSIONS ? List.of(v, pa) : List.of(v, pa, pb);
                        ConflictFinder.IssueBucket at = buckets.get(bucket);
                        if (at == null) {
                            at = new ConflictFinder.IssueBucket(pair.verdict(), i, j, figures.size());
                            buckets.put(bucket, at);
                        }
                        at.add(pair, a.digits(), b.digits());
                    }
                    counts.merge(v, 1, Integer::sum);
                    overall = Verdict.moreSerious(overall, v);
                }
            }
            List<PairVerdict> pairs = new ArrayList<>();
            firstPairs.values().forEach(pairs::addAll);
            pairs.sort(Comparator.comparing(PairVerdict::verdict).reversed()
                    .thenComparingInt(PairVerdict::a).thenComparingInt(PairVerdict::b));
            if (pairs.size() > maxPairs) {
                pairs = new ArrayList<>(pairs.subList(0, maxPairs));
            }
            return new GroupVerdicts.Judged(counts, pairCount, overall, pairs,
                    buckets.values().stream().sorted(ConflictFinder.IssueBucket.LISTED).toList());
        }

        private static List<Object> statement(FigureRow f) {
            return List.of(FigureComparator.period(f.yearOrNull(), f.yearEndOrNull()), f.normalizedValue());
        }

        private static Verdict judge(FigureRow a, ValueInterval va, FigureRow b, ValueInterval vb) {
            boolean agree = va.overlaps(vb);
            if (a.yearOrNull() == null || b.yearOrNull() == null) {
                return agree ? Verdict.AGREE : Verdict.UNDATED;
            }
            if (FigureComparator.period(a.yearOrNull(), a.yearEndOrNull()).equals(FigureComparator.period(b.yearOrNull(), b.yearEndOrNull()))) {
                return agree ? Verdict.AGREE : Verdict.CONFLICT;
            }
            return agree && va.point() && vb.point() ? Verdict.SAME_VALUE_DIFFERENT_YEAR : Verdict.TIMELINE;
        }
    }
}
