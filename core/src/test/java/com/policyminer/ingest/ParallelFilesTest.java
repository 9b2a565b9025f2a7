package com.policyminer.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelFilesTest {

    @Test
    void eachWorkerFlushesOnItsOwnThreadOnceNoFileIsLeftToStartAndTheCommitsComeEveryNFiles() throws Exception {
        int threads = 3;
        int files = 40;
        List<Integer> items = IntStream.range(0, files).boxed().toList();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger commits = new AtomicInteger();
        // the last three files finish together, one on each worker: all three then have nothing left
        CyclicBarrier lastThree = new CyclicBarrier(threads);
        List<Integer> doneAtFlush = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<Thread> flushing = ConcurrentHashMap.newKeySet();
        AtomicInteger flushes = new AtomicInteger();
        ParallelFiles.run(items, threads, 10, "test-worker", i -> {
            if (i >= files - threads) {
                try {
                    lastThree.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new java.io.IOException(e);
                }
            }
            done.incrementAndGet();
        }, commits::incrementAndGet, () -> {
            flushes.incrementAndGet();
            flushing.add(Thread.currentThread());
            doneAtFlush.add(done.get());
        });
        assertEquals(files, done.get());
        assertEquals(4, commits.get(), "a commit every 10 files");
        assertEquals(threads, flushes.get(), "once per worker");
        assertEquals(threads, flushing.size(), "each on its own worker");
        assertFalse(flushing.contains(Thread.currentThread()), "not on the caller");
        assertTrue(flushing.stream().allMatch(t -> t.getName().equals("test-worker")), "on the pool's workers");
        assertTrue(doneAtFlush.stream().allMatch(d -> d >= files - threads + 1), "only at the end: " + doneAtFlush);
    }
}
