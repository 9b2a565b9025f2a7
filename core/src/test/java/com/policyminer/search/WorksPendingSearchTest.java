package com.policyminer.search;

import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.parse.ParseLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A search that comes while another thread is still grouping the index into works (a server's first seconds on a
 * large index) does not wait for it: it answers at once, every file a hit, and says so ({@code worksPending}); that
 * answer is not kept, so the same request once the works are built is collapsed.
 */
class WorksPendingSearchTest {

    @TempDir
    static Path tmp;
    static Engine engine;
    static Config config;

    @BeforeAll
    static void ingest() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("reposts"));
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        // a repost of seed 000: the same work in a second file
        String text = Files.readString(Path.of("corpus/000_f8820dc2aea3848d.txt"));
        int mid = text.indexOf('\n', text.length() / 2);
        Files.writeString(corpus.resolve("reposts/000-repost.txt"),
                text.substring(0, mid) + "\n编者按：本文经作者授权转载，转载时有删节。\n" + text.substring(mid));
        config = new Config(tmp.resolve("index"), corpus, "127.0.0.1", 0, 2, 50,
                new ParseLimits(20_000_000, 2_000_000, Duration.ofSeconds(60)), "", 1024 * 1024, "");
        try (Engine writer = new Engine(config)) {
            writer.ingest().run(corpus, null);
        }
        engine = Engine.openForReading(config); // as a server starts on an existing index: no works built yet
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
    }

    @Test
    void aSearchDuringTheWorksBuildAnswersUncollapsedAndSaysSoThenCollapsesOnceBuilt() throws Exception {
        SearchRequest q = SearchRequest.of("研发投入强度", 20);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WorkCatalog catalog = engine.reportSearch().workCatalog();
        Thread builder = new Thread(() -> { // stands for a long grouping on another thread
            catalog.building.lock();
            try {
                held.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                catalog.building.unlock();
            }
        });
        builder.start();
        held.await();
        SearchResult pending;
        try {
            // a search that waited for the works would wait until the lock is released below: bounded, it fails
            pending = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return engine.reads().search(q);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            release.countDown();
            builder.join();
        }
        assertTrue(pending.worksPending(), "says its files are not collapsed");
        SearchResult files = engine.reads().search(new SearchRequest("研发投入强度", "auto", 1, 20, null, java.util.List.of(),
                null, null, "relevance", java.util.List.of(), false, java.util.List.of(), java.util.List.of(), true, false));
        assertFalse(files.worksPending(), "collapse=false is never pending");
        assertEquals(files.total(), pending.total(), "every file a hit, as with collapse=false");
        assertEquals(files.hits().stream().map(SearchResult.Hit::id).toList(),
                pending.hits().stream().map(SearchResult.Hit::id).toList());

        SearchResult collapsed = engine.reads().search(q);
        assertFalse(collapsed.worksPending(), "the pending answer was not kept");
        assertTrue(collapsed.total() < pending.total(), "the repost and its original are one hit: " + collapsed.total()
                + " of " + pending.total());
    }

    /**
     * A large index's works held back at a server's launch, needed by something else than a search first (a collection
     * filter, the works' list): it asks for them too, so they are read then, and it gets that read.
     */
    @Test
    void worksHeldBackAreReadWhenSomethingNeedsThem() throws Exception {
        try (Engine fresh = Engine.openForReading(config)) {
            WorkCatalog catalog = fresh.reportSearch().workCatalog();
            catalog.defer();
            java.util.concurrent.CompletableFuture<WorkCatalog.View> needing = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return catalog.get();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(catalog.awaitAskedWhileDeferred(Duration.ofSeconds(10)), "what needs the works asks for them too");
            assertSame(catalog.readDeferred(), needing.get(10, java.util.concurrent.TimeUnit.SECONDS));
        }
    }

    /**
     * A large index's works held back at a server's launch until its first search is answered: that search neither
     * reads them nor waits for them (it answers at once, uncollapsed, and says so); whoever needs the works waits for
     * their read; once read, the same search is collapsed.
     */
    @Test
    void worksHeldBackForTheFirstSearchAreReadAfterItAndThenCollapse() throws Exception {
        try (Engine fresh = Engine.openForReading(config)) { // a catalog that has read nothing yet
            WorkCatalog catalog = fresh.reportSearch().workCatalog();
            catalog.defer();
            java.util.concurrent.CompletableFuture<String> prepared = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return fresh.prepareSearch(); // the launch's own preparation waits for the works without asking
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertFalse(catalog.awaitAskedWhileDeferred(Duration.ofMillis(300)), "no search has asked yet");
            assertFalse(prepared.isDone(), "the preparation waits for the works' read");
            SearchRequest q = SearchRequest.of("研发投入强度", 20);
            long t0 = System.nanoTime();
            SearchResult first = fresh.reads().search(q);
            assertTrue(first.worksPending(), "answered uncollapsed, and says so");
            assertTrue(System.nanoTime() - t0 < ReportSearch.WORKS_WAIT.toNanos() * 20, "it did not wait for the works");
            assertTrue(catalog.awaitAskedWhileDeferred(Duration.ZERO), "the search asked for them");

            java.util.concurrent.CompletableFuture<WorkCatalog.View> needing = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return catalog.get();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Thread.sleep(200);
            assertFalse(needing.isDone(), "what needs the works waits for their read");
            WorkCatalog.View read = catalog.readDeferred();
            assertSame(read, needing.get(10, java.util.concurrent.TimeUnit.SECONDS), "and gets that read");

            assertTrue(prepared.get(10, java.util.concurrent.TimeUnit.SECONDS).contains("works"), "and ends once they are read");
            SearchResult collapsed = fresh.reads().search(q);
            assertFalse(collapsed.worksPending());
            assertTrue(collapsed.total() < first.total(), collapsed.total() + " of " + first.total());
        }
    }

    /** A small index's works are not held back at a server's launch: its first search finds them (or reads them). */
    @Test
    void aSmallIndexsWorksAreNotHeldBackAtLaunch() throws Exception {
        try (Engine fresh = Engine.openForReading(config)) {
            Engine.LaunchWorks launch = fresh.worksAtLaunch();
            assertFalse(fresh.reportSearch().workCatalog().awaitAskedWhileDeferred(Duration.ZERO), "nothing held back");
            assertFalse(fresh.reads().search(SearchRequest.of("研发投入强度", 20)).worksPending());
            launch.read();
        }
    }
}
