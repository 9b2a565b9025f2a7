package com.policyminer.eval;

import java.util.List;

/** The measures of one ranked list against one query's judgments, at a cut-off of {@link #K}. */
public final class RankMetrics {

    public static final int K = 10;

    private RankMetrics() {
    }

    /** nDCG@10 with gain 2^grade − 1; NaN when the query has no relevant document. */
    public static double ndcg(EvalQuery q, List<String> ranked) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            dcg += gain(q.grades().getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = q.grades().values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? Double.NaN : dcg / idcg;
    }

    /** Share of the relevant documents in the top 10; NaN when the query has none. */
    public static double recall(EvalQuery q, List<String> ranked) {
        if (q.grades().isEmpty()) {
            return Double.NaN;
        }
        long found = ranked.stream().limit(K).filter(q.grades()::containsKey).count();
        return found / (double) q.grades().size();
    }

    /**
     * True when a trap is in the top 10 above a relevant document (a relevant document outside the top 10
     * counts as below every trap in it), or, for a query with no relevant document, when a trap is in the top 10.
     */
    public static boolean trapAboveRelevant(EvalQuery q, List<String> ranked) {
        List<String> top = ranked.stream().limit(K).toList();
        int firstTrap = -1;
        for (int i = 0; i < top.size(); i++) {
            if (q.traps().contains(top.get(i))) {
                firstTrap = i;
                break;
            }
        }
        if (firstTrap < 0) {
            return false;
        }
        if (q.grades().isEmpty()) {
            return true;
        }
        long relevantAboveTrap = top.subList(0, firstTrap).stream().filter(q.grades()::containsKey).count();
        return relevantAboveTrap < q.grades().size();
    }

    /**
     * When {@link #trapAboveRelevant} holds, which trap at which rank, and the first relevant document below it
     * (or that the relevant ones are outside the top 10, or that the query has none).
     */
    public static java.util.Optional<String> trapAboveRelevantDescribed(EvalQuery q, List<String> ranked) {
        if (!trapAboveRelevant(q, ranked)) {
            return java.util.Optional.empty();
        }
        List<String> top = ranked.stream().limit(K).toList();
        int trap = 0;
        while (!q.traps().contains(top.get(trap))) {
            trap++;
        }
        String below = q.grades().isEmpty() ? "the query has no relevant document"
                : top.subList(trap + 1, top.size()).stream().filter(q.grades()::containsKey).findFirst()
                .map(d -> "above " + d + " (grade " + q.grades().get(d) + ") at " + (top.indexOf(d) + 1))
                .orElse("relevant documents missing from the top 10");
        return java.util.Optional.of(top.get(trap) + " at " + (trap + 1) + ", " + below);
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
