package com.policyminer.ingest;

import com.policyminer.TestIndexes;
import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.app.Engine;
import com.policyminer.extract.Extractors;
import com.policyminer.index.Schema;
import com.policyminer.parse.DocumentParser;
import com.policyminer.parse.TikaDocumentParser;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One file that takes forever must not hold back the commits: the files finished before it are
 * committed on schedule while it runs, so a kill at that moment loses nothing of them (issue 15).
 */
class StuckFileTest {

    @TempDir
    Path dir;

    @Test
    void filesFinishedBeforeAStuckFileAreCommittedWhileItRuns() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "兰州市2020年研发经费增长5%。");
        Files.writeString(corpus.resolve("b.txt"), "西安市2021年研发经费增长7%。");
        Files.writeString(corpus.resolve("z-stuck.txt"), "这个文件的解析不会结束。");
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TikaDocumentParser tika = new TikaDocumentParser(com.policyminer.app.Config.fromEnvironment(java.util.Map.of()).limits());
        DocumentParser parser = (file, path) -> {
            if (path.contains("stuck")) {
                stuck.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return tika.parse(file, path);
        };
        DocumentPipeline pipeline = new DocumentPipeline(parser, new HanLPAnalyzer(), Extractors.standard());
        pipeline.process(corpus.resolve("a.txt"), "warm-up"); // loads Tika, HanLP and the extractors' data first
        ExecutorService run = Executors.newSingleThreadExecutor();
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            CorpusIngest ingest = new CorpusIngest(pipeline, e.index(), 1, 1000, Duration.ofSeconds(2));
            Future<IngestReport> report = run.submit(() -> ingest.run(corpus, null));
            assertTrue(stuck.await(30, TimeUnit.SECONDS), "the stuck file was reached");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int committed = 0;
            while (committed < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                committed = committedReports(e.config().index());
            }
            assertEquals(2, committed, "a.txt and b.txt are committed while the stuck file runs");
            release.countDown();
            IngestReport r = report.get(60, TimeUnit.SECONDS);
            assertEquals(3, r.count(IngestOutcome.INDEXED));
            assertEquals(3, committedReports(e.config().index()));
        } finally {
            release.countDown();
            run.shutdownNow();
        }
    }

    /** Reports in the last commit, as a process opening the index after a kill would see them. */
    private static int committedReports(Path index) throws Exception {
        try (FSDirectory d = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(d)) {
                return 0;
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                return new IndexSearcher(r).count(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_REPORT)));
            }
        }
    }
}
