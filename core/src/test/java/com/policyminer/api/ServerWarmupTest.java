package com.policyminer.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: a fresh server sends itself its first users' requests, within its time budget. */
class ServerWarmupTest extends SeededServerTest {

    @Test
    void theWarmupSendsItsRequestsInPassesFromSeveralClients() {
        ServerWarmup.Result one = new ServerWarmup(server.base(), Duration.ofSeconds(60), 1).run();
        ServerWarmup.Result two = new ServerWarmup(server.base(), Duration.ofSeconds(60), 2).run();
        assertEquals("done", one.stoppedBecause(), one.toString());
        assertEquals("done", two.stoppedBecause(), two.toString());
        // the two lists it plans from (regions, figures), then every request of a pass,
        // PASSES times: searches made from the index, the figures of each place, a document view
        assertEquals(0, (one.requests() - 2) % ServerWarmup.PASSES, one.toString());
        assertTrue(one.requests() > 2 + ServerWarmup.PASSES * 20, one.toString());
        assertEquals(one.requests(), two.requests(), "the same requests, however many clients send them");
    }

    @Test
    void theWarmupStopsAtItsBudget() {
        long t0 = System.nanoTime();
        ServerWarmup.Result r = new ServerWarmup(server.base(), Duration.ofMillis(1)).run();
        assertTrue(r.stoppedBecause().startsWith("time budget"), r.toString());
        assertTrue(r.requests() <= 2, r.toString()); // the two lists it plans from, no search
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(20).toNanos());
    }

    @Test
    void aServerThatIsNotThereEndsTheWarmupWithItsReason() {
        ServerWarmup.Result r = new ServerWarmup("http://127.0.0.1:9", Duration.ofSeconds(5)).run();
        assertTrue(r.stoppedBecause().startsWith("error"), r.toString());
        assertEquals(0, r.requests());
    }
}
