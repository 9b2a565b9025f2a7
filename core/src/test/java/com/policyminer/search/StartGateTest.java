package com.policyminer.search;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartGateTest {

    private static CompletableFuture<Long> waiting(StartGate gate) {
        return CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            gate.await();
            return (System.nanoTime() - t0) / 1_000_000;
        });
    }

    @Test
    void aGateNeverHeldDoesNotWait() throws Exception {
        SearchSlots slots = new SearchSlots(2);
        slots.acquire(); // a search running does not matter either
        try {
            long ms = waiting(new StartGate(slots, Duration.ofSeconds(5), Duration.ofSeconds(30))).get(2, TimeUnit.SECONDS);
            assertTrue(ms < 1000, ms + " ms");
        } finally {
            slots.release();
        }
    }

    @Test
    void heldWorkWaitsForServingThenForAQuietMoment() throws Exception {
        SearchSlots slots = new SearchSlots(2);
        StartGate gate = new StartGate(slots, Duration.ofMillis(150), Duration.ofSeconds(30));
        gate.hold();
        CompletableFuture<Long> work = waiting(gate);
        Thread.sleep(400);
        assertFalse(work.isDone(), "quiet, but the server is not serving yet");
        slots.acquire(); // a first search
        gate.serving();
        Thread.sleep(400);
        assertFalse(work.isDone(), "serving, but a search is running");
        slots.release();
        long t0 = System.nanoTime();
        work.get(5, TimeUnit.SECONDS);
        long after = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(after >= 100, "it waited for the quiet moment after the search: " + after + " ms");
    }

    /**
     * A server whose warm-up yielded at once says it is serving before its first user's search has taken a slot:
     * the quiet moment counts from then, and from each request that comes in, not only from the slots' use.
     */
    @Test
    void heldWorkWaitsForAQuietMomentAfterServingAndAfterEachRequestThatCameIn() throws Exception {
        SearchSlots slots = new SearchSlots(2);
        Thread.sleep(600); // the slots untouched for longer than the quiet moment
        StartGate gate = new StartGate(slots, Duration.ofMillis(500), Duration.ofSeconds(30));
        gate.hold();
        CompletableFuture<Long> work = waiting(gate);
        gate.serving();
        Thread.sleep(100);
        assertFalse(work.isDone(), "no search ran, but the server began serving just now");
        for (int i = 0; i < 10; i++) { // requests on their way to a slot, one every 100 ms
            gate.requestCameIn();
            Thread.sleep(100);
            assertFalse(work.isDone(), "a request came in just now");
        }
        long t0 = System.nanoTime();
        work.get(5, TimeUnit.SECONDS);
        long after = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(after >= 250, "it waited for the rest of the quiet moment after the last request: " + after + " ms");
    }

    @Test
    void heldWorkWaitsNoLongerThanTheLimit() throws Exception {
        SearchSlots slots = new SearchSlots(1);
        StartGate gate = new StartGate(slots, Duration.ofMillis(100), Duration.ofMillis(600));
        gate.hold();
        slots.acquire(); // a search that never ends, on a server that never says it serves
        try {
            long ms = waiting(gate).get(5, TimeUnit.SECONDS);
            assertTrue(ms >= 500 && ms < 3000, ms + " ms");
            gate.serving();
            ms = waiting(gate).get(5, TimeUnit.SECONDS);
            assertTrue(ms < 300, "past the limit nothing waits: " + ms + " ms");
        } finally {
            slots.release();
        }
    }
}
