package com.policyminer.app;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.compare.CompareFilter;
import com.policyminer.compare.ConflictList;
import com.policyminer.compare.Cooccurrence;
import com.policyminer.compare.FigureComparator;
import com.policyminer.extract.Extractors;
import com.policyminer.index.Analyzers;
import com.policyminer.index.LuceneIndex;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.parse.TikaDocumentParser;
import com.policyminer.search.CorpusSnapshot;
import com.policyminer.search.SearchBusyException;
import com.policyminer.search.SearchSlots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole corpus's conflicts are worked out off the request path (issue 21: the first {@code /api/conflicts} at
 * 100,000 reports waited over a minute for them): right after the corpus view is read, once, one list at a time; a
 * request that comes while they are worked out waits no longer than for a search slot, then is told to try again
 * (503 with Retry-After), as while the corpus view itself is read.
 */
class CorpusComparisonsTest {

    @Test
    void conflictsAreWorkedOutInTheBackgroundAndARequestBeforeThenIsTurnedAwayInTime(@TempDir Path dir) throws Exception {
        FigureComparator comparator = FigureComparator.standard();
        try (LuceneIndex index = twoConflictingReports(dir)) {
            SearchSlots slots = new SearchSlots(1, 10, Duration.ofMillis(300));
            CorpusSnapshot snapshot = new CorpusSnapshot(index.searchers(), slots, true, comparator, Cooccurrence.standard());
            CountDownLatch hold = new CountDownLatch(1);
            AtomicInteger lists = new AtomicInteger();
            ExecutorService conflictThread = Executors.newSingleThreadExecutor();
            // the conflict work held until the test lets it go, each list worked out counted
            CorpusComparisons comparisons = new CorpusComparisons(snapshot, null, comparator, task -> conflictThread.execute(() -> {
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                lists.incrementAndGet();
                task.run();
            }));
            ExecutorService buildThread = Executors.newSingleThreadExecutor();
            try {
                CorpusSnapshot.Data data = whenBuilt(snapshot);
                Future<?> warmed = buildThread.submit(() -> {
                    comparisons.warm(data); // what the server's build thread runs after each build
                    return null;
                });

                long t0 = System.nanoTime();
                SearchBusyException busy = assertThrows(SearchBusyException.class, () -> comparisons.conflicts(CompareFilter.ALL, List.of()));
                long waited = System.nanoTime() - t0;
                assertTrue(waited < TimeUnit.SECONDS.toNanos(3), "turned away after the slot's wait, not the list's: " + waited / 1_000_000 + " ms");
                assertTrue(busy.retryAfterSeconds() > 0);
                assertTrue(busy.getMessage().contains("still being worked out"), busy.getMessage());
                assertFalse(warmed.isDone(), "the build thread waits for the list it started");
                // a filtered list is the request's own, as before
                assertEquals(1, comparisons.conflicts(CompareFilter.parse("西安", "", ""), List.of()).size());

                hold.countDown();
                warmed.get(20, TimeUnit.SECONDS);
                ConflictList conflicts = comparisons.conflicts(CompareFilter.ALL, List.of());
                assertEquals(1, conflicts.size());
                assertEquals(comparator.conflicts(data.figures(), CompareFilter.ALL, id -> id), List.copyOf(conflicts));
                assertSame(conflicts, comparisons.conflicts(CompareFilter.ALL, List.of()), "kept for the version");
                assertEquals(1, lists.get(), "worked out once: by the build thread's warm-up, not again by the requests");
            } finally {
                hold.countDown();
                buildThread.shutdownNow();
                conflictThread.shutdownNow();
                snapshot.close();
            }
        }
    }

    @Test
    void withoutABoundedWaitTheCallerWaitsForTheList(@TempDir Path dir) throws Exception {
        FigureComparator comparator = FigureComparator.standard();
        try (LuceneIndex index = twoConflictingReports(dir)) {
            // the CLI's snapshot: a comparison waits as long as it takes
            CorpusSnapshot snapshot = new CorpusSnapshot(index.searchers(), new SearchSlots(1, 10, Duration.ofMillis(50)), false,
                    comparator, Cooccurrence.standard());
            ExecutorService slow = Executors.newSingleThreadExecutor();
            try {
                CorpusComparisons comparisons = new CorpusComparisons(snapshot, null, comparator, task -> slow.execute(() -> {
                    try {
                        Thread.sleep(400); // longer than the slots' wait
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    task.run();
                }));
                assertEquals(1, comparisons.conflicts(CompareFilter.ALL, List.of()).size());
            } finally {
                slow.shutdownNow();
                snapshot.close();
            }
        }
    }

    /** An index of two reports whose figures for 西安's R&D intensity in 2020 conflict (one conflict). */
    private static LuceneIndex twoConflictingReports(Path dir) throws Exception {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        TikaDocumentParser parser = new TikaDocumentParser();
        DocumentPipeline pipeline = new DocumentPipeline(parser, hanlp, Extractors.standard());
        LuceneIndex index = new LuceneIndex(dir, new Analyzers(hanlp));
        index.upsert(pipeline.process(parser.parseBytes("西安市2020年研发投入强度为5.18%。".getBytes(StandardCharsets.UTF_8), "a.txt")));
        index.upsert(pipeline.process(parser.parseBytes("西安市2020年研发投入强度为4.2%。".getBytes(StandardCharsets.UTF_8), "b.txt")));
        index.commit();
        return index;
    }

    private static CorpusSnapshot.Data whenBuilt(CorpusSnapshot snapshot) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                return snapshot.get();
            } catch (SearchBusyException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(20);
            }
        }
    }

    /** The conflicts' thread is made for the work and gone when idle: an engine closed or left alone keeps no thread. */
    @Test
    void theConflictsThreadGoesWhenIdle() throws Exception {
        ThreadPoolExecutor one = CorpusComparisons.conflictThread(Duration.ofMillis(50));
        CompletableFuture<String> ran = new CompletableFuture<>();
        one.execute(() -> ran.complete(Thread.currentThread().getName()));
        assertEquals("corpus-conflicts", ran.get(10, TimeUnit.SECONDS));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (one.getPoolSize() > 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertEquals(0, one.getPoolSize(), "no idle thread kept");
    }
}
