package com.policyminer.api;

import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests Jetty answers before Javalin (a bad URI, a URI or headers over its limits) get the JSON
 * error format and the security headers, and X-HTTP-Method-Override is ignored (issue 15). Raw
 * HTTP, because a client library would refuse to send most of these.
 */
class JettyEdgesTest {

    @TempDir
    static Path dir;
    static Engine engine;
    static Javalin app;

    @BeforeAll
    static void start() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("corpus/003_b94fa3ae733f63a0.txt"), corpus.resolve("003.txt"));
        engine = TestIndexes.engine(dir, corpus);
        engine.ingest().run(corpus, null);
        app = new ApiServer(engine).create().start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        engine.close();
    }

    private static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String get(String target, String extraHeaders) throws Exception {
        return raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + app.port() + "\r\n" + extraHeaders + "Connection: close\r\n\r\n");
    }

    private static void assertJsonError(String response, int status) {
        assertTrue(response.startsWith("HTTP/1.1 " + status), response);
        String lower = response.toLowerCase(java.util.Locale.ROOT);
        assertTrue(lower.contains("content-type: application/json"), response);
        assertTrue(lower.contains("x-content-type-options: nosniff"), response);
        assertTrue(lower.contains("content-security-policy:"), response);
        assertTrue(response.contains("{\"status\":" + status + ",\"error\":"), response);
        assertTrue(!lower.contains("<html"), response);
    }

    @Test
    void jettysOwnErrorsAreJson() throws Exception {
        assertJsonError(get("/../etc/passwd", ""), 400);
        assertJsonError(get("/api/%zz", ""), 400);
        assertJsonError(get("/api/search?q=" + "a".repeat(20_000), ""), 414);
        assertJsonError(get("/api/documents", "X-Big: " + "b".repeat(20_000) + "\r\n"), 431);
    }

    @Test
    void aMethodOverrideHeaderIsIgnored() throws Exception {
        String id = engine.index().indexedReports().values().iterator().next();
        String r = get("/api/documents/" + id, "X-HTTP-Method-Override: DELETE\r\n");
        assertTrue(r.startsWith("HTTP/1.1 200"), r);
        assertTrue(engine.index().indexedReports().containsValue(id), "still there");
    }

    @Test
    void aLoneOrBrokenPercentInTheQueryStringIs400() throws Exception {
        String r = get("/api/search?q=%", "");
        assertTrue(r.startsWith("HTTP/1.1 400"), r);
        assertTrue(r.contains("\"error\":\"bad_request\""), r);
        assertTrue(get("/api/search?q=%25", "").startsWith("HTTP/1.1 200"), "an escaped % is a query like any other");
    }

    @Test
    void aLongQueryCanBePosted() throws Exception {
        String q = "西安".repeat(500); // 1,000 characters, the documented limit: 9 KB once escaped, over Jetty's URI limit
        String escaped = java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
        assertTrue(get("/api/search?q=" + escaped, "").startsWith("HTTP/1.1 414"));
        String body = "q=" + escaped + "&size=5";
        String r = raw("POST /api/search HTTP/1.1\r\nHost: 127.0.0.1:" + app.port()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertTrue(r.startsWith("HTTP/1.1 200"), r);
        assertTrue(r.contains("\"total\":") && r.contains("\"size\":5"), r);
        String tooLong = "q=" + java.net.URLEncoder.encode("西安".repeat(501), StandardCharsets.UTF_8);
        String refused = raw("POST /api/search HTTP/1.1\r\nHost: 127.0.0.1:" + app.port()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + tooLong.length()
                + "\r\nConnection: close\r\n\r\n" + tooLong);
        assertTrue(refused.startsWith("HTTP/1.1 400"), "the same 1,000-character limit: " + refused);
    }

    /** Issue 20: every status under /api is the JSON error with a stable code, never Jetty's or Javalin's HTML. */
    @Test
    void everyErrorStatusIsJsonWithAStableCode() throws Exception {
        String host = "Host: 127.0.0.1:" + app.port() + "\r\n";
        String notFound = get("/api/nothing-here", "");
        assertJsonError(notFound, 404);
        assertTrue(notFound.contains("\"code\":\"not_found\""), notFound);
        assertTrue(get("/api/documents/zzz", "").contains("\"code\":\"not_found\""));
        String wrongMethod = raw("PUT /api/search HTTP/1.1\r\n" + host + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        assertJsonError(wrongMethod, 405);
        assertTrue(wrongMethod.contains("\"code\":\"method_not_allowed\""), wrongMethod);
        String xml = "<a/>";
        String unsupported = raw("POST /api/upload HTTP/1.1\r\n" + host + "Content-Type: application/xml\r\nContent-Length: "
                + xml.length() + "\r\nConnection: close\r\n\r\n" + xml);
        assertJsonError(unsupported, 415);
        assertTrue(unsupported.contains("\"code\":\"unsupported_media_type\""), unsupported);
        String tooLarge = raw("POST /api/upload HTTP/1.1\r\n" + host + "Content-Type: multipart/form-data; boundary=x\r\n"
                + "Content-Length: " + (engine.config().maxUploadBytes() + 1) + "\r\nConnection: close\r\n\r\n");
        assertJsonError(tooLarge, 413);
        // 1,001 characters of a Chinese query: over Jetty's URI limit once escaped
        String longQuery = get("/api/search?q=" + java.net.URLEncoder.encode("西".repeat(1_001), StandardCharsets.UTF_8), "");
        assertJsonError(longQuery, 414);
        assertTrue(longQuery.contains("\"code\":\"uri_too_long\""), longQuery);
        String badQuery = get("/api/search?q=" + java.net.URLEncoder.encode("title:(x", StandardCharsets.UTF_8), "");
        assertJsonError(badQuery, 400);
        assertTrue(badQuery.contains("\"code\":\"bad_request\""), badQuery);
    }
}
