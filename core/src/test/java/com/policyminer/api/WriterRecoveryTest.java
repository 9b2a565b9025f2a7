package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.analysis.CjkBigramAnalyzer;
import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.index.Analyzers;
import com.policyminer.index.StoredJson;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An OutOfMemoryError inside the index writer closes it (Lucene's "tragic event"). The server must
 * not go on saying "ok" over a dead writer: the upload that hit it gets its own outcome, the writer
 * is reopened, later uploads, deletes and searches work, and /api/health says what happened (issue 15).
 * The error is injected where a real one strikes: in the analysis of a field, inside the writer.
 */
class WriterRecoveryTest {

    private static final String POISON = "内存耗尽测试";

    @TempDir
    Path tmp;

    /** The bigram analyzer, throwing an OutOfMemoryError on a text with {@link #POISON}. */
    private static Analyzers failingAnalyzers() {
        Analyzer bigram = new CjkBigramAnalyzer();
        Analyzer failing = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return bigram;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                try {
                    StringBuilder b = new StringBuilder();
                    reader.transferTo(new java.io.Writer() {
                        @Override
                        public void write(char[] c, int off, int len) {
                            b.append(c, off, len);
                        }

                        @Override
                        public void flush() {
                        }

                        @Override
                        public void close() {
                        }
                    });
                    if (b.indexOf(POISON) >= 0) {
                        throw new OutOfMemoryError("Java heap space (injected by the test)");
                    }
                    return new StringReader(b.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        return new Analyzers(new HanLPAnalyzer(), failing);
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return StoredJson.MAPPER.readTree(r.body());
    }

    @Test
    void anOutOfMemoryErrorInTheWriterIsReportedAndTheWriterReopened() throws Exception {
        try (TestServer server = new TestServer(tmp, "", 1024 * 1024, "", "127.0.0.1", failingAnalyzers())) {
            HttpResponse<String> a = server.upload(new TestServer.Multipart().file("a.txt", "兰州市2020年研发经费增长5%。"));
            assertEquals("INDEXED", json(a).at("/files/0/outcome").asText(), a.body());

            HttpResponse<String> poisoned = server.upload(new TestServer.Multipart().file("b.txt", "西安市" + POISON + "增长7%。"));
            assertEquals(200, poisoned.statusCode(), poisoned.body());
            JsonNode b = json(poisoned).at("/files/0");
            assertEquals("FAILED_TOO_LARGE", b.at("/outcome").asText(), poisoned.body());
            assertTrue(b.at("/message").asText().contains("out of memory"), poisoned.body());

            HttpResponse<String> health = server.get("/api/health");
            assertEquals(200, health.statusCode(), health.body());
            JsonNode h = json(health);
            assertEquals("ok", h.at("/status").asText());
            assertTrue(h.at("/writer/open").asBoolean(), health.body());
            assertEquals(1, h.at("/writer/reopened").asInt(), health.body());
            assertFalse(h.at("/writer/lastCommit").isNull(), health.body());
            assertTrue(h.at("/heap/maxMb").asLong() > 0 && h.at("/heap/headroomMb").asLong() > 0, health.body());

            HttpResponse<String> c = server.upload(new TestServer.Multipart().file("c.txt", "成都市2021年研发经费增长9%。"));
            assertEquals("INDEXED", json(c).at("/files/0/outcome").asText(), c.body());
            assertEquals(2, json(server.get("/api/health")).at("/documents").asInt());
            HttpResponse<String> found = server.get("/api/search?q=%E5%85%B0%E5%B7%9E"); // 兰州: committed before the failure
            assertEquals(1, json(found).at("/total").asInt(), found.body());

            String id = json(a).at("/files/0/docId").asText();
            HttpResponse<String> deleted = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/documents/" + id))
                    .DELETE().build());
            assertEquals(200, deleted.statusCode(), deleted.body());
        }
    }

    @Test
    void whileTheWriterCannotBeReopenedHealthAndWritesAre503WithTheReasonThenRecover() throws Exception {
        try (TestServer server = new TestServer(tmp, "", 1024 * 1024, "", "127.0.0.1", failingAnalyzers())) {
            server.upload(new TestServer.Multipart().file("a.txt", "兰州市2020年研发经费增长5%。"));
            server.upload(new TestServer.Multipart().file("b.txt", "西安市" + POISON + "增长7%。"));
            // another process takes the index's lock between the failure and the next write
            try (FSDirectory dir = FSDirectory.open(server.engine.config().index());
                 Lock taken = dir.obtainLock("write.lock")) {
                assertNotNull(taken);
                HttpResponse<String> health = server.get("/api/health");
                assertEquals(503, health.statusCode(), health.body());
                assertEquals("unavailable", json(health).at("/status").asText());
                assertFalse(json(health).at("/writer/open").asBoolean());
                assertTrue(json(health).at("/writer/problem").asText().contains("cannot be reopened"), health.body());
                HttpResponse<String> upload = server.upload(new TestServer.Multipart().file("c.txt", "成都市增长9%。"));
                assertEquals(503, upload.statusCode(), upload.body());
                assertEquals("unavailable", json(upload).at("/error").asText());
                assertEquals(200, server.get("/api/search?q=%E5%85%B0%E5%B7%9E").statusCode(), "searches still answer");
            }
            assertEquals(200, server.get("/api/health").statusCode(), "recovered once the lock is free");
            HttpResponse<String> c = server.upload(new TestServer.Multipart().file("c.txt", "成都市2021年研发经费增长9%。"));
            assertEquals("INDEXED", json(c).at("/files/0/outcome").asText(), c.body());
        }
    }

    @Test
    void anOutOfMemoryErrorInASearchIsA503WithJsonAndTheServerGoesOn() throws Exception {
        try (TestServer server = new TestServer(tmp, "", 1024 * 1024, "", "127.0.0.1", failingAnalyzers())) {
            server.upload(new TestServer.Multipart().file("a.txt", "兰州市2020年研发经费增长5%。"));
            // an unknown word is also searched in the bigram field, whose analyzer fails on it
            HttpResponse<String> r = server.get("/api/search?q=" + java.net.URLEncoder.encode(POISON, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(503, r.statusCode(), r.body());
            assertEquals("unavailable", json(r).at("/error").asText(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals(200, server.get("/api/search?q=%E5%85%B0%E5%B7%9E").statusCode());
            assertEquals(200, server.get("/api/health").statusCode());
        }
    }
}
