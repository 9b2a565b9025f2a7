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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parse suspected of losing text, as `ingest` (text and --json) and `extract --json` show it. */
class SuspectLossReportTest {

    private static final Path PROSE = Path.of("core/src/test/resources/fixtures/quoted-tags-report.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Runs the CLI and returns what it printed on stdout. */
    private static String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Main.run(args);
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path corpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(PROSE, corpus.resolve("抽查报告.html")); // the HTML parser swallows what follows a bare <script>
        Files.writeString(corpus.resolve("抽查报告.txt"), Files.readString(PROSE) + "（完）\n"); // other bytes: not a duplicate
        Files.copy(Path.of("corpus/003_b94fa3ae733f63a0.txt"), corpus.resolve("003.txt"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        return corpus;
    }

    @Test
    void ingestReportsTheWarningBesideTheOutcome() throws Exception {
        Path corpus = corpus();
        JsonNode report = JSON.readTree(run("ingest", "--index", dir.resolve("index").toString(), "--corpus", corpus.toString(), "--json"));
        assertEquals(4, report.get("seen").asInt());
        int sum = 0;
        for (JsonNode n : report.get("counts")) {
            sum += n.asInt();
        }
        assertEquals(4, sum, "the counts per outcome still add up to the files seen: " + report.get("counts"));
        assertEquals(3, report.get("counts").get("INDEXED").asInt());
        assertEquals(1, report.get("warnings").asInt());
        for (JsonNode f : report.get("files")) {
            String path = f.get("path").asText();
            if (path.equals("抽查报告.html")) {
                assertEquals("INDEXED", f.get("outcome").asText());
                assertTrue(f.get("warning").asText().matches("suspect_loss: kept \\d+ of about [\\d,]+ characters of text outside the HTML tags.*"),
                        f.toString());
            } else {
                assertEquals("", f.get("warning").asText(), f.toString());
            }
        }

        Files.writeString(corpus.resolve("抽查报告.html"), Files.readString(PROSE) + "\n（补充）"); // changed: parsed again
        String text = run("ingest", "--index", dir.resolve("index").toString(), "--corpus", corpus.toString());
        assertTrue(text.contains("updated 1, unchanged 2, removed 0, skipped 1, failed 0, warnings 1 (of 4 files"), text);
        assertTrue(text.contains("  WARNING UPDATED  抽查报告.html: suspect_loss: kept "), text);
    }

    @Test
    void extractJsonCarriesTheFindingInTheMetadata() throws Exception {
        Path html = Files.copy(PROSE, dir.resolve("抽查报告.html"));
        JsonNode doc = JSON.readTree(run("extract", html.toString(), "--json"));
        assertTrue(doc.get("metadata").get("suspect_loss").asText().startsWith("kept "), doc.get("metadata").toString());
        JsonNode clean = JSON.readTree(run("extract", PROSE.toString(), "--json"));
        assertFalse(clean.get("metadata").has("suspect_loss"));
        assertEquals(Files.readString(PROSE), clean.get("text").asText());
    }
}
