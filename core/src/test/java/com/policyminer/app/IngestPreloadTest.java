package com.policyminer.app;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each load runs on a thread of its own, beside the caller; a failing one is logged and does not stop the others. */
class IngestPreloadTest {

    @Test
    void eachLoadRunsOnItsOwnThreadAndAFailureDoesNotStopTheOthers() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Supplier<Object> record = () -> threads.add(Thread.currentThread().getName());
        Supplier<Object> fail = () -> {
            throw new IllegalStateException("no dictionary");
        };
        List<Supplier<?>> loads = List.of(record, fail, record);
        IngestPreload.start(loads).get(10, TimeUnit.SECONDS);
        assertEquals(2, threads.size(), "two loads, two threads: " + threads);
        assertFalse(threads.contains(Thread.currentThread().getName()));
        assertTrue(threads.stream().allMatch(n -> n.startsWith("ingest-preload-")), threads.toString());
    }

    @Test
    void theEnginesExtractorsAreBuiltOnceWhetherThePreloadOrTheIngestAsksFirst() throws Exception {
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        Lazy<Object> extractors = new Lazy<>(() -> {
            built.incrementAndGet();
            return new Object();
        });
        var done = IngestPreload.start(List.of(extractors));
        Object mine = extractors.get();
        done.get(10, TimeUnit.SECONDS);
        assertEquals(1, built.get());
        assertTrue(mine == extractors.get());
    }
}
