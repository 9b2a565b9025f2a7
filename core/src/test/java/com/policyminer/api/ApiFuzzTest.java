package com.policyminer.api;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 10,000+ generated malformed and random requests over real HTTP (raw sockets, so bad percent-encoding
 * and invalid UTF-8 reach the server as sent): no 5xx, and the service answers afterwards.
 */
@Tag("slow")
class ApiFuzzTest {

    private static final int REQUESTS = 10_500;
    private static final long SEED = 20261122L;

    private static final String[] PATHS = {"/api/search", "/api/documents", "/api/documents/%s", "/api/documents/%s/similar",
            "/api/health", "/openapi.json", "/", "/index.html", "/api/upload", "/api/reindex", "/api/%s", "/%s"};
    private static final String[] PARAMS = {"q", "syntax", "page", "size", "cursor", "doc", "from", "to", "sort", "region",
            "expand", "policy", "org", "limit", "%s"};
    private static final String[] FRAGMENTS = {"\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", ":", "\\", "/", " AND ",
            " OR ", " NOT ", "+", "-", "&&", "||", "!", "title:", "body:", "path:", "format:", "body_bigram:", "unknown:", "*:*",
            "[a TO z]", "{* TO *}", "[* TO 2023]", "/.*/", "/[a-z]+/", "abc~2", "abc~99999", "^1e309", "^-1", "\"西安 兰州\"~100000",
            "a*b*c*d*e*", "????", "*西安", "?安", "西安*", "西安", "兰州", "科技创新", "国家", "区域", "~", "~~", "^^", "\"\"",
            "()", "[]", "{}", "((", "))", "\\\\", "\\", "\"unbalanced", "(unbalanced", "[1 TO", "TO", "AND", "OR", "NOT",
            "' OR 1=1 --", "\"; DROP TABLE reports; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "../../etc/passwd",
            "%s%s%s%n", "\u0000", "\uFFFF", "\uD83D\uDE00", "\u202E", "　", "9999999999999999999999", "-1", "0", "1e10", "NaN",
            "Infinity", "0x10", "2023-02-30", "+1000000000-01-01", "2023", "99999", "true", "yes", "date", "relevance", "lucene",
            "plain", "auto"};
    private static final String[] RAW = {"%", "%z", "%zz", "%E4%B8", "%C0%AF", "%FF%FE", "%ED%A0%80", "%00", "%F4%90%80%80",
            "%25", "%2F..%2F", "%uFFFF", "+", "&", "=", "==", "&&&", "%0d%0aX-Injected:%201", "%22", "%5B", "%7B"};

    @TempDir
    Path tmp;

    @Test
    void noGeneratedRequestGetsA5xxAndTheServiceStaysUp() throws Exception {
        try (TestServer server = TestServer.loopback(tmp)) {
            int port = server.app.port();
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger sent = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<?>> jobs = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int w = 0; w < 3; w++) {
                Random rnd = new Random(SEED + w);
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS / 3; i++) {
                        byte[] request = request(rnd);
                        int status = send(port, request);
                        sent.incrementAndGet();
                        if (status >= 500 || status < 100) {
                            failures.add(status + " " + new String(request, 0, Math.min(request.length, 300), StandardCharsets.ISO_8859_1));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> j : jobs) {
                j.get();
            }
            pool.shutdown();
            long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
            assertTrue(failures.isEmpty(), failures.size() + " of " + sent.get() + " requests failed, first ones:\n"
                    + String.join("\n", failures.subList(0, Math.min(15, failures.size()))));
            assertTrue(sent.get() >= 10_000);
            assertEquals(200, server.get("/api/health").statusCode(), "alive after " + sent.get() + " requests in " + seconds + " s");
            assertEquals(200, server.get("/api/search?q=%E8%A5%BF%E5%AE%89").statusCode());
        }
    }

