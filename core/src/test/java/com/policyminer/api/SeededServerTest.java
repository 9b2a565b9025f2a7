package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Base of the API tests that share one server over the seed corpus (one per test class). */
abstract class SeededServerTest {

    @TempDir
    static Path dir;
    static TestServer server;
    static Engine engine;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.loopback(dir);
        engine = server.engine;
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return server.get(pathAndQuery);
    }

    /** GET that must answer 200, parsed as JSON. */
    static JsonNode json(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery + " → " + r.body());
        return StoredJson.MAPPER.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
