package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.parse.ParseLimits;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Collections from the corpus folders, set through the API, kept by a re-ingest and a rebuild; the collection= filters. */
class CollectionsApiTest {

    @TempDir
    static Path tmp;
    static Path corpus;
    static Engine engine;
    static Javalin app;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("项目A/西安"));
        for (String s : new String[] {"000_f8820dc2aea3848d", "001_a619ee9cd5a0211b", "002_62e1a830fce91b89"}) {
            Files.copy(Path.of("corpus", s + ".txt"), corpus.resolve(s + ".txt"));
        }
        Files.copy(Path.of("corpus/003_b94fa3ae733f63a0.txt"), corpus.resolve("项目A/西安/003.txt"));
        Files.copy(Path.of("corpus/004_c3cb54636e7088b5.txt"), corpus.resolve("项目A/004.txt"));
        engine = engine(tmp.resolve("index"));
        app = new ApiServer(engine).create().start("127.0.0.1", 0);
    }

    private static Engine engine(Path index) throws Exception {
        Engine e = new Engine(new Config(index, corpus, "127.0.0.1", 0, 2, 50,
                new ParseLimits(20_000_000, 2_000_000, Duration.ofSeconds(60)), "", 1024 * 1024, ""));
        e.ingest().run(corpus, null);
        return e;
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        engine.close();
    }

    private static JsonNode send(HttpRequest.Builder b, int status) throws Exception {
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(status, r.statusCode(), r.body());
        return StoredJson.MAPPER.readTree(r.body());
    }

    private static JsonNode get(String pathAndQuery, int status) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)), status);
    }

    private static JsonNode put(String path, String json, int status) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)), status);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String idOf(String path) throws Exception {
        return engine.index().indexedReports().get(path);
    }

    @Test
    void foldersAreCollectionsAndFilterSearchFiguresAndConflicts() throws Exception {
        JsonNode list = get("/api/collections", 200);
        assertEquals("项目A", list.get("collections").get(0).get("name").asText(), list.toString());
        assertEquals(2, list.get("collections").get(0).get("reports").asInt());
        assertEquals("项目A/西安", list.get("collections").get(1).get("name").asText());
        assertEquals(1, list.get("collections").get(1).get("reports").asInt());

        JsonNode hits = get("/api/search?q=" + enc("科技") + "&collection=" + enc("项目A/西安"), 200);
        assertEquals(1, hits.get("total").asInt(), hits.toString());
        assertEquals(idOf("项目A/西安/003.txt"), hits.get("hits").get(0).get("id").asText());
        assertEquals(0, get("/api/search?q=" + enc("科技") + "&collection=nope", 200).get("total").asInt());
        assertTrue(get("/api/search?q=" + enc("科技"), 200).get("total").asInt() >= 4);

        JsonNode figures = get("/api/figures?size=500&collection=" + enc("项目A"), 200);
        Set<String> docs = new HashSet<>();
        figures.get("figures").forEach(f -> docs.add(f.get("docId").asText()));
        assertEquals(Set.of(idOf("项目A/004.txt")), docs, "003 has no figures; 004 has");

        JsonNode mentions = get("/api/mentions?type=region&limit=10000&collection=" + enc("项目A/西安"), 200);
        Set<String> mentionDocs = new HashSet<>();
        mentions.get("mentions").forEach(m -> mentionDocs.add(m.get("docId").asText()));
        assertEquals(Set.of(idOf("项目A/西安/003.txt")), mentionDocs);

        assertTrue(get("/api/conflicts", 200).get("total").asInt() >= 1);
        assertEquals(0, get("/api/conflicts?collection=" + enc("项目A"), 200).get("total").asInt());
        assertEquals(0, get("/api/compare?collection=" + enc("项目A/西安"), 200).get("total").asInt());
    }

    @Test
    void collectionsAndTagsSetThroughTheApiOutliveAReingestAndARebuild() throws Exception {
        String id = idOf("001_a619ee9cd5a0211b.txt");
        JsonNode set = put("/api/documents/" + id + "/collections", "{\"collections\":[\"长三角研究\"],\"tags\":[\"重点\",\"2022\"]}", 200);
        assertEquals("长三角研究", set.get("collections").get(0).asText());
        assertEquals(id, get("/api/search?q=" + enc("长三角") + "&tag=" + enc("重点"), 200).get("hits").get(0).get("id").asText());
        assertEquals(1, get("/api/search?q=" + enc("长三角") + "&collection=" + enc("长三角研究"), 200).get("total").asInt());

        engine.ingest().run(corpus, null); // unchanged files are not read again: the index keeps them
        assertEquals(1, get("/api/search?q=" + enc("长三角") + "&collection=" + enc("长三角研究"), 200).get("total").asInt());
        try (Engine rebuilt = engine(tmp.resolve("index-rebuilt"))) {
            assertEquals(java.util.List.of("长三角研究"), rebuilt.reads().works().collections().get(id));
            assertEquals(Set.of("重点", "2022"), new HashSet<>(rebuilt.reads().works().tags().get(id)));
        }

        assertEquals("bad_request", put("/api/documents/" + id + "/collections", "{\"collections\":\"x\"}", 400).get("error").asText());
        assertEquals("bad_request", put("/api/documents/" + id + "/collections", "not json", 400).get("error").asText());
        assertEquals("bad_request", put("/api/documents/" + id + "/collections", "{}", 400).get("error").asText());
        assertEquals("not_found", put("/api/documents/" + "ab".repeat(32) + "/collections", "{\"tags\":[]}", 404).get("error").asText());
    }
}
