package com.policyminer.bench;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scale benchmark's "each new" search row sends each query once: enough distinct queries, in a fixed order. */
class FreshQueriesTest {

    @Test
    void enoughDistinctQueriesForBothConcurrenciesInAFixedOrder() {
        List<String> q = ScaleBench.freshBroadQueries();
        assertEquals(q.size(), new HashSet<>(q).size(), "each query once");
        assertTrue(q.size() >= 20 + 100 + 20 + 4 * 50, "warm-ups and the measured requests at c1 and c4: " + q.size());
        assertEquals(q, ScaleBench.freshBroadQueries(), "the same order every run");
        assertTrue(q.stream().allMatch(s -> s.split(" ").length == 2), "two words each");
    }

    @Test
    void theSearchPathIsWarmedWithWordsTheEachNewRowsNeverUse() {
        List<String> warm = ScaleBench.warmQueries();
        assertEquals(warm.size(), new HashSet<>(warm).size(), "each query once");
        assertTrue(warm.size() >= 20 + ScaleBench.WARM_SEARCHES, "the run's first 20 and its measured-then-dropped requests: " + warm.size());
        java.util.Set<String> measuredWords = new HashSet<>();
        ScaleBench.freshBroadQueries().forEach(q -> measuredWords.addAll(List.of(q.split(" "))));
        assertTrue(warm.stream().flatMap(q -> java.util.Arrays.stream(q.split(" "))).noneMatch(measuredWords::contains),
                "no word of an each-new query is warmed (its kept scores are built in the measured rows)");
        assertEquals(warm, ScaleBench.warmQueries(), "the same order every run");
    }

    @Test
    void aFreshServersFirstSearchesAreTheAnalystQueriesOnceThenNewPairsNoneTwice() {
        List<String> first = ColdBench.firstQueries(300);
        assertEquals(300, first.size());
        assertEquals(300, new HashSet<>(first).size(), "none twice: the answer cache must not answer any");
        List<String> analyst = BenchQueries.load();
        assertEquals(analyst.stream().distinct().toList(), first.subList(0, (int) analyst.stream().distinct().count()),
                "the benchmark's queries first, in their order");
        assertEquals(first, ColdBench.firstQueries(300), "the same every run");
    }
}
