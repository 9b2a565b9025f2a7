package com.policyminer.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Write access (token, or loopback only), CORS, security headers, and the query limits that must be
 * answered with 400, over real HTTP.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiSecurityTest {

    private static final String TOKEN = "s3cret-token";
    private static final String ZERO_ID = "0".repeat(64);

    private TestServer withToken;
    private TestServer open;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        withToken = new TestServer(tmp.resolve("a"), TOKEN, 1 << 20, "http://good.example", "127.0.0.1");
        open = new TestServer(tmp.resolve("b"), "", 1 << 20, "", "0.0.0.0");
    }

    @AfterAll
    void stop() throws IOException {
        withToken.close();
        open.close();
    }

    private static HttpRequest.Builder req(TestServer s, String path) {
        return HttpRequest.newBuilder(URI.create(s.base() + path));
    }

    @Test
    void withATokenWritesNeedTheBearerTokenAndReadsStayOpen() throws Exception {
        assertEquals(200, withToken.get("/api/search?q=" + URLEncoder.encode("西安", StandardCharsets.UTF_8)).statusCode());
        HttpResponse<String> none = withToken.send(req(withToken, "/api/reindex").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(401, none.statusCode());
        assertTrue(none.body().contains("\"error\":\"unauthorized\""), none.body());
        assertEquals(401, withToken.send(req(withToken, "/api/reindex").header("Authorization", "Bearer wrong")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        assertEquals(401, withToken.send(req(withToken, "/api/reindex").header("Authorization", TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode(), "the 'Bearer' scheme is required");
        assertEquals(401, withToken.send(req(withToken, "/api/documents/" + ZERO_ID).DELETE().build()).statusCode(),
                "access is checked before anything else, even from loopback");
        assertEquals(401, withToken.upload(new TestServer.Multipart().file("a.txt", "西安报告")).statusCode());
        HttpResponse<String> reindexed = withToken.send(req(withToken, "/api/reindex").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, reindexed.statusCode());
        com.fasterxml.jackson.databind.JsonNode timings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(reindexed.body()).get("timings");
        assertTrue(timings.get("stages").isArray() && timings.get("processCpuSeconds").asDouble() > 0,
                "a reindex says where its time went, as ingest --json does: " + reindexed.body());
        assertEquals(404, withToken.send(req(withToken, "/api/documents/" + ZERO_ID).header("Authorization", "Bearer " + TOKEN)
                .DELETE().build()).statusCode());
    }

    @Test
    void withoutATokenWritesAreRefusedFromOtherMachines() throws Exception {
        Optional<InetAddress> lan = nonLoopbackAddress();
        Assumptions.assumeTrue(lan.isPresent(), "no non-loopback IPv4 address on this machine");
        String base = "http://" + lan.get().getHostAddress() + ":" + open.app.port();
        HttpResponse<String> write = open.send(HttpRequest.newBuilder(URI.create(base + "/api/reindex"))
                .header("X-Forwarded-For", "127.0.0.1").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(403, write.statusCode(), "forwarding headers are not trusted");
        assertTrue(write.body().contains("\"error\":\"forbidden\""), write.body());
        assertEquals(200, open.send(HttpRequest.newBuilder(URI.create(base + "/api/documents")).build()).statusCode());
        assertEquals(200, open.send(req(open, "/api/reindex").POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode(),
                "from loopback the same write is accepted");
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void writeAccessRuleOnAddressesAndHeaders() {
        WriteAccess loopbackOnly = new WriteAccess("");
        assertEquals(WriteAccess.Decision.ALLOWED, loopbackOnly.decide("127.0.0.1", null));
        assertEquals(WriteAccess.Decision.ALLOWED, loopbackOnly.decide("[0:0:0:0:0:0:0:1]", null));
        assertEquals(WriteAccess.Decision.ALLOWED, loopbackOnly.decide("::1", null));
        assertEquals(WriteAccess.Decision.NOT_LOOPBACK, loopbackOnly.decide("192.168.1.20", null));
        assertEquals(WriteAccess.Decision.NOT_LOOPBACK, loopbackOnly.decide("localhost", null), "only IP literals, no name lookups");
        assertEquals(WriteAccess.Decision.NOT_LOOPBACK, loopbackOnly.decide(null, null));
        WriteAccess token = new WriteAccess(TOKEN);
        assertEquals(WriteAccess.Decision.ALLOWED, token.decide("10.0.0.8", "Bearer " + TOKEN));
        assertEquals(WriteAccess.Decision.ALLOWED, token.decide("10.0.0.8", "bearer " + TOKEN));
        assertEquals(WriteAccess.Decision.NO_TOKEN, token.decide("127.0.0.1", null));
        assertEquals(WriteAccess.Decision.NO_TOKEN, token.decide("127.0.0.1", "Bearer " + TOKEN + "x"));
        assertEquals(WriteAccess.Decision.NO_TOKEN, token.decide("127.0.0.1", "Basic " + TOKEN));
    }

    @Test
    void corsIsOffByDefaultAndOnlyForConfiguredOrigins() throws Exception {
        HttpResponse<String> off = open.send(req(open, "/api/health").header("Origin", "http://evil.example").build());
        assertTrue(off.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> good = withToken.send(req(withToken, "/api/health").header("Origin", "http://good.example").build());
        assertEquals(Optional.of("http://good.example"), good.headers().firstValue("Access-Control-Allow-Origin"));
        HttpResponse<String> evil = withToken.send(req(withToken, "/api/health").header("Origin", "http://evil.example").build());
        assertTrue(evil.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void securityHeadersOnThePageAndTheApi() throws Exception {
        for (String path : new String[] {"/", "/api/health", "/api/nope"}) {
            HttpResponse<String> r = open.get(path);
            assertEquals(Optional.of("nosniff"), r.headers().firstValue("X-Content-Type-Options"), path);
            assertEquals(Optional.of("DENY"), r.headers().firstValue("X-Frame-Options"), path);
            assertEquals(Optional.of("no-referrer"), r.headers().firstValue("Referrer-Policy"), path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), path);
        }
        assertTrue(open.get("/").body().contains("<html") || open.get("/").body().contains("<!DOCTYPE"));
    }

    @Test
    void expensiveOrMalformedQueriesAre400NotErrors() throws Exception {
        String[] queries = {
            "q=" + "x".repeat(1001),
            "q=a&size=101", "q=a&size=0", "q=a&page=0", "q=a&page=1001&size=10", "q=a&page=99999999999",
            "q=" + enc("*安") + "&syntax=lucene", "q=" + enc("title:?安"), "q=" + enc("/.*/") + "&syntax=lucene",
            "q=" + enc("secret:field"), "q=" + enc("\"unbalanced") + "&syntax=lucene", "q=" + enc("(a OR b"),
            "q=" + enc(orChain(499)),
            "q=a&cursor=" + enc("!!notbase64"), "q=a&cursor=cgAAAAAAAAAAAAAAAAAAA-g", "q=a&from=2023-02-30", "q=a&from=2024&to=2023",
            "q=a&sort=price", "q=a&syntax=sql", "q=a&expand=maybe", "q=a&region=" + enc("西安,".repeat(101)),
        };
        for (String q : queries) {
            HttpResponse<String> r = open.get("/api/search?" + q);
            assertEquals(400, r.statusCode(), q + " -> " + r.body());
            assertTrue(r.body().startsWith("{\"status\":400,\"error\":\"bad_request\",\"message\":"), r.body());
        }
        assertEquals(400, open.get("/api/documents/" + ZERO_ID + "/similar?limit=1000").statusCode());
        assertEquals(200, open.get("/api/search?syntax=lucene&q=" + enc("(".repeat(490) + "a" + ")".repeat(490))).statusCode(),
                "deep but valid nesting within the length limit is simply answered");
        assertEquals(404, open.get("/api/documents/..%2F..%2Fetc%2Fpasswd").statusCode());
    }

    private static String orChain(int n) {
        StringBuilder b = new StringBuilder("a");
        for (int i = 1; i < n; i++) {
            b.append(' ').append((char) (0x4E00 + i * 7));
        }
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
