package com.policyminer.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelFilesTest {

    @Test
    void eachWorkerFlushesOnceNoFileIsLeftToStartAndTheCommitsComeEveryNFiles() throws Exception {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger commits = new AtomicInteger();
        List<Integer> doneAtFlush = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<String> flushingThreads = ConcurrentHashMap.newKeySet();
        AtomicInteger flushes = new AtomicInteger();
        ParallelFiles.run(items, 3, 10, "test", i -> {
            java.util.concurrent.locks.LockSupport.parkNanos((i % 3) * 1_000_000L); // workers finish in varying order
            done.incrementAndGet();
        }, commits::incrementAndGet, () -> {
            flushes.incrementAndGet();
            flushingThreads.add(Thread.currentThread().getName() + "@" + System.identityHashCode(Thread.currentThread()));
            doneAtFlush.add(done.get());
        });
        assertEquals(40, done.get());
        assertEquals(4, commits.get(), "a commit every 10 files");
        assertTrue(flushes.get() >= 1 && flushes.get() <= 3, "at most once per worker: " + flushes.get());
        assertEquals(flushes.get(), flushingThreads.size(), "never twice on one worker");
        // a worker flushes after its last file: by then at least the files all other workers had started are under way
        assertTrue(doneAtFlush.stream().allMatch(d -> d >= 40 - 3 + 1), "flushed only at the end: " + doneAtFlush);
    }
}
