package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.index.StoredJson;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP API over real HTTP on a random port. */
class ApiServerTest extends SeededServerTest {

    @Test
    void searchReturnsHighlightedPassages() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("研发投入强度"));
        assertEquals(200, r.statusCode());
        JsonNode body = StoredJson.MAPPER.readTree(r.body());
        assertTrue(body.get("total").asInt() >= 2);
        JsonNode top = body.get("hits").get(0);
        assertTrue(top.get("passages").toString().contains("<mark>研发投入强度</mark>"), top.toString());
        assertTrue(body.get("facets").has("region"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void documentsListGetAndSimilar() throws Exception {
        JsonNode list = StoredJson.MAPPER.readTree(get("/api/documents").body());
        assertEquals(5, list.get("total").asInt());
        String id = list.get("documents").get(0).get("id").asText();
        JsonNode doc = StoredJson.MAPPER.readTree(get("/api/documents/" + id).body());
        assertEquals(id, doc.get("id").asText());
        assertTrue(doc.get("text").asText().length() > 1000);
        assertTrue(doc.has("figures") && doc.has("regions") && doc.has("policies") && doc.has("tables"));
        assertEquals(200, get("/api/documents/" + id + "/similar").statusCode());
        assertEquals(404, get("/api/documents/" + "a".repeat(64)).statusCode());
        assertEquals(404, get("/api/documents/..%2F..%2Fetc%2Fpasswd").statusCode());
    }

    @Test
    void errorsAreJsonWithTheRightStatusAndNoStackTrace() throws Exception {
        for (String q : new String[] {"/api/search?q=" + enc("\"unbalanced"), "/api/search?q=x&size=abc",
                "/api/search?q=x&size=1000", "/api/search?q=x&from=yesterday", "/api/search?q=" + enc("*安"),
                "/api/search?q=x&sort=random", "/api/search?q=x&page=-1"}) {
            HttpResponse<String> r = get(q);
            assertEquals(400, r.statusCode(), q + " → " + r.body());
            JsonNode body = StoredJson.MAPPER.readTree(r.body());
            assertEquals("bad_request", body.get("error").asText());
            assertFalse(body.get("message").asText().isBlank());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        }
        HttpResponse<String> missing = get("/api/nothing-here");
        assertEquals(404, missing.statusCode());
        assertEquals("not_found", StoredJson.MAPPER.readTree(missing.body()).get("error").asText());
    }

    @Test
    void healthOpenApiAndPage() throws Exception {
        assertEquals(200, get("/api/health").statusCode());
        HttpResponse<String> spec = get("/openapi.json");
        assertEquals(200, spec.statusCode());
        assertTrue(StoredJson.MAPPER.readTree(spec.body()).get("paths").has("/api/search"));
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Policy Miner"));
    }
}
