package com.policyminer.ingest;

import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every entry of the corpus folder gets an outcome, and names that are not valid UTF-8 stay apart
 * (issue 15): three names differing only in an invalid byte were indexed as one.
 */
class CorpusEntriesTest {

    @TempDir
    Path dir;

    /** A path whose last name is given as percent-escaped bytes (the JDK decodes a file URI to raw bytes). */
    private static Path rawName(Path folder, String escaped) {
        return Path.of(URI.create(folder.toAbsolutePath().toUri() + escaped));
    }

    @Test
    void namesThatAreNotUtf8AreKeptApart() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(rawName(corpus, "bad-%FF.txt"), "兰州市2020年研发经费增长5%。", StandardCharsets.UTF_8);
        Files.writeString(rawName(corpus, "bad-%FE.txt"), "西安市2021年研发经费增长7%。", StandardCharsets.UTF_8);
        Files.writeString(rawName(corpus, "bad-%FD.txt"), "成都市2022年研发经费增长9%。", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("bad-%FF literally.txt"), "重庆市2022年研发经费增长3%。", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("报告.txt"), "天津市2022年研发经费增长4%。", StandardCharsets.UTF_8);
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            IngestReport r = e.ingest().run(corpus, null);
            assertEquals(5, r.count(IngestOutcome.INDEXED), r.summary());
            Set<String> paths = new TreeSet<>(e.index().indexedReports().keySet());
            assertEquals(new TreeSet<>(Set.of("bad-%FF.txt", "bad-%FE.txt", "bad-%FD.txt", "bad-%25FF literally.txt", "报告.txt")),
                    paths);
            assertEquals(5, e.ingest().run(corpus, null).count(IngestOutcome.UNCHANGED), "stable across runs");
        }
    }

    @Test
    void linksAndPipesAreReportedAsSkippedAndTheCountsAddUp() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path outside = Files.writeString(dir.resolve("secret.txt"), "不应被索引的文件。");
        Files.writeString(corpus.resolve("a.txt"), "兰州市2020年研发经费增长5%。");
        Files.createSymbolicLink(corpus.resolve("link.txt"), outside);
        Files.createSymbolicLink(corpus.resolve("folder-link"), dir);
        Process mkfifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            IngestReport r = e.ingest().run(corpus, null);
            Map<String, IngestOutcome> outcomes = r.files().stream().collect(Collectors.toMap(FileResult::path, FileResult::outcome));
            assertEquals(Map.of("a.txt", IngestOutcome.INDEXED, "link.txt", IngestOutcome.SKIPPED_SYMLINK,
                    "folder-link", IngestOutcome.SKIPPED_SYMLINK, "pipe.txt", IngestOutcome.SKIPPED_SPECIAL), outcomes);
            assertEquals(4, r.seen(), "counts add up to the entries of the folder");
            assertTrue(r.summary().contains("skipped 3"), r.summary());
            assertEquals(Set.of("a.txt"), e.index().indexedReports().keySet());
        }
    }

    @Test
    void emptyFilesAreEachEmptyNotDuplicatesOfOneAnother() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.write(corpus.resolve("empty.pdf"), new byte[0]);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("a.txt"), "兰州市2020年研发经费增长5%。");
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            IngestReport r = e.ingest().run(corpus, null);
            Map<String, IngestOutcome> outcomes = r.files().stream().collect(Collectors.toMap(FileResult::path, FileResult::outcome));
            assertEquals(Map.of("a.txt", IngestOutcome.INDEXED, "empty.pdf", IngestOutcome.SKIPPED_EMPTY,
                    "empty.txt", IngestOutcome.SKIPPED_EMPTY), outcomes);
            // a file emptied after it was indexed leaves the index
            Files.write(corpus.resolve("a.txt"), new byte[0]);
            IngestReport again = e.ingest().run(corpus, null);
            assertEquals(3, again.count(IngestOutcome.SKIPPED_EMPTY), again.summary());
            assertEquals(Set.of(), e.index().indexedReports().keySet());
        }
    }
}
