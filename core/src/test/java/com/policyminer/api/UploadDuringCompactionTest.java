package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.index.StoredJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An upload completes while a reindex merges the index (issue 21): the merge runs beside writes. */
class UploadDuringCompactionTest {

    @Test
    void anUploadCompletesAndIsFoundWhileAReindexIsMerging(@TempDir Path tmp) throws Exception {
        try (TestServer server = TestServer.loopback(tmp)) {
            // a second segment (a file added to the corpus folder) gives the reindex something to index and merge
            Files.writeString(server.corpus.resolve("added.txt"), "《关于深化科技体制改革的意见》提出，兰州新区2023年地区生产总值增长12%。");
            CountDownLatch merging = new CountDownLatch(1);
            CountDownLatch gate = new CountDownLatch(1);
            server.engine.embeddedIndex().beforeEachMerge(() -> {
                merging.countDown();
                try {
                    gate.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            CompletableFuture<HttpResponse<String>> reindex = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/reindex"))
                            .POST(HttpRequest.BodyPublishers.noBody()).build());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                assertTrue(merging.await(60, TimeUnit.SECONDS), "the reindex reached its merge");
                long t0 = System.nanoTime();
                HttpResponse<String> up = server.upload(new TestServer.Multipart().file("during-merge.txt",
                        "宁夏回族自治区2022年研发投入强度为1.57%，比上年提高0.1个百分点。"));
                assertEquals(200, up.statusCode(), up.body());
                assertTrue(up.body().contains("INDEXED"), up.body());
                assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(30));
                assertFalse(reindex.isDone(), "the merge is still held: the upload did not wait for it");
                JsonNode found = StoredJson.MAPPER.readTree(server.get("/api/search?q=" + java.net.URLEncoder.encode(
                        "宁夏回族自治区", java.nio.charset.StandardCharsets.UTF_8)).body());
                assertTrue(found.get("total").asInt() >= 1, "the upload is searchable during the merge: " + found);
            } finally {
                gate.countDown();
            }
            HttpResponse<String> done = reindex.get(120, TimeUnit.SECONDS);
            server.engine.embeddedIndex().beforeEachMerge(null);
            assertEquals(200, done.statusCode(), done.body());
            assertTrue(done.body().contains("added.txt") || done.body().contains("\"INDEXED\":1"), done.body());
            // both survive the merge's commit, and a reader of the committed index (the CLI) sees them
            try (var reader = org.apache.lucene.index.DirectoryReader.open(
                    org.apache.lucene.store.FSDirectory.open(tmp.resolve("index")))) {
                var s = new org.apache.lucene.search.IndexSearcher(reader);
                var reports = new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(
                        com.policyminer.index.Schema.TYPE.fieldName(), com.policyminer.index.Schema.TYPE_REPORT));
                assertEquals(7, s.count(reports), "5 seeds, the added file and the upload, committed");
            }
        }
    }
}
