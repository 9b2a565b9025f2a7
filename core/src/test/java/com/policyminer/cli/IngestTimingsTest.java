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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ingest --timings} and {@code ingest --json} say where the run's time went, stage by stage (issue 18). */
class IngestTimingsTest {

    @TempDir
    Path dir;

    private String run(Path corpus, String index, String flag) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("ingest", "--index", dir.resolve(index).toString(), "--corpus", corpus.toString(),
                    "--threads", "2", flag));
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachStageIsTimedOncePerFileAndTheTotalsAddUp() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (var seeds = Files.list(Path.of("corpus"))) {
            for (Path p : seeds.toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        JsonNode timings = new ObjectMapper().readTree(run(corpus, "index", "--json")).get("timings");
        Map<String, JsonNode> stages = new HashMap<>();
        timings.get("stages").forEach(s -> stages.put(s.get("stage").asText(), s));
        for (String perFile : new String[] {"parse", "segment (HanLP)", "extract regions", "extract organizations",
                "extract policies", "extract figures", "fingerprint", "build index documents", "add to index"}) {
            assertEquals(5, stages.get(perFile).get("runs").asInt(), perFile + ": once for each of the 5 files");
        }
        assertEquals(1, stages.get("list and hash files").get("runs").asInt());
        assertTrue(stages.containsKey("commit"), stages.keySet().toString());
        double sum = 0;
        for (JsonNode s : timings.get("stages")) {
            double cpu = s.get("cpuSeconds").asDouble();
            assertTrue(cpu >= 0 && s.get("wallSeconds").asDouble() >= 0, s.toString());
            sum += cpu;
        }
        assertTrue(stages.get("segment (HanLP)").get("cpuSeconds").asDouble() > 0, "segmenting 5 reports takes CPU");
        assertTrue(stages.get("parse").get("cpuSeconds").asDouble() > 0, "the parse is timed on the thread it runs on");
        assertTrue(timings.get("processCpuSeconds").asDouble() >= sum * 0.9,
                "the process's CPU holds the stages' (up to the clocks' granularity): " + timings);

        String table = run(corpus, "index2", "--timings");
        assertTrue(table.startsWith("added 5,"), table);
        assertTrue(table.contains("segment (HanLP)") && table.contains("add to index") && table.contains("process CPU"), table);
    }
}
