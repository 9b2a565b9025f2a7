package com.policyminer.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a group pair by pair: for the few groups {@link GroupVerdicts} cannot count by interval ends
 * (an interval no wider than the comparison's slack). n(n-1)/2 verdicts.
 */
final class PairwiseVerdicts {

    private PairwiseVerdicts() {
    }

    static GroupVerdicts.Judged judge(GroupVerdicts g, boolean issues, int maxPairs) {
        Map<Verdict, List<PairVerdict>> firstPairs = new EnumMap<>(Verdict.class);
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        Map<List<Object>, ConflictFinder.IssueBucket> buckets = new LinkedHashMap<>();
        Verdict overall = Verdict.AGREE;
        int pairCount = 0;
        for (int i = 0; i < g.size(); i++) {
            for (int j = i + 1; j < g.size(); j++) {
                Verdict v = g.verdict(i, j);
                if (v == null) {
                    continue;
                }
                PairVerdict pair = g.pair(i, j, v);
                List<PairVerdict> first = firstPairs.computeIfAbsent(v, x -> new ArrayList<>());
                if (first.size() < maxPairs) {
                    first.add(pair);
                }
                if (issues && v.isIssue()) {
                    buckets.computeIfAbsent(g.bucketKey(i, j, v), k -> new ConflictFinder.IssueBucket(v, pair.a(), pair.b(), g.size()))
                            .add(pair, g.digits(i), g.digits(j));
                }
                pairCount++;
                counts.merge(v, 1, Integer::sum);
                overall = Verdict.moreSerious(overall, v);
            }
        }
        List<PairVerdict> pairs = new ArrayList<>();
        firstPairs.values().forEach(pairs::addAll);
        pairs.sort(Comparator.comparing(PairVerdict::verdict).reversed().thenComparingInt(PairVerdict::a).thenComparingInt(PairVerdict::b));
        List<ConflictFinder.IssueBucket> listed = null;
        if (issues) {
            listed = new ArrayList<>(buckets.values());
            listed.sort(ConflictFinder.IssueBucket.LISTED);
        }
        return new GroupVerdicts.Judged(counts, pairCount, overall, pairs.subList(0, Math.min(maxPairs, pairs.size())), listed);
    }
}
