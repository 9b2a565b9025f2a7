package com.policyminer.search;

import org.junit.jupiter.api.Test;

import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchSlotsTest {

    @Test
    void aSearchBeyondTheSlotsWaitsForOneToBeReleased() throws Exception {
        SearchSlots slots = new SearchSlots(1);
        slots.acquire();
        AtomicBoolean ran = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Thread second = new Thread(() -> {
            try {
                slots.acquire();
                ran.set(true);
                slots.release();
            } catch (Exception e) {
                throw new RuntimeException(e);
            } finally {
                done.countDown();
            }
        });
        second.start();
        assertFalse(done.await(200, TimeUnit.MILLISECONDS), "the second search must wait while the only slot is taken");
        assertFalse(ran.get());
        slots.release();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertTrue(ran.get());
    }

    @Test
    void anInterruptedWaitIsAnIoErrorAndKeepsTheInterrupt() throws Exception {
        SearchSlots slots = new SearchSlots(1);
        slots.acquire();
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedIOException.class, slots::acquire);
            assertTrue(Thread.interrupted(), "the interrupt flag is restored (and cleared here)");
        } finally {
            slots.release();
        }
    }

    @Test
    void aSearchThatFailsGivesItsSlotBack() throws Exception {
        SearchSlots slots = new SearchSlots(1);
        assertThrows(java.io.IOException.class, () -> slots.call(() -> {
            throw new java.io.IOException("broken index");
        }));
        org.junit.jupiter.api.Assertions.assertEquals("ran", org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> slots.call(() -> "ran")), "the only slot is free again");
    }

    @Test
    void mentionSearchesTakeASlotToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (com.policyminer.index.LuceneIndex index = new com.policyminer.index.LuceneIndex(dir,
                new com.policyminer.index.Analyzers(new com.policyminer.analysis.HanLPAnalyzer()))) {
            SearchSlots slots = new SearchSlots(1);
            MentionSearch mentions = new MentionSearch(index.searchers(), slots);
            slots.acquire();
            java.util.concurrent.CompletableFuture<Integer> counted = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return mentions.counts("region").size();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Thread.sleep(200);
            assertFalse(counted.isDone(), "the mention search must wait while the only slot is taken");
            slots.release();
            assertTrue(counted.get(10, TimeUnit.SECONDS) == 0, "an empty index has no regions");
        }
    }

    @Test
    void atLeastOneSlot() {
        assertThrows(IllegalArgumentException.class, () -> new SearchSlots(0));
        assertTrue(SearchSlots.perCore().size() >= 1);
    }
}
