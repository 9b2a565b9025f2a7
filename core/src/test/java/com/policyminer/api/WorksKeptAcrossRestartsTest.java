package com.policyminer.api;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.parse.ParseLimits;
import com.policyminer.search.SearchRequest;
import com.policyminer.search.SearchResult;
import com.policyminer.search.WorkCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: the works are saved beside the index at each commit and read back by a restarted engine, which then
 * groups nothing: the five seed reports, a near copy of seed 000 (one work with it) and a draft of seed 001 (a
 * version linked to it), in folders (collections). Read back they are what a fresh grouping of the same index gives;
 * a file of another index version or a damaged one is said in the log and the reports are grouped again.
 */
class WorksKeptAcrossRestartsTest {

    @TempDir
    Path tmp;
    private Path corpus;
    private Path index;
    private Engine engine;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger catalogLog = (Logger) LoggerFactory.getLogger(WorkCatalog.class);

    @BeforeEach
    void ingest() throws IOException {
        corpus = tmp.resolve("corpus");
        index = tmp.resolve("index");
        Files.createDirectories(corpus.resolve("copies"));
        Files.createDirectories(corpus.resolve("drafts"));
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        String seed0 = Files.readString(Path.of("corpus/000_f8820dc2aea3848d.txt"));
        Files.writeString(corpus.resolve("copies/000-copy.txt"), seed0.replace("\n", "\n\n") + "（转载）");
        String seed1 = Files.readString(Path.of("corpus/001_a619ee9cd5a0211b.txt"));
        Files.writeString(corpus.resolve("drafts/001-draft.txt"), seed1.substring(0, seed1.length() * 3 / 4));
        engine = open(true);
        log.start();
        catalogLog.addAppender(log);
    }

    @AfterEach
    void close() throws IOException {
        catalogLog.detachAppender(log);
        if (engine != null) {
            engine.close();
        }
    }

    private Engine open(boolean ingest) throws IOException {
        Config config = new Config(index, corpus, "127.0.0.1", 0, 2, 50,
                new ParseLimits(20_000_000, 2_000_000, Duration.ofSeconds(60)), "", 1024 * 1024, "");
        Engine e = new Engine(config);
        if (ingest) {
            var report = e.ingest().run(corpus, null);
            assertEquals(0, report.files().stream().filter(f -> f.outcome().failed()).count(), report.summary());
        }
        return e;
    }

    private void restart() throws IOException {
        if (engine != null) {
            engine.close();
            engine = null;
        }
        log.list.clear();
        engine = open(false);
    }

    private Path file() {
        return index.resolve(WorkCatalog.FILE);
    }

    private boolean logged(String text) {
        return log.list.stream().anyMatch(e -> e.getFormattedMessage().contains(text));
    }

    /** The works of the engine's index as a fresh catalog groups them (no file read). */
    private static void assertSameAsFreshGrouping(Engine e, WorkCatalog.View view) throws IOException {
        WorkCatalog.View fresh = WorkCatalogAccess.reload(e);
        assertEquals(fresh.works().works(), view.works().works());
        assertEquals(fresh.works().links(), view.works().links());
        assertEquals(fresh.workOfDoc(), view.workOfDoc());
        assertEquals(fresh.provenance(), view.provenance());
        assertEquals(fresh.collections(), view.collections());
        assertEquals(fresh.tags(), view.tags());
        assertEquals(java.util.Arrays.toString(fresh.workOrdinal()), java.util.Arrays.toString(view.workOrdinal()));
    }

    @Test
    void aRestartReadsTheWorksBackAndAnUploadAfterItJoinsTheRightWork() throws Exception {
        WorkCatalog.View before = engine.reads().works();
        assertTrue(Files.size(file()) > 0, "saved at the commit");
        assertEquals(6, before.works().works().size(), before.works().works().toString());
        assertEquals(1, before.works().links().size(), before.works().links().toString()); // the draft and its final
        assertFalse(before.collections().isEmpty());

        restart();
        SearchResult first = engine.reads().search(SearchRequest.of("研发投入强度", 20));
        assertFalse(first.worksPending());
        assertTrue(logged("read back 6 works of 7 reports"), log.list.toString());
        assertFalse(logged("grouping all"), log.list.toString());
        WorkCatalog.View back = engine.reads().works();
        assertEquals(before.works().works(), back.works().works());
        assertEquals(before.works().links(), back.works().links());
        assertEquals(before.provenance(), back.provenance());
        assertEquals(before.collections(), back.collections());
        assertSameAsFreshGrouping(engine, back);

        // an upload after the restart: a near copy of seed 002 joins its work, and the new works are saved at the commit
        String seed2 = Files.readString(Path.of("corpus/002_62e1a830fce91b89.txt"));
        Files.createDirectories(corpus.resolve("late"));
        Files.writeString(corpus.resolve("late/002-late.txt"), seed2 + "\n（本文有删改）");
        engine.ingest().run(corpus, null);
        WorkCatalog.View after = engine.reads().works();
        String late = after.provenance().entrySet().stream().filter(e -> e.getValue().path().equals("late/002-late.txt"))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
        String seed = after.provenance().entrySet().stream().filter(e -> e.getValue().path().equals("002_62e1a830fce91b89.txt"))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
        assertEquals(seed, after.workOf(late));
        assertEquals(List.of("late"), after.collections().get(late));
        assertSameAsFreshGrouping(engine, after);

        restart();
        WorkCatalog.View again = engine.reads().works();
        assertTrue(logged("read back 6 works of 8 reports"), log.list.toString());
        assertEquals(after.works().works(), again.works().works());
        assertEquals(after.works().links(), again.works().links());
    }

