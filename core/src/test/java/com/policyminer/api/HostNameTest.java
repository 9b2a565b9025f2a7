package com.policyminer.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DNS rebinding: only the exact names the server answers to pass the Host check; a name that
 * starts with "127." is not a loopback name, and a server bound to all interfaces without a token
 * refuses writes for a foreign name even from loopback (issue 15). Raw HTTP, so the Host and Origin
 * headers are exactly what a browser on a rebound name would send.
 */
class HostNameTest {

    @TempDir
    Path tmp;

    private static int status(int port, String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            String line = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(line.substring(9, 12));
        }
    }

    private static String get(String host) {
        return "GET /api/documents HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
    }

    private static String reindex(String host) {
        return "POST /api/reindex HTTP/1.1\r\nHost: " + host + "\r\nOrigin: http://" + host
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    }

    @Test
    void aLoopbackServerAnswersOnlyExactLoopbackNames() throws Exception {
        try (TestServer server = new TestServer(tmp, "", 1024 * 1024, "", "127.0.0.1")) {
            int port = server.app.port();
            assertEquals(403, status(port, get("127.evil.example:" + port)));
            assertEquals(403, status(port, reindex("127.evil.example:" + port)), "with a matching Origin too");
            assertEquals(403, status(port, get("127.0.0.1.evil.example")));
            assertEquals(403, status(port, get("localhost.evil.example:" + port)));
            assertEquals(200, status(port, get("127.0.0.1:" + port)));
            assertEquals(200, status(port, get("LOCALHOST:" + port)));
            assertEquals(200, status(port, reindex("localhost:" + port)));
        }
    }

    @Test
    void aServerOnAllInterfacesWithoutATokenRefusesWritesForAForeignName() throws Exception {
        try (TestServer server = new TestServer(tmp, "", 1024 * 1024, "", "0.0.0.0")) {
            int port = server.app.port();
            assertEquals(403, status(port, reindex("evil.example:" + port)), "even from loopback");
            assertEquals(403, status(port, reindex("127.evil.example:" + port)));
            assertEquals(200, status(port, get("evil.example:" + port)), "reads stay open on a network bind");
            assertEquals(200, status(port, reindex("127.0.0.1:" + port)));
        }
    }

    @Test
    void configuredNamesAreAcceptedAndEveryOtherNameIsRefused() throws Exception {
        java.nio.file.Files.createDirectories(tmp.resolve("corpus"));
        com.policyminer.app.Config config = com.policyminer.app.Config.fromEnvironment(java.util.Map.of(
                "POLICYMINER_HOST_NAMES", "Reports.Example.org, 10.0.0.5",
                "POLICYMINER_INDEX", tmp.resolve("index").toString(), "POLICYMINER_CORPUS", tmp.resolve("corpus").toString()));
        try (com.policyminer.app.Engine engine = new com.policyminer.app.Engine(config)) {
            io.javalin.Javalin app = new ApiServer(engine).create().start("0.0.0.0", 0);
            try {
                int port = app.port();
                assertEquals(200, status(port, get("reports.example.org:" + port)));
                assertEquals(200, status(port, get("10.0.0.5")));
                assertEquals(200, status(port, reindex("reports.example.org:" + port)), "a configured name may write from loopback");
                assertEquals(403, status(port, get("evil.example:" + port)), "with names configured, reads are checked too");
                assertEquals(403, status(port, get("reports.example.org.evil.example")));
                assertEquals(200, status(port, get("localhost:" + port)));
            } finally {
                app.stop();
            }
        }
    }
}