    private static byte[] request(Random rnd) {
        int kind = rnd.nextInt(20);
        if (kind == 0) {
            return multipartGarbage(rnd);
        }
        String method = kind == 1 ? "DELETE" : kind == 2 ? pick(rnd, new String[] {"HEAD", "OPTIONS", "PUT", "PATCH", "TRACE", "FOO"}) : "GET";
        String path = PATHS[rnd.nextInt(PATHS.length)];
        if (path.contains("%s")) {
            String v = value(rnd);
            // half percent-encoded, half raw (non-ASCII bytes, invalid UTF-8 after '%'); never raw whitespace or
            // control characters, which would not make an HTTP request line at all
            path = String.format(path, rnd.nextBoolean() ? encode(v).replace("+", "%20")
                    : v.replaceAll("[\\x00-\\x20\\x7F\\u0080-\\u00A0\\u2028\\u2029\\u3000]", "_").replace("%", "%25")
                    .replace("?", "%3F").replace("#", "%23") + (rnd.nextInt(4) == 0 ? RAW[rnd.nextInt(RAW.length)] : ""));
        }
        StringBuilder target = new StringBuilder(path);
        int params = rnd.nextInt(6);
        for (int i = 0; i < params; i++) {
            target.append(i == 0 ? '?' : '&');
            String name = PARAMS[rnd.nextInt(PARAMS.length)];
            target.append(name.equals("%s") ? encode(value(rnd)) : name).append('=');
            target.append(rnd.nextInt(4) == 0 ? RAW[rnd.nextInt(RAW.length)] + encode(value(rnd)) : encode(value(rnd)));
        }
        String t = target.toString().replace(" ", "%20");
        return (method + " " + t + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String value(Random rnd) {
        return switch (rnd.nextInt(8)) {
            case 0 -> cursor(rnd);
            case 1 -> Long.toString(rnd.nextLong());
            case 2 -> "x".repeat(rnd.nextInt(2) == 0 ? 1001 : 2500);
            case 3 -> randomUnicode(rnd, 1 + rnd.nextInt(30));
            case 4 -> "(".repeat(200 + rnd.nextInt(300)) + "a" + ")".repeat(rnd.nextInt(500));
            case 5 -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0, n = 150 + rnd.nextInt(200); i < n; i++) {
                    b.append(i == 0 ? "" : " OR ").append((char) ('a' + rnd.nextInt(26)));
                }
                yield b.toString();
            }
            default -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0, n = 1 + rnd.nextInt(8); i < n; i++) {
                    b.append(pick(rnd, FRAGMENTS));
                }
                yield b.toString();
            }
        };
    }

    /** Cursors of the right shape with random contents: the parts a decoder trusts. */
    private static String cursor(Random rnd) {
        int size = 1 + 8 + 4 + 8 + 8; // kind, date, score, document key, index view (see SearchCursor)
        ByteBuffer b = ByteBuffer.allocate(rnd.nextInt(4) == 0 ? rnd.nextInt(size + 3) : size);
        if (b.capacity() == size) {
            b.put((byte) pick(rnd, new Character[] {'r', 'd', 'x'}).charValue()).putLong(rnd.nextLong())
                    .putFloat(pick(rnd, new Float[] {Float.NaN, Float.POSITIVE_INFINITY, -1f, 0f, 3.5f, Float.MAX_VALUE}))
                    .putLong(pick(rnd, new Long[] {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, rnd.nextLong()}))
                    .putLong(pick(rnd, new Long[] {0L, 1L, 2L, 5L, -1L, Long.MAX_VALUE, rnd.nextLong()}));
        } else {
            byte[] junk = new byte[b.capacity()];
            rnd.nextBytes(junk);
            b.put(junk);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    private static String randomUnicode(Random rnd, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = rnd.nextInt(4) == 0 ? rnd.nextInt(0x80) : 0x4E00 + rnd.nextInt(0x5000);
            b.appendCodePoint(rnd.nextInt(30) == 0 ? 0xD800 + rnd.nextInt(0x800) : cp);
        }
        return b.toString();
    }

    private static byte[] multipartGarbage(Random rnd) {
        byte[] body = new byte[rnd.nextInt(3000)];
        rnd.nextBytes(body);
        String boundary = rnd.nextBoolean() ? "xyz" : "";
        String type = pick(rnd, new String[] {"multipart/form-data; boundary=" + boundary, "multipart/form-data", "text/plain",
                "application/json", "multipart/mixed; boundary=" + boundary});
        String head = "POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: " + type
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        if (rnd.nextBoolean() && !boundary.isEmpty()) {
            body = ("--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + pick(rnd, FRAGMENTS) + ".txt\"\r\n\r\n"
                    + randomUnicode(rnd, 200) + "\r\n--xyz" + (rnd.nextBoolean() ? "--" : "")).getBytes(StandardCharsets.UTF_8);
            head = head.replaceAll("Content-Length: \\d+", "Content-Length: " + body.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static <T> T pick(Random rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Sends one request and returns the status code of the answer (0 when there was none). */
    private static int send(int port, byte[] request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = s.getInputStream();
            byte[] head = new byte[12];
            int n = 0;
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
            in.transferTo(OutputStream.nullOutputStream());
            String line = new String(head, 0, n, StandardCharsets.ISO_8859_1);
            return line.startsWith("HTTP/1.1 ") && n >= 12 ? Integer.parseInt(line.substring(9, 12)) : 0;
        }
    }
}
