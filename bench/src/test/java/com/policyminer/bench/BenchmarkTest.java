package com.policyminer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.index.StoredJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole benchmark end to end on a tiny corpus: every section is there and the counters add up. */
@Tag("slow")
class BenchmarkTest {

    @Test
    void tinyRunWritesEverySection(@TempDir Path out) throws Exception {
        BenchSettings s = new BenchSettings(out, Path.of("corpus"), 42, 12, 4, 2, 5, 2, Duration.ofSeconds(1), 1, 1, true,
                PdfBenchSettings.off(), false);
        BenchReport report = new Benchmark(s, new PrintStream(new ByteArrayOutputStream())).run();

        JsonNode json = StoredJson.MAPPER.readTree(Files.readString(out.resolve("bench.json")));
        for (String section : List.of("environment", "corpus", "ingest", "search", "scan", "searchVsScan", "load", "pdf", "targets")) {
            assertTrue(json.has(section), "bench.json has no " + section);
        }
        assertEquals(List.of("smartcn", "cjk-bigram", "ours-index-only", "ours-full"),
                report.ingest().stream().map(IngestRun::pipeline).toList());
        report.ingest().forEach(r -> assertEquals(12, r.docs(), r.pipeline()));
        assertEquals(12, json.at("/corpus/distinct").asInt());
        assertEquals(BenchQueries.load().size(), report.search().queries());
        assertEquals(0, report.load().errors(), report.load().errorSamples().toString());
        assertEquals(4, report.load().newIndexed());
        assertEquals(4, report.load().newSearchable());
        assertTrue(BenchTable.format(report).contains("| ours-full |"));
    }
}
