package com.policyminer.ingest;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.parse.ParseLimits;
import com.policyminer.search.SearchRequest;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One batch of hostile and broken files next to good ones: every file gets a stable outcome and a
 * readable reason, the good ones are indexed, what was indexed before survives, the index stays
 * valid, and the log stays short.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFilesTest {

    private static final Charset GBK = Charset.forName("GBK");

    private Path corpus;
    private Path index;
    private IngestReport first;
    private IngestReport second;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Map<String, IngestOutcome> expected = new LinkedHashMap<>();

    static Config config(Path index, Path corpus) {
        return new Config(index, corpus, "127.0.0.1", 0, 2, 5,
                new ParseLimits(50L * 1024 * 1024, 1_000_000, Duration.ofSeconds(30)), "", 10L * 1024 * 1024, "");
    }

    @BeforeAll
    void ingestHostileBatch(@TempDir Path tmp) throws IOException {
        corpus = tmp.resolve("corpus");
        index = tmp.resolve("index");
        try (Stream<Path> seed = Files.list(Path.of("corpus"))) {
            for (Path p : seed.toList()) {
                HostileFiles.write(corpus, "seed/" + p.getFileName(), Files.readAllBytes(p));
            }
        }
        try (Engine engine = new Engine(config(index, corpus))) {
            first = engine.ingest().run(corpus, null);
        }
        file("truncated.pdf", HostileFiles.truncated(HostileFiles.pdf("Regional innovation centre report", "Second line of text"), 0.5),
                IngestOutcome.FAILED_CORRUPT);
        file("encrypted.pdf", HostileFiles.encryptedPdf(), IngestOutcome.FAILED_ENCRYPTED);
        file("garbage.pdf", HostileFiles.garbagePdf(), IngestOutcome.FAILED_NOT_TEXT);
        file("empty.pdf", new byte[0], IngestOutcome.SKIPPED_EMPTY);
        file("random.pdf", HostileFiles.randomBytes(42, 20_000), IngestOutcome.FAILED_CORRUPT);
        file("bomb.docx", HostileFiles.zipBombDocx(200), IngestOutcome.FAILED_TOO_LARGE);
        file("nested.html", HostileFiles.nestedHtml(100_000), IngestOutcome.INDEXED);
        file("one-line.txt", HostileFiles.hugeLine(3_000_000), IngestOutcome.INDEXED);
        file("unknown.qqq", HostileFiles.randomBytes(7, 5_000), IngestOutcome.FAILED_UNSUPPORTED);
        file("chemistry.xyz", HostileFiles.randomBytes(8, 5_000), IngestOutcome.FAILED_UNSUPPORTED);
        file("gbk.txt", HostileFiles.text("广州市海洋经济发展报告。" + HostileFiles.CHINESE.repeat(5), GBK), IngestOutcome.INDEXED);
        file("utf16.txt", HostileFiles.text("\uFEFF攀枝花市数字经济发展报告。" + HostileFiles.CHINESE.repeat(5), StandardCharsets.UTF_16BE),
                IngestOutcome.INDEXED);
        file("good.pdf", HostileFiles.pdf("Harbour economy development report", "Blue economy indicators"), IngestOutcome.INDEXED);
        file("名字 with spaces.txt", HostileFiles.text("武汉市科技报告。" + HostileFiles.CHINESE, StandardCharsets.UTF_8),
                IngestOutcome.INDEXED);
        file("中文目录/政策报告.txt", HostileFiles.text("长沙市政策报告。" + HostileFiles.CHINESE + "一", StandardCharsets.UTF_8),
                IngestOutcome.INDEXED);
        file("x\\..\\..\\escape.txt", HostileFiles.text("南宁市报告。" + HostileFiles.CHINESE + "二", StandardCharsets.UTF_8),
                IngestOutcome.INDEXED);
        file("..dots..txt", HostileFiles.text("hidden by its leading dot", StandardCharsets.UTF_8), null);

        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try (Engine engine = new Engine(config(index, corpus))) {
            second = engine.ingest().run(corpus, null);
        } finally {
            root.detachAppender(log);
        }
    }

    private void file(String name, byte[] bytes, IngestOutcome outcome) throws IOException {
        HostileFiles.write(corpus, name, bytes);
        if (outcome != null) {
            expected.put(name, outcome);
        }
    }

    @Test
    void everyFileHasItsStableOutcomeAndAReadableReason() {
        Map<String, FileResult> byPath = second.files().stream().collect(Collectors.toMap(FileResult::path, Function.identity()));
        StringBuilder wrong = new StringBuilder();
        expected.forEach((name, outcome) -> {
            FileResult r = byPath.get(name);
            if (r == null || r.outcome() != outcome) {
                wrong.append(name).append(": expected ").append(outcome).append(", got ")
                        .append(r == null ? "nothing" : r.outcome() + " (" + r.message() + ")").append('\n');
            } else if (outcome != IngestOutcome.INDEXED && (r.message().isBlank() || r.message().length() > 400)) {
                wrong.append(name).append(": unreadable message '").append(r.message()).append("'\n");
            }
        });
        assertEquals("", wrong.toString());
    }

    @Test
    void countsAddUpAndNothingIndexedBeforeIsLost() {
        assertEquals(5, first.count(IngestOutcome.INDEXED));
        assertEquals(5, second.count(IngestOutcome.UNCHANGED), second.summary());
        assertEquals(0, second.count(IngestOutcome.REMOVED));
        assertEquals(0, second.count(IngestOutcome.FAILED_INTERNAL));
        assertEquals(5 + expected.size(), second.seen(), "the dot file is hidden; every other file is seen once");
        int sum = second.counts().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(second.seen(), sum);
    }

    @Test
    void indexStaysValidAndSearchable() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
            assertTrue(check.checkIndex().clean);
        }
        try (Engine engine = new Engine(config(index, corpus))) {
            long indexed = expected.values().stream().filter(o -> o == IngestOutcome.INDEXED).count();
            assertEquals(5 + indexed, engine.index().indexedReports().size());
            assertEquals(List.of("gbk.txt"), paths(engine, "广州市"));
            assertEquals(List.of("utf16.txt"), paths(engine, "攀枝花"));
            assertEquals(List.of("good.pdf"), paths(engine, "harbour"));
            assertEquals(List.of("x\\..\\..\\escape.txt"), paths(engine, "南宁市"),
                    "a backslash in a Linux file name is a character, not a separator");
            assertFalse(paths(engine, "西安").isEmpty(), "the seed corpus is still searchable");
        }
    }

    @Test
    void brokenFilesDoNotFloodTheLog() {
        assertTrue(log.list.size() < 60, "log lines: " + log.list.size());
        assertTrue(log.list.stream().noneMatch(e -> e.getLoggerName().startsWith("org.apache.pdfbox")
                || e.getLoggerName().startsWith("org.apache.fontbox")));
        assertTrue(log.list.stream().allMatch(e -> e.getThrowableProxy() == null),
                "expected failures are logged as one line, without a stack trace");
    }

    /** Reports with the words as written (no aliases: 广州市 would also find the seeds naming 广州). */
    private static List<String> paths(Engine engine, String q) throws IOException {
        SearchRequest asWritten = new SearchRequest(q, "auto", 1, 50, null, List.of(), null, null, "relevance",
                List.of(), false, List.of(), List.of(), false);
        return engine.reads().search(asWritten).hits().stream().map(h -> h.path()).sorted().toList();
    }
}
