package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.index.StoredJson;
import com.policyminer.ingest.HostileFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search clients, a stream of uploads (reports, huge one-line files, zip bombs, random bytes), deletes
 * and reindexes, all at once against the real server: no 5xx but the documented 503, no writer left
 * closed, every upload that was accepted (and not deleted) searchable at the end, memory under the heap.
 * Short in CI ({@code soak.seconds}, default 20); the longer manual run (issue 15):
 * {@code mvn test -Dtest=SoakTest -Dsoak.seconds=1800 -Dsoak.clients=8 -Dtest.heap=-Xmx512m}.
 */
@Tag("slow")
@Tag("soak")
class SoakTest {

    @TempDir
    Path tmp;

    private static final List<String> QUERIES = List.of("科技创新", "西安", "研发经费", "区域~1", "科技*", "title:报告",
            "\"创新中心\"", "兰州 OR 成都", "发展", "国家");

    @Test
    void searchesUploadsDeletesAndReindexesTogether() throws Exception {
        int seconds = Integer.getInteger("soak.seconds", 20);
        int clients = Integer.getInteger("soak.clients", 4);
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        Map<String, String> accepted = new ConcurrentHashMap<>(); // marker word → doc id
        AtomicInteger requests = new AtomicInteger();
        try (TestServer server = new TestServer(tmp, "", 8L << 20, "", "127.0.0.1")) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(clients + 2);
            List<Future<?>> jobs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int seed = c;
                jobs.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    while (System.nanoTime() < end) {
                        String q = QUERIES.get(random.nextInt(QUERIES.size()));
                        HttpResponse<String> r = server.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                        check(r, "search " + q, errors);
                        requests.incrementAndGet();
                    }
                    return null;
                }));
            }
            jobs.add(pool.submit(() -> {
                Random random = new Random(99);
                int n = 0;
                while (System.nanoTime() < end) {
                    n++;
                    String marker = "浸泡测试" + toChinese(n) + "号报告";
                    byte[] bytes;
                    String name;
                    switch (n % 5) {
                        case 0 -> { bytes = HostileFiles.hugeLine(1_500_000); name = "line-" + n + ".txt"; marker = null; }
                        case 1 -> { bytes = HostileFiles.zipBombDocx(50); name = "bomb-" + n + ".docx"; marker = null; }
                        case 2 -> { bytes = HostileFiles.randomBytes(n, 20_000); name = "random-" + n + ".pdf"; marker = null; }
                        default -> { bytes = ("兰州市科技报告。" + marker + "，研发经费增长" + n + "%。").getBytes(StandardCharsets.UTF_8);
                            name = "report-" + n + ".txt"; }
                    }
                    HttpResponse<String> r = server.upload(new TestServer.Multipart().file(name, bytes));
                    check(r, "upload " + name, errors);
                    requests.incrementAndGet();
                    if (r.statusCode() == 200 && marker != null) {
                        JsonNode f = StoredJson.MAPPER.readTree(r.body()).at("/files/0");
                        if (f.at("/outcome").asText().equals("INDEXED")) {
                            accepted.put(marker, f.at("/docId").asText());
                        }
                    }
                    if (n % 7 == 0 && !accepted.isEmpty()) {
                        String victim = new ArrayList<>(accepted.keySet()).get(random.nextInt(accepted.size()));
                        String id = accepted.remove(victim);
                        HttpResponse<String> d = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/documents/" + id))
                                .DELETE().build());
                        check(d, "delete", errors);
                    }
                }
                return null;
            }));
            jobs.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/reindex"))
                            .POST(HttpRequest.BodyPublishers.noBody()).build());
                    check(r, "reindex", errors);
                    Thread.sleep(2000);
                }
                return null;
            }));
            for (Future<?> job : jobs) {
                job.get(seconds + 300L, TimeUnit.SECONDS);
            }
            pool.shutdown();

            System.out.printf("soak: %d s, %d clients, %d requests, %d uploads accepted and kept%n", seconds, clients,
                    requests.get(), accepted.size());
            assertEquals(List.of(), List.copyOf(errors), "no 5xx but documented 503s, after " + requests.get() + " requests");
            HttpResponse<String> health = server.get("/api/health");
            assertEquals(200, health.statusCode(), health.body());
            JsonNode h = StoredJson.MAPPER.readTree(health.body());
            assertTrue(h.at("/writer/open").asBoolean(), health.body());
            assertTrue(h.at("/heap/usedMb").asLong() < h.at("/heap/maxMb").asLong(), health.body());
            assertTrue(accepted.size() > 0, "some uploads were accepted");
            for (Map.Entry<String, String> e : accepted.entrySet()) {
                HttpResponse<String> r = server.get("/api/search?q=" + URLEncoder.encode("\"" + e.getKey() + "\"", StandardCharsets.UTF_8));
                JsonNode result = StoredJson.MAPPER.readTree(r.body());
                assertTrue(result.at("/hits").toString().contains(e.getValue()), e.getKey() + " is searchable: " + r.body());
            }
        }
    }

    private static void check(HttpResponse<String> r, String what, ConcurrentLinkedQueue<String> errors) {
        if (r.statusCode() >= 500 && !(r.statusCode() == 503 && r.body().contains("\"unavailable\""))) {
            errors.add(what + ": " + r.statusCode() + " " + r.body());
        }
    }

    /** n written with Chinese digits (so each marker is its own word, not a number). */
    private static String toChinese(int n) {
        String digits = "零一二三四五六七八九";
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }
}
