package com.policyminer.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: a fresh server sends itself its first users' requests, within its time budget. */
class ServerWarmupTest extends SeededServerTest {

    @Test
    void theWarmupSearchesThePlacesTheIndexMentionsAndViewsADocument() {
        ServerWarmup.Result r = new ServerWarmup(server.base(), Duration.ofSeconds(30)).run();
        assertEquals("done", r.stoppedBecause(), r.toString());
        // /api/regions, 12 places × (one-word and two-word searches + figures), one document view
        assertEquals(1 + 12 * 2 * 2 + 1, r.requests(), r.toString());
    }

    @Test
    void theWarmupStopsAtItsBudget() {
        long t0 = System.nanoTime();
        ServerWarmup.Result r = new ServerWarmup(server.base(), Duration.ofMillis(1)).run();
        assertTrue(r.stoppedBecause().startsWith("time budget"), r.toString());
        assertTrue(r.requests() <= 3, r.toString()); // the region list and at most the first search and its figures
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(20).toNanos());
    }

    @Test
    void aServerThatIsNotThereEndsTheWarmupWithItsReason() {
        ServerWarmup.Result r = new ServerWarmup("http://127.0.0.1:9", Duration.ofSeconds(5)).run();
        assertTrue(r.stoppedBecause().startsWith("error"), r.toString());
        assertEquals(0, r.requests());
    }
}
