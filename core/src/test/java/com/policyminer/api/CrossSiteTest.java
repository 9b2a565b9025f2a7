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

/**
 * A page on another site must not write into a local server (a multipart POST needs no CORS
 * preflight), and a DNS-rebound name must not read it. Raw HTTP, so the Host and Origin headers
 * are exactly what a browser would send.
 */
class CrossSiteTest {

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

    private static int status(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            String line = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(line.substring(9, 12));
        }
    }

    private static String upload(String extraHeaders) {
        String body = "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"x.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n西安研发投入强度达到5.05%。跨站测试文本。\r\n--b--\r\n";
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        return "POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1:" + app.port() + "\r\n" + extraHeaders
                + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + length
                + "\r\nConnection: close\r\n\r\n" + body;
    }

    @Test
    void crossSiteWritesAreRefused() throws Exception {
        assertEquals(403, status(upload("Origin: http://evil.example\r\n")));
        assertEquals(403, status(upload("Sec-Fetch-Site: cross-site\r\n")));
        assertEquals(403, status("POST /api/reindex HTTP/1.1\r\nHost: 127.0.0.1:" + app.port()
                + "\r\nOrigin: http://evil.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        assertEquals(200, status(upload("Origin: http://127.0.0.1:" + app.port() + "\r\nSec-Fetch-Site: same-origin\r\n")),
                "the page's own uploads still work");
        assertEquals(200, status(upload("")), "so do scripts (no Origin)");
    }

    @Test
    void aForeignHostNameIsRefusedOnALoopbackServer() throws Exception {
        assertEquals(403, status("GET /api/documents HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"));
        assertEquals(200, status("GET /api/documents HTTP/1.1\r\nHost: localhost:" + app.port() + "\r\nConnection: close\r\n\r\n"));
    }
}
