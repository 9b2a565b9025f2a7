package com.policyminer.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankMetricsTest {

    private static final EvalQuery Q = new EvalQuery("q", "trap", "苏南", Map.of("a", 3, "b", 1), Set.of("t"));

    @Test
    void ndcgIsOneForTheIdealOrderAndLessOtherwise() {
        assertEquals(1.0, RankMetrics.ndcg(Q, List.of("a", "b", "x")), 1e-12);
        // gains 7 and 1: ideal 7 + 1/log2(3); swapped 1 + 7/log2(3)
        double ideal = 7 + 1 / (Math.log(3) / Math.log(2));
        double swapped = 1 + 7 / (Math.log(3) / Math.log(2));
        assertEquals(swapped / ideal, RankMetrics.ndcg(Q, List.of("b", "a")), 1e-12);
        assertEquals(0.0, RankMetrics.ndcg(Q, List.of()), 1e-12);
        assertTrue(Double.isNaN(RankMetrics.ndcg(new EvalQuery("n", "trap", "京都", Map.of(), Set.of("t")), List.of("t"))));
    }

    @Test
    void recallCountsTheTopTen() {
        assertEquals(0.5, RankMetrics.recall(Q, List.of("x", "x", "x", "b")), 1e-12);
        assertEquals(0.5, RankMetrics.recall(Q, List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "b", "a")), 1e-12);
    }

    @Test
    void aTrapCountsWhenItRanksAboveAnyRelevantDocument() {
        assertFalse(RankMetrics.trapAboveRelevant(Q, List.of("a", "b", "t")));
        assertTrue(RankMetrics.trapAboveRelevant(Q, List.of("a", "t", "b")));
        assertTrue(RankMetrics.trapAboveRelevant(Q, List.of("a", "t")), "b is below the top ten, so below the trap");
        assertFalse(RankMetrics.trapAboveRelevant(Q, List.of("x")));
        EvalQuery none = new EvalQuery("n", "trap", "京都", Map.of(), Set.of("t"));
        assertTrue(RankMetrics.trapAboveRelevant(none, List.of("x", "t")));
        assertFalse(RankMetrics.trapAboveRelevant(none, List.of("x")));
    }

    @Test
    void aTrapAboveARelevantDocumentIsDescribedByRank() {
        assertEquals(java.util.Optional.of("t at 2, above b (grade 1) at 3"), RankMetrics.trapAboveRelevantDescribed(Q, List.of("a", "t", "b")));
        assertEquals(java.util.Optional.of("t at 1, relevant documents missing from the top 10"),
                RankMetrics.trapAboveRelevantDescribed(Q, List.of("t", "x")));
        assertEquals(java.util.Optional.empty(), RankMetrics.trapAboveRelevantDescribed(Q, List.of("a", "b", "t")));
        assertEquals(java.util.Optional.of("t at 1, the query has no relevant document"), RankMetrics.trapAboveRelevantDescribed(
                new EvalQuery("n", "trap", "京都", Map.of(), Set.of("t")), List.of("t")));
    }
}
