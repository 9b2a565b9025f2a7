package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.index.StoredJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Provenance: an upload keeps its own name, the time it came and the address it came from; a web page
 * says its own address (og:url); all are in the works API and the search hits, and {@code source:} finds them.
 */
class ProvenanceApiTest {

    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.loopback(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        return StoredJson.MAPPER.readTree(r.body());
    }

    @Test
    void anUploadKeepsItsNameTimeAndSourceAndACopyOfASeedJoinsItsWork() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        byte[] seed = Files.readAllBytes(Path.of("corpus/002_62e1a830fce91b89.txt"));
        byte[] copy = (new String(seed, StandardCharsets.UTF_8) + "\n（转载）\n").getBytes(StandardCharsets.UTF_8);
        JsonNode up = json(server.upload(new TestServer.Multipart().field("sourceUrl", "https://www.example.gov.cn/kj/2022/a.html")
                .file("科技政策转载稿.txt", copy)), 200);
        String id = up.get("files").get(0).get("docId").asText();

        JsonNode work = json(server.get("/api/works/" + id), 200);
        assertEquals(2, work.get("files").size(), work.toString());
        JsonNode uploaded = null;
        for (JsonNode f : work.get("files")) {
            if (f.get("docId").asText().equals(id)) {
                uploaded = f;
            }
        }
        assertNotNull(uploaded);
        assertEquals("科技政策转载稿.txt", uploaded.get("fileName").asText());
        assertTrue(uploaded.get("path").asText().startsWith("uploads/"));
        assertEquals("https://www.example.gov.cn/kj/2022/a.html", uploaded.get("sourceUrl").asText());
        assertTrue(!Instant.parse(uploaded.get("uploadedAt").asText()).isBefore(before.minusSeconds(1)));
        assertEquals("002_62e1a830fce91b89.txt", work.get("files").get(0).get("path").asText(), "the seed names the work");

        JsonNode hits = json(server.get("/api/search?q=" + URLEncoder.encode("source:gov", StandardCharsets.UTF_8)), 200);
        assertEquals(1, hits.get("total").asInt(), hits.toString());
        assertEquals(id, hits.get("hits").get(0).get("id").asText());
        assertEquals("https://www.example.gov.cn/kj/2022/a.html", hits.get("hits").get(0).get("sourceUrl").asText());
        JsonNode doc = json(server.get("/api/documents/" + id), 200);
        assertEquals("https://www.example.gov.cn/kj/2022/a.html", doc.get("metadata").get("sourceUrl").asText());

        assertEquals("bad_request", json(server.upload(new TestServer.Multipart().field("sourceUrl", "javascript:alert(1)")
                .file("x.txt", "一段足够长的中文文本用于测试上传的来源地址校验。")), 400).get("error").asText());
    }

    @Test
    void aWebPageSaysWhereItCameFrom() throws Exception {
        String html = "<!DOCTYPE html><html><head><meta property=\"og:url\" content=\"https://news.example.com/2023/kc.html\">"
                + "<title>科创走廊观察</title></head><body><p>长三角G60科创走廊建设持续推进，九城市协同创新取得新进展，研发投入强度稳步提高。</p></body></html>";
        JsonNode up = json(server.upload(new TestServer.Multipart().file("page.html", html)), 200);
        String id = up.get("files").get(0).get("docId").asText();
        JsonNode doc = json(server.get("/api/documents/" + id), 200);
        assertEquals("https://news.example.com/2023/kc.html", doc.get("metadata").get("sourceUrl").asText(), doc.get("metadata").toString());
        JsonNode hits = json(server.get("/api/search?q=" + URLEncoder.encode("source:news", StandardCharsets.UTF_8)), 200);
        assertEquals(id, hits.get("hits").get(0).get("id").asText());
    }
}
