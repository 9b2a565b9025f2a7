package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.policyminer.ingest.HostileFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads over real HTTP from loopback without a token: stored under a generated name, indexed at once. */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer server;
    private Path root;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        root = tmp;
        server = TestServer.loopback(tmp);
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private long hits(String q) throws Exception {
        return json(server.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).get("total").asLong();
    }

    @Test
    void anUploadIsStoredUnderItsHashAndSearchableAtOnce() throws Exception {
        HttpResponse<String> r = server.upload(new TestServer.Multipart().file("../../../etc/passwd.txt",
                "乌兰察布市乳业振兴报告。" + HostileFiles.CHINESE));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode f = json(r).get("files").get(0);
        assertEquals("../../../etc/passwd.txt", f.get("fileName").asText());
        assertEquals("INDEXED", f.get("outcome").asText());
        String id = f.get("docId").asText();
        assertTrue(Files.isRegularFile(server.corpus.resolve("uploads/" + id + ".txt")), "stored under its content hash");
        assertEquals(List.of("corpus", "index"), list(root), "nothing written beside the corpus and the index");
        assertEquals(1, hits("乌兰察布"));

        HttpResponse<String> again = server.upload(new TestServer.Multipart().file("other-name.txt",
                "乌兰察布市乳业振兴报告。" + HostileFiles.CHINESE));
        assertEquals("UNCHANGED", json(again).get("files").get(0).get("outcome").asText());
        assertEquals(1, hits("乌兰察布"), "the same content uploaded twice is one document");
    }

    @Test
    void aPolicyWhoseTitleHasASlashHasItsOwnPage() throws Exception {
        String title = "长三角科创/产业协同发展规划纲要";
        HttpResponse<String> r = server.upload(new TestServer.Multipart().file("slash.txt",
                "2021年，国务院印发《" + title + "》，提出到2025年研发投入强度达到3%。" + HostileFiles.CHINESE));
        assertEquals(200, r.statusCode(), r.body());
        // as the page asks for it: each part escaped, the slash kept
        String path = "/api/policies/" + java.util.Arrays.stream(title.split("/"))
                .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20")) // as encodeURIComponent
                .collect(java.util.stream.Collectors.joining("/"));
        HttpResponse<String> one = server.get(path);
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(title, json(one).get("policy").get("title").asText());
        assertEquals(1, json(one).get("documents").size());
        HttpResponse<String> missing = server.get("/api/policies/" + URLEncoder.encode("长三角科创", StandardCharsets.UTF_8) + "/x");
        assertEquals(404, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("no policy titled"), missing.body());
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void severalFilesGetOneResultEach() throws Exception {
        HttpResponse<String> r = server.upload(new TestServer.Multipart()
                .file("好的 报告.md", "# 鄂尔多斯市能源报告\n\n" + HostileFiles.CHINESE)
                .file("locked.pdf", HostileFiles.encryptedPdf())
                .file("broken.pdf", HostileFiles.randomBytes(3, 3000))
                .file("empty.txt", new byte[0]));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode files = json(r).get("files");
        assertEquals("INDEXED", files.get(0).get("outcome").asText());
        assertEquals("FAILED_ENCRYPTED", files.get(1).get("outcome").asText());
        assertEquals("FAILED_CORRUPT", files.get(2).get("outcome").asText());
        assertEquals("SKIPPED_EMPTY", files.get(3).get("outcome").asText());
        for (JsonNode f : files) {
            assertFalse(f.get("message").asText().isBlank());
        }
        try (Stream<Path> stored = Files.list(server.corpus.resolve("uploads"))) {
            assertTrue(stored.noneMatch(p -> p.toString().endsWith(".pdf")), "failed uploads are not kept");
        }
        assertEquals(1, hits("鄂尔多斯"));
    }

    /** A parse suspected of losing text is indexed, and says so in the upload result and in the document. */
    @Test
    void aSuspectParseIsIndexedWithAWarning() throws Exception {
        String prose = Files.readString(Path.of("core/src/test/resources/fixtures/quoted-tags-report.txt"));
        String signed = prose + "（完）\n"; // other bytes: the same content would be a duplicate
        HttpResponse<String> r = server.upload(new TestServer.Multipart().file("抽查报告.html", prose).file("抽查报告.txt", signed));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode html = json(r).get("files").get(0);
        assertEquals("INDEXED", html.get("outcome").asText(), r.body());
        assertTrue(html.get("warning").asText().startsWith("suspect_loss: kept "), r.body());
        JsonNode text = json(r).get("files").get(1);
        assertEquals("INDEXED", text.get("outcome").asText(), r.body());
        assertEquals("", text.get("warning").asText(), "the same prose as .txt keeps every character");

        JsonNode doc = json(server.get("/api/documents/" + html.get("docId").asText()));
        assertEquals(html.get("warning").asText(), "suspect_loss: " + doc.get("metadata").get("suspect_loss").asText());
        JsonNode clean = json(server.get("/api/documents/" + text.get("docId").asText()));
        assertFalse(clean.get("metadata").has("suspect_loss"));
        assertEquals(signed, clean.get("text").asText());
    }

    /** Every format of issue 14 item 6 is accepted, indexed under its own format name, and its figures are searchable. */
    @Test
    void officeFormatsAreAcceptedAndNamed() throws Exception {
        Path fixtures = Path.of("core/src/test/resources/fixtures/formats");
        TestServer.Multipart m = new TestServer.Multipart();
        List<String> names = List.of("report.doc", "report-ooxml.wps", "report.rtf", "report.odt", "report.epub", "statistics.xlsx", "report.ofd");
        for (String name : names) {
            m.file("上传-" + name, Files.readAllBytes(fixtures.resolve(name)));
        }
        HttpResponse<String> r = server.upload(m);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode files = json(r).get("files");
        for (int i = 0; i < names.size(); i++) {
            JsonNode f = files.get(i);
            assertEquals("INDEXED", f.get("outcome").asText(), f.toString());
            String ext = names.get(i).substring(names.get(i).indexOf('.') + 1);
            assertTrue(f.get("message").asText().endsWith("." + ext), f.toString());
            assertEquals(ext, json(server.get("/api/documents/" + f.get("docId").asText())).get("format").asText());
        }
        JsonNode fig = json(server.get("/api/figures?subject=" + URLEncoder.encode("山东", StandardCharsets.UTF_8)
                + "&indicator=" + URLEncoder.encode("R&D经费投入强度", StandardCharsets.UTF_8) + "&year=2020"));
        assertTrue(fig.toString().contains("2.30"), fig.toString());
        HttpResponse<String> xls = server.upload(new TestServer.Multipart().file("表.xls", Files.readAllBytes(fixtures.resolve("statistics.xls"))));
        assertEquals("INDEXED", json(xls).get("files").get(0).get("outcome").asText(), xls.body());
    }

    @Test
    void contentAlreadyInTheCorpusIsNotIndexedTwice() throws Exception {
        Path seed;
        try (Stream<Path> s = Files.list(server.corpus).filter(p -> p.toString().endsWith(".txt")).sorted()) {
            seed = s.findFirst().orElseThrow();
        }
        HttpResponse<String> r = server.upload(new TestServer.Multipart().file("copy.txt", Files.readAllBytes(seed)));
        JsonNode f = json(r).get("files").get(0);
        assertEquals("SKIPPED_DUPLICATE", f.get("outcome").asText(), r.body());
        assertTrue(f.get("message").asText().contains(seed.getFileName().toString()), r.body());
    }

    @Test
    void unknownFormatsAreRefusedWith415() throws Exception {
        HttpResponse<String> r = server.upload(new TestServer.Multipart().file("tool.exe", "MZ not a report"));
        assertEquals(415, r.statusCode());
        assertEquals("unsupported_media_type", json(r).get("error").asText());
        HttpResponse<String> noMultipart = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/upload"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"/etc/passwd\"}")).build());
        assertEquals(415, noMultipart.statusCode());
        HttpResponse<String> noFiles = server.upload(new TestServer.Multipart());
        assertEquals(400, noFiles.statusCode());
    }

    @Test
    void uploadsOverTheLimitAreRefusedWith413() throws Exception {
        byte[] big = HostileFiles.hugeLine(600_000); // 1.8 MB, limit 1 MB
        // the declared length alone is refused, before any of the body is read: send only the headers
        // (a client still writing a body it was refused can see the connection reset before it reads the answer)
        String declared = declaredTooLarge(big.length + 1000);
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
        assertTrue(declared.contains("\"too_large\""), declared);

        TestServer.Multipart m = new TestServer.Multipart().file("big.txt", big);
        HttpRequest chunkedRequest = HttpRequest.newBuilder(URI.create(server.base() + "/api/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + m.boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(m.body()))).build();
        HttpResponse<String> chunked;
        try {
            chunked = server.send(chunkedRequest);
        } catch (java.io.IOException closedWhileSending) {
            // the server refused mid-body and closed first: the same request once more reads its answer
            chunked = server.send(chunkedRequest);
        }
        assertEquals(413, chunked.statusCode(), "without a Content-Length the multipart limit answers: " + chunked.body());
        assertEquals(200, server.get("/api/health").statusCode());
    }

    private String declaredTooLarge(int length) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.app.port())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1:" + server.app.port()
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[1024];
            int n;
            while ((n = in.read(buf)) > 0) { // until the JSON body is complete or the server closes
                answer.write(buf, 0, n);
                String sofar = answer.toString(java.nio.charset.StandardCharsets.UTF_8);
                int body = sofar.indexOf("\r\n\r\n");
                if (body >= 0 && sofar.indexOf('}', body) >= 0) {
                    break;
                }
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void deleteRemovesTheDocumentAndTheStoredUpload() throws Exception {
        HttpResponse<String> r = server.upload(new TestServer.Multipart().file("del.txt", "齐齐哈尔市冰雪经济报告。" + HostileFiles.CHINESE));
        String id = json(r).get("files").get(0).get("docId").asText();
        assertEquals(1, hits("齐齐哈尔"));
        HttpResponse<String> d = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/documents/" + id)).DELETE().build());
        assertEquals(200, d.statusCode(), d.body());
        assertEquals(0, hits("齐齐哈尔"));
        assertFalse(Files.exists(server.corpus.resolve("uploads/" + id + ".txt")));
        assertEquals(404, server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/documents/" + id)).DELETE().build()).statusCode());
        assertEquals(404, server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/documents/..%2F..%2Fetc%2Fpasswd")).DELETE().build()).statusCode());
    }

    @Test
    void reindexBringsTheIndexInLineWithTheCorpus() throws Exception {
        Files.writeString(server.corpus.resolve("dropped-in.txt"), "佳木斯市农业报告。" + HostileFiles.CHINESE);
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/reindex"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(json(r).get("summary").asText().contains("added 1"), r.body());
        assertEquals(1, hits("佳木斯"));
    }
}
