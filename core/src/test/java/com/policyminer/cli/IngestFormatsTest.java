package com.policyminer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** `ingest` takes every format of the fixtures folder, each under its own format name. */
class IngestFormatsTest {

    @TempDir
    Path dir;

    @Test
    void everyFormatIsIngestedUnderItsName() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (var files = Files.list(Path.of("core/src/test/resources/fixtures/formats"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("ingest", "--index", dir.resolve("index").toString(), "--corpus", corpus.toString(), "--json"));
        } finally {
            System.setOut(saved);
        }
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(9, report.get("seen").asInt());
        assertEquals(8, report.get("counts").get("INDEXED").asInt(), report.toString());
        assertEquals(1, report.get("counts").get("SKIPPED_DUPLICATE").asInt(), "report.wps has the bytes of report.doc");
        assertEquals(0, report.get("warnings").asInt());

        Map<String, String> formats = new HashMap<>();
        try (var engine = new com.policyminer.app.Engine(com.policyminer.app.Config.fromEnvironment(Map.of())
                .withIndex(dir.resolve("index")).withCorpus(corpus))) {
            engine.reads().documents().forEach(s -> formats.put(s.path(), s.format()));
        }
        assertEquals(Map.of("report-ooxml.wps", "wps", "report.doc", "doc", "report.epub", "epub", "report.odt", "odt",
                "report.ofd", "ofd", "report.rtf", "rtf", "statistics.xls", "xls", "statistics.xlsx", "xlsx"), formats);
    }
}
