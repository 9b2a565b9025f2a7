package com.policyminer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.search.ReportSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ingest --shard i/n} on the embedded index: the two shares run one after the other into one index give the
 * index one ingest gives (the same reports under the same paths), each share reports what it took and what it left,
 * a re-run of a share changes nothing, a removed file is removed by one share only, and a bad argument is refused.
 */
class IngestShardTest {

    @TempDir
    Path dir;

    record Output(int code, String out, String err) {
    }

    static synchronized Output run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Output(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The bundled corpus, a copy of one of its files (a duplicate) and an empty file. */
    private Path corpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (var files = Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        Files.copy(corpus.resolve("002_62e1a830fce91b89.txt"), corpus.resolve("copy of 002.txt"));
        Files.writeString(corpus.resolve("empty.txt"), "");
        return corpus;
    }

    private JsonNode ingest(Path corpus, String index, String... more) throws Exception {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"ingest", "--corpus", corpus.toString(), "--index", dir.resolve(index).toString(), "--json"},
                0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        Output r = run(args);
        assertEquals(0, r.code, r.err + r.out);
        return StoredJson.MAPPER.readTree(r.out);
    }

    private Map<String, String> reports(Path corpus, String index) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Engine e = new Engine(Config.fromEnvironment(Map.of()).withIndex(dir.resolve(index)).withCorpus(corpus))) {
            for (ReportSummary s : e.reads().documents()) {
                out.put(s.path(), s.id());
            }
        }
        return out;
    }

    private static int count(JsonNode report, String outcome) {
        return report.get("counts").path(outcome).asInt(0);
    }

    @Test
    void twoSharesIntoOneIndexAreTheCorpusOnce() throws Exception {
        Path corpus = corpus();
        JsonNode whole = ingest(corpus, "whole");
        assertEquals(7, whole.get("seen").asInt());
        assertEquals(5, count(whole, "INDEXED"));

        JsonNode first = ingest(corpus, "shared", "--shard", "1/2");
        JsonNode second = ingest(corpus, "shared", "--shard", "2/2");
        assertEquals("1/2", first.get("shard").asText());
        assertTrue(count(first, "INDEXED") > 0 && count(second, "INDEXED") > 0, "both shares take some reports");
        assertEquals(7, first.get("seen").asInt() + first.get("otherShares").asInt(), "a share accounts for every entry");
        assertEquals(7, first.get("seen").asInt() + second.get("seen").asInt(), "every entry in exactly one share");
        assertEquals(5, count(first, "INDEXED") + count(second, "INDEXED"));
        assertEquals(1, count(first, "SKIPPED_DUPLICATE") + count(second, "SKIPPED_DUPLICATE"));
        assertEquals(1, count(first, "SKIPPED_EMPTY") + count(second, "SKIPPED_EMPTY"));
        assertEquals(reports(corpus, "whole"), reports(corpus, "shared"));
        assertEquals(5, reports(corpus, "shared").size());

        JsonNode again = ingest(corpus, "shared", "--shard", "2/2");
        assertEquals(count(second, "INDEXED"), count(again, "UNCHANGED"), "a re-run of a share is idempotent");
        assertEquals(0, count(again, "INDEXED"));

        Files.delete(corpus.resolve("001_a619ee9cd5a0211b.txt"));
        JsonNode a = ingest(corpus, "shared", "--shard", "1/2");
        JsonNode b = ingest(corpus, "shared", "--shard", "2/2");
        assertEquals(1, count(a, "REMOVED") + count(b, "REMOVED"), "the share of its content removes a file gone");
        assertEquals(4, reports(corpus, "shared").size());
    }

    @Test
    void theSummaryLineSaysWhatTheShareTookAndLeft() throws Exception {
        Path corpus = corpus();
        Output r = run("ingest", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString(), "--shard", "1/2");
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.matches("(?s).*; shard 1/2: took \\d+ files, left \\d+ to the other shards.*"), r.out);
    }

    @Test
    void aBadShareIsRefusedWithItsReason() throws Exception {
        Path corpus = corpus();
        for (String bad : new String[] {"0/2", "3/2", "a/b", "1/0", "2", "1/2/3", "-1/2", ""}) {
            Output r = run("ingest", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString(), "--shard", bad);
            assertEquals(2, r.code, bad);
            assertTrue(r.err.startsWith("error: --shard ") && r.err.contains(bad.isEmpty() ? "''" : bad), bad + ": " + r.err);
            assertEquals(1, r.err.strip().lines().count(), "one line: " + r.err);
        }
        assertTrue(Files.notExists(dir.resolve("index")), "nothing was opened");
    }
}
