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
    void quietOnlyWhenNoSearchRunsOrRanJustNow() throws Exception {
        SearchSlots slots = new SearchSlots(2);
        Thread.sleep(60);
        assertTrue(slots.quietFor(java.time.Duration.ofMillis(50)));
        slots.acquire();
        Thread.sleep(60);
        assertFalse(slots.quietFor(java.time.Duration.ofMillis(50)), "a search is running");
        slots.release();
        assertFalse(slots.quietFor(java.time.Duration.ofMillis(50)), "one ended just now");
        Thread.sleep(60);
        assertTrue(slots.quietFor(java.time.Duration.ofMillis(50)));
    }

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

    /** A lookup that must queue for a slot, named for the failure message. */
    private record Lookup(String name, org.apache.lucene.util.IOSupplier<Object> run) {
    }

    @Test
    void mentionSearchesAndTheEntityListsTakeASlotAndNeverASecondOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        com.policyminer.analysis.HanLPAnalyzer hanlp = new com.policyminer.analysis.HanLPAnalyzer();
        com.policyminer.parse.TikaDocumentParser parser = new com.policyminer.parse.TikaDocumentParser();
        com.policyminer.ingest.DocumentPipeline pipeline = new com.policyminer.ingest.DocumentPipeline(parser, hanlp,
                com.policyminer.extract.Extractors.standard());
        try (com.policyminer.index.LuceneIndex index = new com.policyminer.index.LuceneIndex(dir, new com.policyminer.index.Analyzers(hanlp))) {
            String text = "2019年12月，国务院印发《长江三角洲区域一体化发展规划纲要》。中国科学院在西安市设立研究所，西安市研发投入强度5.18%。";
            index.upsert(pipeline.process(parser.parseBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "r.txt")));
            index.commit();
            SearchSlots slots = new SearchSlots(1); // one slot: a lookup that took a second one would wait forever
            MentionSearch mentions = new MentionSearch(index.searchers(), slots);
            EntityCatalog catalog = new EntityCatalog(mentions, com.policyminer.extract.region.Gazetteer::standard);
            java.util.List<Lookup> lookups = java.util.List.of(
                    new Lookup("counts", () -> mentions.counts(com.policyminer.model.EntityType.ORGANIZATION)),
                    new Lookup("mentions", () -> mentions.mentions(com.policyminer.model.EntityType.REGION, java.util.List.of(), java.util.List.of(), 10)),
                    new Lookup("items", () -> mentions.items(com.policyminer.model.EntityType.POLICY, "长江三角洲区域一体化发展规划纲要", 5)),
                    new Lookup("records", () -> mentions.records(com.policyminer.model.EntityType.ORGANIZATION, 5)),
                    new Lookup("organizations", catalog::organizations),
                    new Lookup("policies", () -> catalog.policies(null)),
                    new Lookup("policy", () -> catalog.policy("长江三角洲区域一体化发展规划纲要")));
            for (Lookup lookup : lookups) {
                slots.acquire();
                java.util.concurrent.CompletableFuture<Object> result = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return lookup.run().get();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                Thread.sleep(100);
                assertFalse(result.isDone(), lookup.name() + " must wait while the only slot is taken");
                slots.release();
                Object found = result.get(10, TimeUnit.SECONDS);
                assertFalse(found.toString().equals("[]") || found.toString().equals("{}") || found.toString().equals("Optional.empty"),
                        lookup.name() + " found something: " + found);
            }
        }
    }

    @Test
    void aSearchBeyondTheQueueBoundIsRefusedAtOnceWithARetryTime() throws Exception {
        SearchSlots slots = new SearchSlots(1, 1, java.time.Duration.ofSeconds(30));
        slots.acquire();
        CountDownLatch waiting = new CountDownLatch(1);
        java.util.concurrent.CompletableFuture<String> queued = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                waiting.countDown();
                return slots.call(() -> "ran");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        waiting.await();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (slots.waiting() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        long t0 = System.nanoTime();
        SearchBusyException busy = assertThrows(SearchBusyException.class, () -> slots.call(() -> "too many"));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2), "refused without waiting");
        assertTrue(busy.retryAfterSeconds() >= 1);
        slots.release();
        org.junit.jupiter.api.Assertions.assertEquals("ran", queued.get(10, TimeUnit.SECONDS), "the queued one still runs");
        org.junit.jupiter.api.Assertions.assertEquals(0, slots.waiting());
    }

    @Test
    void aSearchThatWaitsPastTheLimitIsRefused() throws Exception {
        SearchSlots slots = new SearchSlots(1, 10, java.time.Duration.ofMillis(200));
        slots.acquire();
        try {
            long t0 = System.nanoTime();
            SearchBusyException busy = assertThrows(SearchBusyException.class, () -> slots.call(() -> "late"));
            assertTrue(System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(190), "it waited its limit first");
            assertTrue(busy.getMessage().contains("waited"), busy.getMessage());
            org.junit.jupiter.api.Assertions.assertEquals(0, slots.waiting());
        } finally {
            slots.release();
        }
        org.junit.jupiter.api.Assertions.assertEquals("free", slots.call(() -> "free"), "a refused wait takes no slot");
    }

    @Test
    void backgroundWorkNeverHoldsEverySlot() throws Exception {
        SearchSlots slots = new SearchSlots(2);
        CountDownLatch firstIn = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        java.util.concurrent.CompletableFuture<String> first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return slots.inBackground(() -> slots.callWaiting(() -> {
                    firstIn.countDown();
                    try {
                        finish.await();
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException();
                    }
                    return "first";
                }));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        assertTrue(firstIn.await(10, TimeUnit.SECONDS));
        AtomicBoolean secondRan = new AtomicBoolean();
        java.util.concurrent.CompletableFuture<String> second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return slots.inBackground(() -> slots.callWaiting(() -> {
                    secondRan.set(true);
                    return "second";
                }));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(150);
        assertFalse(secondRan.get(), "the second background work waits while the first holds a slot");
        org.junit.jupiter.api.Assertions.assertEquals("search", org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(2), () -> slots.call(() -> "search")), "a search finds the slot left");
        finish.countDown();
        org.junit.jupiter.api.Assertions.assertEquals("first", first.get(10, TimeUnit.SECONDS));
        org.junit.jupiter.api.Assertions.assertEquals("second", second.get(10, TimeUnit.SECONDS));
        org.junit.jupiter.api.Assertions.assertEquals("one", new SearchSlots(1).inBackground(() -> "one"), "one slot: background work still runs");
    }

    @Test
    void atLeastOneSlot() {
        assertThrows(IllegalArgumentException.class, () -> new SearchSlots(0));
        assertTrue(SearchSlots.perCore().size() >= 1);
    }

    @Test
    void awaitQuietWaitsForAMomentWithoutSearchesAtMostItsLimit() throws Exception {
        SearchSlots slots = new SearchSlots(2);
        slots.acquire(); // a search that runs on
        long t0 = System.nanoTime();
        slots.awaitQuiet(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(300));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(ms >= 290, "waited its limit while a search ran: " + ms + " ms");
        slots.release();
        t0 = System.nanoTime();
        slots.awaitQuiet(java.time.Duration.ofMillis(100), java.time.Duration.ofSeconds(10));
        ms = (System.nanoTime() - t0) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(ms >= 90 && ms < 5000, "then the quiet moment after it: " + ms + " ms");
    }
}
