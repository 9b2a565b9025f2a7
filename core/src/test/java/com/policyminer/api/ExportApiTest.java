package com.policyminer.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20: search results, mentions and entity lists as CSV or JSON downloads (format=csv|json). */
class ExportApiTest {

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

    private static List<String> csvLines(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/csv"), r.headers().toString());
        assertTrue(r.headers().firstValue("content-disposition").orElse("").startsWith("attachment; filename="));
        assertTrue(r.body().startsWith("\uFEFF"), "a BOM, so spreadsheets read UTF-8");
        return r.body().substring(1).lines().toList();
    }

    @Test
    void searchResultsAsCsvHaveOneRowPerHitWithPlainPassages() throws Exception {
        String q = URLEncoder.encode("技术合同成交额", StandardCharsets.UTF_8);
        HttpResponse<String> json = server.get("/api/search?size=5&q=" + q);
        long total = Math.min(5, Long.parseLong(json.body().replaceAll("(?s)^\\{\"total\":(\\d+).*", "$1")));
        List<String> lines = csvLines(server.get("/api/search?size=5&format=csv&q=" + q));
        assertEquals("rank,id,title,fileName,path,date,format,score,page,passage", lines.get(0));
        assertEquals(total + 1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("1,") && lines.get(1).contains("技术合同成交额"), lines.get(1));
        assertFalse(lines.get(1).contains("<mark>") || lines.get(1).contains("&amp;"), lines.get(1));
        HttpResponse<String> download = server.get("/api/search?size=5&format=json&q=" + q);
        assertTrue(download.headers().firstValue("content-disposition").orElse("").contains("search.json"));
        assertTrue(download.body().startsWith("{\"total\":"), download.body());
    }

    @Test
    void mentionsAndEntityListsAsCsv() throws Exception {
        List<String> mentions = csvLines(server.get("/api/mentions?type=region&entity=" + URLEncoder.encode("西安市", StandardCharsets.UTF_8)
                + "&format=csv"));
        assertEquals("type,entity,surface,docId,docTitle,docPath,start,end,page,pageLabel,context", mentions.get(0));
        assertTrue(mentions.size() > 2);
        assertTrue(mentions.stream().skip(1).allMatch(l -> l.startsWith("region,西安市,")), mentions.get(1));
        List<String> regions = csvLines(server.get("/api/regions?format=csv"));
        assertEquals("name,level,code,parents,foreign,mentions,documents", regions.get(0));
        assertTrue(regions.stream().anyMatch(l -> l.startsWith("兰州市,")), String.join("\n", regions));
        assertTrue(csvLines(server.get("/api/policies?format=csv")).get(0).startsWith("title,kind,isPolicy,issuer,date,docNumber"));
        assertTrue(csvLines(server.get("/api/orgs?format=csv")).stream().anyMatch(l -> l.startsWith("科学技术部,")));
    }

    @Test
    void anUnknownFormatIsA400() throws Exception {
        HttpResponse<String> r = server.get("/api/regions?format=xlsx");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("\"code\":\"bad_request\"") && r.body().contains("csv or json"), r.body());
    }
}
