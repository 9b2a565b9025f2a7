package com.policyminer.search;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.compare.Cooccurrence;
import com.policyminer.compare.FigureComparator;
import com.policyminer.extract.Extractors;
import com.policyminer.index.Analyzers;
import com.policyminer.index.LuceneIndex;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison's corpus view is read in the background after a refresh, not on the request path (issue 21). */
class CorpusSnapshotTest {

    @Test
    void builtAfterARefreshAndARequestNeverWaitsLongerThanForASlot(@TempDir Path dir) throws Exception {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        TikaDocumentParser parser = new TikaDocumentParser();
        DocumentPipeline pipeline = new DocumentPipeline(parser, hanlp, Extractors.standard());
        try (LuceneIndex index = new LuceneIndex(dir, new Analyzers(hanlp))) {
            index.upsert(pipeline.process(parser.parseBytes("西安市2020年研发投入强度为5.18%。".getBytes(StandardCharsets.UTF_8), "a.txt")));
            index.commit();
            SearchSlots slots = new SearchSlots(1, 10, Duration.ofMillis(300));
            CorpusSnapshot snapshot = new CorpusSnapshot(index.searchers(), slots, true, FigureComparator.standard(),
                    Cooccurrence.standard());

            // no version built yet and no slot free: the request is refused after the slot's wait limit
            slots.acquire();
            long t0 = System.nanoTime();
            assertThrows(SearchBusyException.class, snapshot::get);
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(3));
            slots.release();
            CorpusSnapshot.Data first = whenBuilt(snapshot); // the build that was started finishes now
            assertEquals(1, first.matrices().documents());
            assertEquals(1, first.figures().figures());
            assertSame(first, snapshot.get(), "kept for its index version");

            // a new version: while it cannot be built, a request gets the previous one at once
            index.upsert(pipeline.process(parser.parseBytes("兰州市2020年研发投入强度为1.8%。".getBytes(StandardCharsets.UTF_8), "b.txt")));
            index.commit();
            slots.acquire();
            try {
                snapshot.refreshed(); // what the server's refresh listener calls
                assertSame(first, snapshot.get(), "the previous version, not a wait");
            } finally {
                slots.release();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            CorpusSnapshot.Data second = whenBuilt(snapshot);
            while (second.matrices().documents() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
                second = snapshot.get();
            }
            assertEquals(2, second.matrices().documents(), "built in the background once a slot was free");
            assertEquals(2, second.figures().figures());
        }
    }

    @Test
    void aServerJustStartedReadsTheCorpusOnlyAfterItsDelay(@TempDir Path dir) throws Exception {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        TikaDocumentParser parser = new TikaDocumentParser();
        DocumentPipeline pipeline = new DocumentPipeline(parser, hanlp, Extractors.standard());
        try (LuceneIndex index = new LuceneIndex(dir, new Analyzers(hanlp))) {
            index.upsert(pipeline.process(parser.parseBytes("西安市2020年研发投入强度为5.18%。".getBytes(StandardCharsets.UTF_8), "a.txt")));
            index.commit();
            CorpusSnapshot snapshot = new CorpusSnapshot(index.searchers(), FigureComparator.standard(), Cooccurrence.standard());
            java.util.concurrent.CompletableFuture<Long> built = new java.util.concurrent.CompletableFuture<>();
            snapshot.onBuilt(d -> built.complete(System.nanoTime()));
            long t0 = System.nanoTime();
            snapshot.refreshedAfter(Duration.ofMillis(400));
            long at = built.get(30, TimeUnit.SECONDS);
            assertTrue(at - t0 >= TimeUnit.MILLISECONDS.toNanos(400), "not before its delay: " + (at - t0) / 1_000_000 + " ms");
            assertEquals(1, snapshot.get().matrices().documents());
            snapshot.close();
        }
    }

    @Test
    void aDelayedBuildWaitsUntilTheSearchesStop(@TempDir Path dir) throws Exception {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        TikaDocumentParser parser = new TikaDocumentParser();
        DocumentPipeline pipeline = new DocumentPipeline(parser, hanlp, Extractors.standard());
        try (LuceneIndex index = new LuceneIndex(dir, new Analyzers(hanlp))) {
            index.upsert(pipeline.process(parser.parseBytes("西安市2020年研发投入强度为5.18%。".getBytes(StandardCharsets.UTF_8), "a.txt")));
            index.commit();
            SearchSlots slots = new SearchSlots(2);
            CorpusSnapshot snapshot = new CorpusSnapshot(index.searchers(), slots, true, FigureComparator.standard(),
                    Cooccurrence.standard());
            java.util.concurrent.CompletableFuture<Long> built = new java.util.concurrent.CompletableFuture<>();
            snapshot.onBuilt(d -> built.complete(System.nanoTime()));
            slots.acquire(); // a search is running (a slot is still free: the build could run, but waits)
            long released;
            try {
                snapshot.refreshedAfter(Duration.ofMillis(50), Duration.ofMillis(200));
                Thread.sleep(600);
                assertTrue(!built.isDone(), "not while a search runs");
            } finally {
                released = System.nanoTime();
                slots.release();
            }
            long at = built.get(30, TimeUnit.SECONDS);
            assertTrue(at - released >= TimeUnit.MILLISECONDS.toNanos(200), "only after 200 ms without searches: " + (at - released) / 1_000_000 + " ms");
            assertEquals(1, snapshot.get().matrices().documents());
            snapshot.close();
        }
    }

    /** The view, once its build is done (a busy machine may take longer than the 300 ms wait). */
    private static CorpusSnapshot.Data whenBuilt(CorpusSnapshot snapshot) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return snapshot.get();
            } catch (SearchBusyException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }
}
