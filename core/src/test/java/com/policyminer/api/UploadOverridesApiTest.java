package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.policyminer.ingest.HostileFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The upload form's title and date override what the parser finds; bad values are 400s that change nothing. */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadOverridesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A report that names its own date in a 落款. */
    private static final String REPORT = "关于推进渭南市科技成果转化的建议\n" + HostileFiles.CHINESE + "\n渭南市科学技术局\n2023年5月12日\n";

    private TestServer server;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        server = TestServer.loopback(tmp);
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private JsonNode upload(TestServer.Multipart m) throws Exception {
        HttpResponse<String> r = server.upload(m);
        assertEquals(200, r.statusCode(), r.body());
        return json(r).get("files").get(0);
    }

    private JsonNode document(String id) throws Exception {
        return json(server.get("/api/documents/" + id));
    }

    @Test
    void withoutFieldsTheTitleAndDateAreTheReportsOwn() throws Exception {
        JsonNode f = upload(new TestServer.Multipart().file("weinan.txt", REPORT));
        JsonNode d = document(f.get("docId").asText());
        assertEquals("关于推进渭南市科技成果转化的建议", d.get("title").asText());
        assertEquals("2023-05-12", d.get("date").asText());
        assertEquals("signature", d.get("metadata").get("dateSource").asText());
        assertEquals("weinan.txt", d.get("fileName").asText());
    }

    @Test
    void theFormsTitleAndDateWinAndAreKeptWithTheFile() throws Exception {
        String text = REPORT + "铜川市。\n";
        JsonNode f = upload(new TestServer.Multipart().file("tongchuan.txt", text)
                .field("title", "  铜川调研（内部稿）  ").field("date", "2024-01-31"));
        assertEquals("INDEXED", f.get("outcome").asText());
        String id = f.get("docId").asText();
        JsonNode d = document(id);
        assertEquals("铜川调研（内部稿）", d.get("title").asText());
        assertEquals("2024-01-31", d.get("date").asText());
        assertEquals("given", d.get("metadata").get("dateSource").asText());
        assertEquals("given", d.get("metadata").get("titleSource").asText());
        String sidecar = Files.readString(server.corpus.resolve("uploads/." + id + ".txt.json"));
        assertTrue(sidecar.contains("\"date\":\"2024-01-31\"") && sidecar.contains("铜川调研（内部稿）"), sidecar);

        // the same bytes again: unchanged without fields, re-indexed with a new date
        assertEquals("UNCHANGED", upload(new TestServer.Multipart().file("again.txt", text)).get("outcome").asText());
        assertEquals("UPDATED", upload(new TestServer.Multipart().file("again.txt", text).field("date", "2024-02-29"))
                .get("outcome").asText());
        d = document(id);
        assertEquals("2024-02-29", d.get("date").asText());
        assertEquals("铜川调研（内部稿）", d.get("title").asText(), "a title given once is kept");
        assertEquals("tongchuan.txt", d.get("fileName").asText(), "the first name is kept");
        JsonNode hits = json(server.get("/api/search?q=%E9%93%9C%E5%B7%9D%E8%B0%83%E7%A0%94&from=2024-02-01&to=2024-03-01"));
        assertEquals(1, hits.get("total").asInt(), "searched by its given title and date: " + hits);
    }

    @Test
    void aBadDateOrATitleForSeveralFilesIsA400AndNothingIsStored() throws Exception {
        for (String bad : new String[] {"2023-02-30", "12/05/2023", "2023年5月12日", "1800-01-01", "2023-05-12T00:00"}) {
            HttpResponse<String> r = server.upload(new TestServer.Multipart().file("bad-date.txt", REPORT + bad).field("date", bad));
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            JsonNode e = json(r);
            assertEquals("bad_request", e.get("error").asText());
            assertTrue(e.get("message").asText().contains("date"), r.body());
        }
        HttpResponse<String> two = server.upload(new TestServer.Multipart().file("a.txt", REPORT + "甲").file("b.txt", REPORT + "乙")
                .field("title", "同一个标题"));
        assertEquals(400, two.statusCode(), two.body());
        assertTrue(json(two).get("message").asText().contains("title"), two.body());
        HttpResponse<String> longTitle = server.upload(new TestServer.Multipart().file("c.txt", REPORT + "丙").field("title", "长".repeat(501)));
        assertEquals(400, longTitle.statusCode(), longTitle.body());
        Path uploads = server.corpus.resolve("uploads");
        if (!Files.isDirectory(uploads)) {
            return; // nothing uploaded yet at all
        }
        try (var stored = Files.list(uploads)) {
            assertFalse(stored.anyMatch(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")
                    && readQuietly(p).contains("甲")), "a refused request stores nothing");
        }
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
