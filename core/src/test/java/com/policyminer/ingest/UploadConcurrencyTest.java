package com.policyminer.ingest;

import com.policyminer.TestIndexes;
import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.app.Engine;
import com.policyminer.extract.Extractors;
import com.policyminer.parse.DocumentParser;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upload is parsed, segmented and extracted outside the write lock: a 30-byte upload does not
 * wait for a large one still being parsed, and no writer is kept waiting meanwhile (issue 15).
 */
class UploadConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void aSmallUploadIsNotBlockedByASlowOne() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TikaDocumentParser tika = new TikaDocumentParser(com.policyminer.app.Config.fromEnvironment(java.util.Map.of()).limits());
        DocumentParser parser = (file, path) -> {
            try {
                if (Files.readString(file, StandardCharsets.UTF_8).contains("慢")) {
                    slowStarted.countDown();
                    release.await(60, TimeUnit.SECONDS);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return tika.parse(file, path);
        };
        DocumentPipeline pipeline = new DocumentPipeline(parser, new HanLPAnalyzer(), Extractors.standard());
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            UploadIngest uploads = new UploadIngest(pipeline, e.index(), corpus, e.writeLock());
            Future<FileResult> slow = clients.submit(() -> uploads.accept("big.txt",
                    new ByteArrayInputStream("一个很慢的大文件：2020年增长5%。".getBytes(StandardCharsets.UTF_8))));
            assertTrue(slowStarted.await(30, TimeUnit.SECONDS));
            Future<FileResult> small = clients.submit(() -> uploads.accept("small.txt",
                    new ByteArrayInputStream("西安市2021年研发经费增长7%。".getBytes(StandardCharsets.UTF_8))));
            assertEquals(IngestOutcome.INDEXED, small.get(30, TimeUnit.SECONDS).outcome(), "the small upload is done first");
            assertFalse(slow.isDone());
            assertFalse(e.writeLock().isLocked(), "parsing holds no lock");
            release.countDown();
            assertEquals(IngestOutcome.INDEXED, slow.get(30, TimeUnit.SECONDS).outcome());
            assertEquals(2, e.index().indexedReports().size());
        } finally {
            release.countDown();
            clients.shutdownNow();
        }
    }

    @Test
    void theSameBytesUploadedTwiceAtOnceAreIndexedOnce() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        byte[] bytes = "兰州市2020年研发经费增长5%。".getBytes(StandardCharsets.UTF_8);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            UploadIngest uploads = new UploadIngest(e.pipeline(), e.index(), corpus, e.writeLock());
            Future<FileResult> a = clients.submit(() -> uploads.accept("a.txt", new ByteArrayInputStream(bytes)));
            Future<FileResult> b = clients.submit(() -> uploads.accept("b.txt", new ByteArrayInputStream(bytes)));
            var outcomes = java.util.List.of(a.get(60, TimeUnit.SECONDS).outcome(), b.get(60, TimeUnit.SECONDS).outcome());
            assertEquals(1, outcomes.stream().filter(o -> o == IngestOutcome.INDEXED).count(), outcomes.toString());
            assertEquals(1, e.index().indexedReports().size());
        } finally {
            clients.shutdownNow();
        }
    }
}
