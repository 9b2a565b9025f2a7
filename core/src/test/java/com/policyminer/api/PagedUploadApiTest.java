package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import com.policyminer.extract.DocumentView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A three-page PDF uploaded under its own name, over real HTTP: pages on its figures (JSON and CSV),
 * mentions, policies and search passages; its date from its 落款; its name shown and searchable, and
 * still known after the index is rebuilt from the corpus.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagedUploadApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "西安兰州科创中心_终稿v3.pdf";

    private TestServer server;
    private Path root;
    private String id;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        root = tmp;
        server = TestServer.loopback(tmp);
        HttpResponse<String> r = server.upload(new TestServer.Multipart()
                .file("C:\\Users\\analyst\\Desktop\\" + NAME, Files.readAllBytes(Path.of("core/src/test/resources/fixtures/report-paged.pdf"))));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode f = json(r).get("files").get(0);
        assertEquals("INDEXED", f.get("outcome").asText(), r.body());
        id = f.get("docId").asText();
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private JsonNode get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = server.get(pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
        return json(r);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentViewHasPagesAndThePageOfEveryFigureAndMention() throws Exception {
        JsonNode d = get("/api/documents/" + id);
        assertEquals(3, d.get("pageCount").asInt());
        assertEquals(3, d.get("pages").size());
        assertEquals(2, d.get("pages").get(1).get("number").asInt());
        assertEquals(NAME, d.get("fileName").asText(), "the name it was uploaded under, without the client's folders");
        assertEquals("uploads/" + id + ".pdf", d.get("path").asText(), "stored under its content hash");
        assertEquals("2023-05-12", d.get("date").asText(), "the 落款's date, not the PDF's creation date");
        assertTrue(d.get("metadata").get("created").asText().startsWith("20"), d.get("metadata").toString());
        assertTrue(d.get("figures").size() > 20);
        for (JsonNode f : d.get("figures")) {
            assertTrue(f.get("page").asInt() >= 1 && f.get("page").asInt() <= 3, f.toString());
            assertEquals(f.get("page").asText(), f.get("pageLabel").asText());
        }
        assertEquals(2, figure(d.get("figures"), "6.44%").get("page").asInt());
        assertEquals(3, figure(d.get("figures"), "1730亿元").get("page").asInt());
        for (String kind : List.of("regions", "organizations")) {
            for (JsonNode e : d.get(kind)) {
                for (JsonNode m : e.get("mentions")) {
                    assertTrue(m.has("page") && m.has("pageLabel"), kind + ": " + m);
                }
            }
        }
        assertTrue(d.get("policies").size() > 0);
        d.get("policies").forEach(p -> assertTrue(p.get("page").asInt() >= 1, p.toString()));
    }

    private static JsonNode figure(JsonNode figures, String surface) {
        for (JsonNode f : figures) {
            if (f.get("surface").asText().replace(" ", "").equals(surface)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + surface);
    }

    @Test
    void theDocumentListShowsTheUploadedName() throws Exception {
        boolean found = false;
        for (JsonNode d : get("/api/documents").get("documents")) {
            if (d.get("id").asText().equals(id)) {
                assertEquals(NAME, d.get("fileName").asText());
                found = true;
            } else {
                assertTrue(d.get("path").asText().endsWith(d.get("fileName").asText()), d.toString());
            }
        }
        assertTrue(found);
    }

    @Test
    void figuresCarryTheirPageInJsonAndCsvAndOthersHaveNone() throws Exception {
        JsonNode r = get("/api/figures?size=100&doc=" + id);
        assertEquals(3, figure(r.get("figures"), "1730亿元").get("page").asInt());
        r.get("figures").forEach(f -> assertTrue(f.has("page"), f.toString()));
        JsonNode seed = get("/api/figures?size=5&subject=" + q("西安"));
        seed.get("figures").forEach(f -> assertFalse(f.has("page"), "a text report has no pages: " + f));

        HttpResponse<String> csv = server.get("/api/figures?size=100&format=csv&doc=" + id);
        String[] lines = csv.body().split("\r\n");
        List<String> header = List.of(lines[0].replace("\uFEFF", "").split(","));
        int page = header.indexOf("page");
        int label = header.indexOf("pageLabel");
        int text = header.indexOf("text");
        assertTrue(page > 0 && label == page + 1, lines[0]);
        boolean found = false;
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            if (cells[text].replace(" ", "").equals("1730亿元")) {
                assertEquals("3", cells[page]);
                assertEquals("3", cells[label]);
                found = true;
            }
        }
        assertTrue(found, csv.body());
    }

    @Test
    void eachSearchPassageSaysItsPage() throws Exception {
        JsonNode r = get("/api/search?q=" + q("研发投入强度") + "&synonyms=false&doc=" + id); // the words as written
        JsonNode hit = r.get("hits").get(0);
        assertEquals(NAME, hit.get("fileName").asText());
        List<Integer> pages = new ArrayList<>();
        for (JsonNode p : hit.get("passages")) {
            assertTrue(p.get("html").asText().contains("<mark>研发投入强度</mark>"), p.toString());
            pages.add(p.get("page").asInt());
        }
        assertEquals(List.of(2, 3), pages.stream().sorted().toList(), hit.toString());
        JsonNode one = get("/api/search?q=" + q("1730亿元")).get("hits");
        JsonNode paged = null;
        for (JsonNode h : one) {
            if (h.get("id").asText().equals(id)) {
                paged = h;
            } else {
                h.get("passages").forEach(p -> assertFalse(p.has("page"), "a text report's passage has no page: " + p));
            }
        }
        assertNotNull(paged, one.toString());
        assertEquals("3", paged.get("passages").get(0).get("pageLabel").asText());
    }

    @Test
    void mentionListsCarryThePage() throws Exception {
        JsonNode region = get("/api/regions/" + q("北京"));
        int ofThisReport = 0;
        for (JsonNode m : region.get("mentions")) {
            if (m.get("docId").asText().equals(id)) {
                assertEquals(2, m.get("page").asInt(), "北京 is named on page 2 only: " + m);
                ofThisReport++;
            } else {
                assertFalse(m.has("page"), m.toString());
            }
        }
        assertTrue(ofThisReport >= 2, region.get("mentions").toString());

        JsonNode policy = get("/api/policies/" + q("秦创原"));
        boolean seen = false;
        for (JsonNode doc : policy.get("documents")) {
            if (doc.get("id").asText().equals(id)) {
                doc.get("passages").forEach(m -> assertEquals(1, m.get("page").asInt(), "秦创园 is in the abstract, page 1: " + m));
                seen = true;
            }
        }
        assertTrue(seen, policy.toString());
        JsonNode mentions = get("/api/mentions?type=org&doc=" + id);
        mentions.get("mentions").forEach(m -> assertTrue(m.get("page").asInt() >= 1, m.toString()));
    }

    @Test
    void aWordOfTheFileNameFindsTheReport() throws Exception {
        for (String query : List.of("终稿v3", "name:终稿v3")) {
            JsonNode r = get("/api/search?q=" + q(query));
            assertEquals(1, r.get("total").asInt(), query + ": " + r);
            assertEquals(id, r.get("hits").get(0).get("id").asText());
        }
        assertEquals(0, get("/api/search?q=" + q("name:研发投入强度")).get("total").asInt(), "name: searches only names");
        assertTrue(get("/api/search?q=" + q("name:f8820dc2aea3848d")).get("total").asInt() == 1,
                "a corpus file's name is its path's last part");
    }

    /** The name lives in a sidecar beside the stored file: a fresh index built from the corpus still has it. */
    @Test
    void theNameSurvivesARebuildFromTheCorpus() throws Exception {
        Path sidecar = server.corpus.resolve("uploads/." + id + ".pdf.json");
        assertTrue(Files.isRegularFile(sidecar), "sidecar beside the stored upload");
        assertTrue(Files.readString(sidecar).contains(NAME), Files.readString(sidecar));
        try (Engine fresh = TestIndexes.engine(root.resolve("rebuilt"), server.corpus)) {
            var report = fresh.ingest().run(server.corpus, null);
            assertEquals(0, report.failures().size(), report.summary());
            DocumentView view = fresh.reads().document(id).orElseThrow();
            assertEquals(NAME, view.fileName());
            assertEquals(3, view.pageCount());
        }
    }
}
