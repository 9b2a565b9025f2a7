package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.index.StoredJson;
import com.policyminer.search.SearchSlots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every search and heavy read waits its turn in the search slots, and a full queue is a 503 with
 * Retry-After, as JSON (issue 21); the figures CSV is streamed and gives its slot back.
 */
class BusyServerTest {

    @Test
    void withTheQueueFullEveryHeavyReadIsA503WithRetryAfterAndRunsOnceASlotIsFree(@TempDir Path tmp) throws Exception {
        try (TestServer server = TestServer.loopback(tmp)) {
            String id = StoredJson.MAPPER.readTree(server.get("/api/documents").body()).get("documents").get(0).get("id").asText();
            // a fresh engine: no entity list kept yet (each is read once per index version)
            List<String> reads = List.of(
                    "/api/search?q=" + enc("创新"),
                    "/api/figures?subject=" + enc("西安"),
                    "/api/figures?format=csv&subject=" + enc("西安"),
                    "/api/documents",
                    "/api/documents/" + id,
                    "/api/documents/" + id + "/similar",
                    "/api/regions/" + enc("西安"),
                    "/api/policies",
                    "/api/orgs",
                    "/api/mentions?type=region&entity=" + enc("西安"),
                    "/api/cooccurrence/partners?entity=" + enc("西安")); // reads the reports that mention it
            // the comparison's corpus table is read after each commit, in the background: ready, it needs no slot
            List<String> precomputed = List.of("/api/compare", "/api/conflicts", "/api/cooccurrence");
            for (String read : precomputed) {
                assertEquals(200, server.get(read).statusCode(), read);
            }
            SearchSlots slots = server.engine.searchSlots();
            for (int i = 0; i < slots.size(); i++) {
                slots.acquire();
            }
            try {
                slots.limits(0, Duration.ofSeconds(30)); // no one may wait
                for (String read : reads) {
                    HttpResponse<String> r = server.get(read);
                    assertEquals(503, r.statusCode(), read + ": " + r.body());
                    assertTrue(r.headers().firstValue("Retry-After").orElse("").matches("[1-9][0-9]*"), read);
                    JsonNode error = StoredJson.MAPPER.readTree(r.body());
                    assertEquals("busy", error.get("error").asText(), read);
                }
                for (String read : precomputed) {
                    assertEquals(200, server.get(read).statusCode(), read + " answers from the precomputed view");
                }
            } finally {
                slots.limits(64, Duration.ofSeconds(5));
                for (int i = 0; i < slots.size(); i++) {
                    slots.release();
                }
            }
            for (String read : reads) {
                HttpResponse<String> r = server.get(read);
                assertEquals(200, r.statusCode(), read + ": " + r.body());
            }
            assertEquals(0, slots.waiting());
        }
    }

    @Test
    void theFiguresCsvStreamsEveryFigureAndSaysHowManyMatch(@TempDir Path tmp) throws Exception {
        try (TestServer server = TestServer.loopback(tmp)) {
            JsonNode json = StoredJson.MAPPER.readTree(server.get("/api/figures?size=1").body());
            long total = json.get("total").asLong();
            assertTrue(total > 300, "the seeds have hundreds of figures: " + total);
            HttpResponse<String> csv = server.get("/api/figures?format=csv");
            assertEquals(200, csv.statusCode());
            assertEquals(String.valueOf(total), csv.headers().firstValue("X-Total-Count").orElse(""));
            assertEquals(total + 1, csv.body().split("\r\n").length, "a header and one row per figure");
            HttpResponse<String> window = server.get("/api/figures?format=csv&size=5&page=2");
            String[] lines = window.body().split("\r\n");
            assertEquals(6, lines.length);
            assertEquals(csv.body().split("\r\n")[6], lines[1], "page 2 of 5 starts at the sixth figure");
            assertEquals(400, server.get("/api/figures?format=csv&size=0").statusCode());
            assertEquals(0, server.engine.searchSlots().waiting());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
