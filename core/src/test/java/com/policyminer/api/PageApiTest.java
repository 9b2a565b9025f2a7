package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.render.RenderLimits;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /api/documents/{id}/pages and /pages/{n} over real HTTP: a six-page PDF uploaded (stored under
 * uploads/), a one-page PDF in the corpus folder, the seed reports (text, not paged).
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageApiTest {

    private static final Path SIX_PAGES = Path.of("core/src/test/resources/fixtures/seed-004-pages.pdf");
    private static final Path ONE_PAGE = Path.of("core/src/test/resources/fixtures/report-zh.pdf");

    private TestServer server;
    private String uploaded;
    private String inCorpus;
    private String text;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        server = TestServer.loopback(tmp);
        HttpResponse<String> up = server.upload(new TestServer.Multipart().file("六页报告.pdf", Files.readAllBytes(SIX_PAGES)));
        JsonNode f = StoredJson.MAPPER.readTree(up.body()).get("files").get(0);
        assertEquals("INDEXED", f.get("outcome").asText(), up.body());
        uploaded = f.get("docId").asText();
        Files.copy(ONE_PAGE, server.corpus.resolve("report-zh.pdf"));
        server.engine.ingest().run(server.corpus, null);
        inCorpus = server.engine.reads().documents().stream().filter(d -> d.path().equals("report-zh.pdf")).findFirst().orElseThrow().id();
        text = server.engine.reads().documents().stream().filter(d -> d.format().equals("txt")).findFirst().orElseThrow().id();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return server.http.send(HttpRequest.newBuilder(URI.create(server.base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static BufferedImage image(HttpResponse<byte[]> r) throws Exception {
        assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        return ImageIO.read(new ByteArrayInputStream(r.body()));
    }

    @Test
    void thePageListHasNumberLabelSizeAndTextSpan() throws Exception {
        HttpResponse<String> r = server.get("/api/documents/" + uploaded + "/pages");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = StoredJson.MAPPER.readTree(r.body());
        assertEquals(6, body.get("total").asInt());
        int previousEnd = -1;
        for (int i = 0; i < 6; i++) {
            JsonNode p = body.get("pages").get(i);
            assertEquals(i + 1, p.get("number").asInt());
            assertEquals(Integer.toString(i + 1), p.get("label").asText());
            assertEquals(595.3, p.get("width").asDouble(), 0.5, "A4 in points");
            assertEquals(841.9, p.get("height").asDouble(), 0.5);
            // a paragraph that runs on to the next page: that page starts where the previous one ends
            assertTrue(p.get("start").asInt() >= previousEnd && p.get("end").asInt() > p.get("start").asInt(), p.toString());
            assertFalse(p.has("boxes"), "the list leaves the line boxes out");
            previousEnd = p.get("end").asInt();
        }
    }

    @Test
    void aPageIsAPngAndTheSecondRequestComesFromTheCache() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> first = bytes("/api/documents/" + uploaded + "/pages/2");
        long t1 = System.nanoTime();
        HttpResponse<byte[]> again = bytes("/api/documents/" + uploaded + "/pages/2");
        long t2 = System.nanoTime();
        BufferedImage img = image(first);
        assertEquals(909, img.getWidth()); // A4, 595.3 pt at 110 dpi
        assertEquals(1286, img.getHeight());
        assertEquals("miss", first.headers().firstValue("X-Render-Cache").orElse(""));
        assertEquals("hit", again.headers().firstValue("X-Render-Cache").orElse(""));
        assertEquals("2", again.headers().firstValue("X-Page-Label").orElse(""));
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertArrayEquals(first.body(), again.body());
        System.out.printf("GET page 2: first %.0f ms, cached %.1f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        assertTrue(t2 - t1 < t1 - t0, "the cached answer was not faster");
        assertEquals(584, image(bytes("/api/documents/" + uploaded + "/pages/2?dpi=50")).getHeight()); // 841.9 pt at 50 dpi
    }

    @Test
    void aPdfInTheCorpusFolderHasItsPageToo() throws Exception {
        assertTrue(image(bytes("/api/documents/" + inCorpus + "/pages/1?dpi=72")).getWidth() > 100);
    }

    @Test
    void aSpanIsOutlinedFromTheLineBoxesThePdfReaderRecorded() throws Exception {
        JsonNode p = StoredJson.MAPPER.readTree(server.get("/api/documents/" + uploaded + "/pages").body()).get("pages").get(0);
        int start = p.get("start").asInt();
        HttpResponse<byte[]> plain = bytes("/api/documents/" + uploaded + "/pages/1");
        HttpResponse<byte[]> outlined = bytes("/api/documents/" + uploaded + "/pages/1?start=" + start + "&end=" + (start + 8));
        image(outlined);
        assertTrue(Integer.parseInt(outlined.headers().firstValue("X-Outline-Boxes").orElse("0")) >= 1);
        assertFalse(java.util.Arrays.equals(plain.body(), outlined.body()));
    }

    @Test
    void malformedRequestsAre400() throws Exception {
        String base = "/api/documents/" + uploaded + "/pages/";
        for (String q : new String[] {"abc", "0", "-1", "1.5", "99999999999", "%20", "1?dpi=10", "1?dpi=500", "1?dpi=x",
                "1?start=3", "1?end=9", "1?start=5&end=5", "1?start=9&end=5", "1?start=-1&end=3", "1?start=x&end=4",
                "1?start=1&end=99999999999"}) {
            assertError(base + q, 400, "bad_request");
        }
    }

    @Test
    void randomPageRequestsNeverGetA5xx() throws Exception {
        String[] numbers = {"1", "2", "6", "7", "0", "-1", "abc", "1e3", "%20", "%EF%BC%92", "99999999999", "1.0", "..%2F1"}; // (a %00 in the path is refused by Jetty itself, with its own HTML 400)
        String[] dpis = {"", "110", "50", "200", "49", "201", "x", "1e2", "-110", "%EF%BC%91%EF%BC%91%EF%BC%90", "%00"};
        String[] offsets = {"", "0", "5", "3000", "-1", "x", "99999999999", "2147483647", "%20"};
        java.util.Random rnd = new java.util.Random(20261206L);
        for (int i = 0; i < 300; i++) {
            StringBuilder q = new StringBuilder("/api/documents/" + uploaded + "/pages/" + numbers[rnd.nextInt(numbers.length)] + "?");
            for (String name : new String[] {"dpi", "start", "end"}) {
                String v = (name.equals("dpi") ? dpis : offsets)[rnd.nextInt(name.equals("dpi") ? dpis.length : offsets.length)];
                if (!v.isEmpty()) {
                    q.append(name).append('=').append(v).append('&');
                }
            }
            HttpResponse<byte[]> r = bytes(q.toString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(r.statusCode() < 500, q + " → " + r.statusCode());
            assertTrue(r.statusCode() == 200 ? type.equals("image/png") : type.startsWith("application/json"), q + " → " + type);
        }
    }

    @Test
    void unknownUnpagedAndOutOfRangeAre404() throws Exception {
        assertError("/api/documents/" + "a".repeat(64) + "/pages", 404, "not_found");
        assertError("/api/documents/" + "a".repeat(64) + "/pages/1", 404, "not_found");
        assertError("/api/documents/not-an-id/pages/1", 404, "not_found");
        assertError("/api/documents/" + text + "/pages", 404, "not_paged");
        assertError("/api/documents/" + text + "/pages/1", 404, "not_paged");
        assertError("/api/documents/" + uploaded + "/pages/7", 404, "no_such_page");
        assertError("/api/documents/" + inCorpus + "/pages/2", 404, "no_such_page");
    }

    @Test
    void aDocumentWhoseFileLeftTheCorpusSaysSo(@TempDir Path tmp) throws Exception {
        Path moved = tmp.resolve("moved.pdf");
        Files.move(server.corpus.resolve("report-zh.pdf"), moved);
        try {
            assertError("/api/documents/" + inCorpus + "/pages/1", 404, "original_missing");
        } finally {
            Files.move(moved, server.corpus.resolve("report-zh.pdf"));
        }
        assertEquals(200, bytes("/api/documents/" + inCorpus + "/pages/1").statusCode());
    }

    @Test
    void aRenderPastTheTimeLimitIs503(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(SIX_PAGES, corpus.resolve("a.pdf"));
        Config config = Config.fromEnvironment().withIndex(tmp.resolve("index")).withCorpus(corpus);
        try (Engine engine = new Engine(config, RenderLimits.standard().withTimeout(Duration.ofMillis(1)))) {
            engine.ingest().run(corpus, null);
            Javalin app = new ApiServer(engine).create().start("127.0.0.1", 0);
            try {
                String id = engine.reads().documents().get(0).id();
                HttpResponse<String> r = server.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                        + "/api/documents/" + id + "/pages/1?dpi=200")).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("render_timeout", StoredJson.MAPPER.readTree(r.body()).get("error").asText());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
                assertEquals("5", r.headers().firstValue("Retry-After").orElse(""));
            } finally {
                app.stop();
            }
        }
    }

    private void assertError(String path, int status, String code) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertEquals(status, r.statusCode(), path + " → " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        JsonNode body = StoredJson.MAPPER.readTree(r.body());
        assertEquals(code, body.get("error").asText(), path + " → " + r.body());
        assertFalse(body.get("message").asText().isBlank());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    }
}
