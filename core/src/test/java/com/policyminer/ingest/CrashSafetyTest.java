package com.policyminer.ingest;

import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.index.Schema;
import com.policyminer.parse.ParseLimits;
import com.policyminer.search.SearchRequest;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * SIGKILL in the middle of work, in a child JVM on the same classpath: the index opens, everything
 * committed before the kill is there and searchable, and a re-run completes with no duplicate and
 * no missing file.
 */
@Tag("slow")
class CrashSafetyTest {

    private static final int FILES = 300;

    @TempDir
    Path tmp;

    private static ProcessBuilder child(Path log, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dpolicyminer.log.level=WARN", "-cp", System.getProperty("java.class.path"), "com.policyminer.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("POLICYMINER_COMMIT_EVERY", "20");
        pb.environment().put("POLICYMINER_THREADS", "2");
        pb.environment().remove("POLICYMINER_TOKEN");
        return pb;
    }

    private static void generate(Path corpus, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder("第" + i + "号区域创新报告\n\n");
            for (int k = 0; k < 40; k++) {
                text.append(HostileFiles.CHINESE).append("指标").append(i * 100 + k).append("。\n");
            }
            HostileFiles.write(corpus, String.format("gen/%03d.txt", i), text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Paths of the reports in the last commit, or null when there is no commit yet. */
    private static List<String> committedPaths(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return null;
        }
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            List<String> paths = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : s.search(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_REPORT)), Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(Schema.PATH.fieldName()));
                paths.add(d.get(Schema.PATH.fieldName()));
            }
            return paths;
        } catch (IndexNotFoundException e) {
            return null;
        }
    }

    private static Config config(Path index, Path corpus) {
        return new Config(index, corpus, "127.0.0.1", 0, 2, 20,
                new ParseLimits(10L << 20, 1_000_000, Duration.ofSeconds(30)), "", 10L << 20, "");
    }

    @Test
    void killedIngestLosesNothingCommittedAndARerunCompletes() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        generate(corpus, FILES);
        Process p = child(tmp.resolve("ingest.log"), "ingest", "--corpus", corpus.toString(), "--index", index.toString()).start();
        List<String> before = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && p.isAlive()) {
            List<String> now = committedPaths(index);
            if (now != null && now.size() >= 40) {
                before = now;
                break;
            }
            Thread.sleep(50);
        }
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        if (before == null) {
            fail("the child ended or stalled before its second commit:\n" + Files.readString(tmp.resolve("ingest.log")));
        }
        assertTrue(before.size() < FILES, "killed in the middle, not after the end: " + before.size());

        try (FSDirectory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
            assertTrue(check.checkIndex().clean, "the index is consistent after SIGKILL");
        }
        List<String> survived = committedPaths(index);
        assertTrue(survived.containsAll(before), "everything committed before the kill is still there");
        assertEquals(survived.size(), new HashSet<>(survived).size(), "no duplicates after the kill");

        try (Engine engine = new Engine(config(index, corpus))) {
            for (String path : before.subList(0, 5)) {
                String n = String.valueOf(Integer.parseInt(path.substring(4, 7)));
                var hits = engine.reads().search(SearchRequest.of("\"第" + n + "号\"", 10)).hits();
                assertTrue(hits.stream().anyMatch(h -> h.path().equals(path)), path + " is searchable");
            }
            IngestReport rerun = engine.ingest().run(corpus, null);
            assertEquals(FILES, rerun.seen());
            assertEquals(0, rerun.failed(), rerun.summary());
            assertEquals(FILES, rerun.count(IngestOutcome.INDEXED) + rerun.count(IngestOutcome.UNCHANGED), rerun.summary());
            assertTrue(rerun.count(IngestOutcome.UNCHANGED) >= before.size(), rerun.summary());
        }
        List<String> after = committedPaths(index);
        assertEquals(FILES, after.size(), "no missing file and no duplicate");
        assertEquals(FILES, new HashSet<>(after).size());
    }

    @Test
    void killedServerDuringAnUploadRestartsWithEveryCommittedUpload() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        Files.createDirectories(corpus);
        Server server = Server.start(tmp.resolve("serve1.log"), corpus, index);
        HttpClient http = HttpClient.newHttpClient();
        List<String> ids = new ArrayList<>();
        String[] cities = {"白山市", "牡丹江市", "景德镇市"};
        for (String city : cities) {
            HttpResponse<String> r = http.send(upload(server.port, city + "陶瓷产业报告.txt",
                    (city + "产业报告。" + HostileFiles.CHINESE).getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            Matcher m = Pattern.compile("\"docId\":\"([0-9a-f]{64})\"").matcher(r.body());
            assertTrue(m.find(), r.body());
            ids.add(m.group(1));
        }
        byte[] inFlight = ("六盘水市报告。" + HostileFiles.CHINESE.repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        String boundary = "b" + UUID.randomUUID();
        byte[] body = multipart(boundary, "in-flight.txt", inFlight);
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port)) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            Thread.sleep(300);
            server.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        Server again = Server.start(tmp.resolve("serve2.log"), corpus, index);
        try {
            for (int i = 0; i < cities.length; i++) {
                String q = URLEncoder.encode(cities[i].substring(0, cities[i].length() - 1), StandardCharsets.UTF_8);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + again.port + "/api/search?q=" + q)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(r.body().contains(ids.get(i)), "upload " + cities[i] + " survived the kill: " + r.body());
                assertTrue(r.body().contains("\"total\":1"), r.body());
            }
            try (Stream<Path> stored = Files.list(corpus.resolve("uploads"))) {
                List<String> names = stored.map(p -> p.getFileName().toString()).sorted().toList();
                List<String> files = names.stream().filter(n -> !n.startsWith(".")).toList();
                assertEquals(3, files.size(), "no partial file left in uploads/: " + names);
                assertEquals(files.stream().map(n -> "." + n + ".json").sorted().toList(),
                        names.stream().filter(n -> n.startsWith(".")).toList(),
                        "each upload with its sidecar (its name), no temporary file: " + names);
            }
            HttpResponse<String> retry = http.send(upload(again.port, "in-flight.txt", inFlight), HttpResponse.BodyHandlers.ofString());
            assertTrue(retry.body().contains("\"outcome\":\"INDEXED\""), retry.body());
        } finally {
            again.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static HttpRequest upload(int port, String name, byte[] bytes) {
        String boundary = "b" + UUID.randomUUID();
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, name, bytes))).build();
    }

    private static byte[] multipart(String boundary, String name, byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A child JVM running {@code serve} on a random port, read from its "serving http://…" line. */
    private record Server(Process process, int port) {
        static Server start(Path log, Path corpus, Path index) throws Exception {
            Process p = child(log, "serve", "--corpus", corpus.toString(), "--index", index.toString(), "--port", "0").start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            Pattern serving = Pattern.compile("serving http://[^:]+:(\\d+)/");
            while (System.nanoTime() < deadline && p.isAlive()) {
                if (Files.exists(log)) {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            Matcher m = serving.matcher(line);
                            if (m.find()) {
                                return new Server(p, Integer.parseInt(m.group(1)));
                            }
                        }
                    }
                }
                Thread.sleep(100);
            }
            p.destroyForcibly();
            throw new AssertionError("server did not start:\n" + Files.readString(log));
        }
    }
}
