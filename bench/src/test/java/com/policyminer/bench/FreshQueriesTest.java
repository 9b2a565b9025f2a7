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
}