    /** Waits up to 10 s for a line of the log. */
    private boolean loggedWithin(String text) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!logged(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return logged(text);
    }

    @Test
    void aServerJustStartedSearchesCollapsedWhileTheFingerprintsWaitAndTheyGoBackOnceItIsQuiet() throws Exception {
        WorkCatalog.View before = engine.reads().works();
        restart();
        engine.startGate().hold(); // as serve does
        SearchResult first = engine.reads().search(SearchRequest.of("研发投入强度", 20));
        assertFalse(first.worksPending(), "collapsed by the works read back");
        assertTrue(logged("read back 6 works of 7 reports"), log.list.toString());
        Thread.sleep(300);
        assertFalse(logged("back in place"), "the fingerprints wait for the server to serve: " + log.list);
        engine.startGate().serving();
        assertTrue(loggedWithin("fingerprints of 7 reports back in place"), "then for a quiet moment: " + log.list);
        assertEquals(before.works().works(), engine.reads().works().works().works());
    }

    @Test
    void aCommitWhileTheFingerprintsWaitPutsThemBackFirstAndGroupsAsAFreshCatalog() throws Exception {
        restart();
        engine.startGate().hold();
        engine.reads().works();
        assertFalse(logged("back in place"), log.list.toString());
        String seed2 = Files.readString(Path.of("corpus/002_62e1a830fce91b89.txt"));
        Files.writeString(corpus.resolve("002-late.txt"), seed2 + "\n（本文有删改）");
        engine.ingest().run(corpus, null); // the commit's grouping does not wait at the gate
        assertTrue(logged("fingerprints of 7 reports back in place"), log.list.toString());
        WorkCatalog.View after = engine.reads().works();
        assertEquals(6, after.works().works().size(), "the late copy joins seed 002's work: " + after.works().works());
        assertSameAsFreshGrouping(engine, after);
        engine.startGate().serving(); // the waiting thread finds nothing left to put back
        Thread.sleep(1500);
        assertEquals(1, log.list.stream().filter(e -> e.getFormattedMessage().contains("back in place")).count(), log.list.toString());
    }

    @Test
    void aFileOfAnotherIndexVersionIsSaidAndTheReportsAreGroupedAgain() throws Exception {
        Path older = tmp.resolve("older.bin");
        Files.copy(file(), older);
        Files.writeString(corpus.resolve("004-again.txt"), Files.readString(Path.of("corpus/004_c3cb54636e7088b5.txt")) + "（完）");
        engine.ingest().run(corpus, null); // a commit: the file is of the new version now
        engine.close();
        engine = null;
        Files.copy(older, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        restart();
        WorkCatalog.View view = engine.reads().works();
        assertTrue(logged("is of another index version; grouping all 8 reports"), log.list.toString());
        assertSameAsFreshGrouping(engine, view);
        restart(); // grouped again, the works were saved: read back now
        engine.reads().works();
        assertTrue(logged("read back"), log.list.toString());
    }

    @Test
    void aDamagedFileIsIgnoredWithALogLine() throws Exception {
        WorkCatalog.View before = engine.reads().works();
        engine.close();
        engine = null;
        byte[] bytes = Files.readAllBytes(file());
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file(), bytes);
        restart();
        WorkCatalog.View view = engine.reads().works();
        assertTrue(logged("is damaged (checksum); grouping all 7 reports"), log.list.toString());
        assertEquals(before.works().works(), view.works().works());
        assertSameAsFreshGrouping(engine, view);

        engine.close();
        engine = null;
        Files.write(file(), new byte[] {1, 2, 3});
        restart();
        engine.reads().works();
        assertTrue(logged("is damaged"), log.list.toString());
    }
}
