package com.policyminer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.app.BackendOptions;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.search.SearchRequest;
import com.policyminer.solr.SolrTestCluster;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve --backend solr} answers {@code /api/search} over HTTP as the embedded index answers the same search.
 * The server runs in a child JVM on the product's own class path ({@code core/target/runtime-classpath.txt}, which the
 * core module's build writes: Javalin and its Jetty 12) with this module's backend and the SolrJ client jars (not
 * Solr's Jetty): the two Jettys cannot share this module's test class path.
 */
@Tag("solr")
class SolrServeHttpTest {

    static final String COLLECTION = "served";

    @TempDir
    Path dir;

    /** The product's class path, the backend's classes and the client jars the backend jar packs (see solr/pom.xml). */
    static String childClassPath() throws Exception {
        Path runtime = Path.of("core/target/runtime-classpath.txt");
        assertTrue(Files.exists(runtime), runtime + " is written by the core module's build (mvn -pl core,solr test)");
        List<String> cp = new ArrayList<>();
        cp.add(Path.of("core/target/classes").toAbsolutePath().toString());
        cp.add(Path.of("solr/target/classes").toAbsolutePath().toString());
        cp.addAll(List.of(Files.readString(runtime).strip().split(File.pathSeparator)));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            if (e.contains("/org/apache/solr/solr-solrj/") || e.contains("/org/apache/solr/solr-solrj-zookeeper/")
                    || e.contains("/org/apache/solr/solr-api/") || e.contains("/org/apache/zookeeper/")
                    || e.contains("/org/apache/httpcomponents/") || e.contains("/io/netty/")
                    || e.contains("/org/apache/commons/commons-math3/")) {
                cp.add(entry);
            }
        }
        return String.join(File.pathSeparator, cp);
    }

    static JsonNode get(HttpClient http, int port, String path, int status) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        return StoredJson.MAPPER.readTree(r.body());
    }

    @Test
    void serveOnSolrAnswersSearchesAsTheEmbeddedIndex() throws Exception {
        MiniSolrCloudCluster cluster = SolrTestCluster.get();
        SolrTestCluster.collection(COLLECTION, 2);
        Path corpus = Path.of("corpus");
        Config config = Config.fromEnvironment(Map.of()).withIndex(dir.resolve("index")).withCorpus(corpus).withThreads(1);
        BackendOptions solr = new BackendOptions("solr", cluster.getZkServer().getZkAddress(), COLLECTION);
        try (Engine e = Engine.open(config, solr, false)) {
            e.ingest().run(corpus, null);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process server = new ProcessBuilder(java.toString(), "-Xmx768m", "-Dfile.encoding=UTF-8", "-cp", childClassPath(),
                "com.policyminer.cli.Main", "serve", "--backend", "solr", "--zk", cluster.getZkServer().getZkAddress(),
                "--solr-collection", COLLECTION, "--no-ingest", "--no-warmup", "--port", String.valueOf(port),
                "--index", dir.resolve("unused").toString(), "--corpus", corpus.toString())
                .redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        java.util.concurrent.CountDownLatch serving = new java.util.concurrent.CountDownLatch(1);
        Thread drain = new Thread(() -> {
            // reads all the server says, to its end: a full pipe would stop it
            try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    if (line.startsWith("serving http://")) {
                        serving.countDown();
                    }
                }
            } catch (java.io.IOException x) {
                // the server is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        try (Engine embedded = new Engine(Config.fromEnvironment(Map.of()).withIndex(dir.resolve("embedded")).withCorpus(corpus))) {
            embedded.ingest().run(corpus, null);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!serving.await(1, TimeUnit.SECONDS) && server.isAlive() && System.nanoTime() < until) {
                // waiting for "serving http://…"
            }
            assertEquals(0, serving.getCount(), "serve did not start:\n" + log);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (String q : List.of("技术合同成交额", "西安 研发投入", "\"京津冀协同发展\" AND 北京")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&collapse=false")).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, r.statusCode(), q + ": " + r.body());
                JsonNode body = StoredJson.MAPPER.readTree(r.body());
                var expected = embedded.reads().search(new SearchRequest(q, "auto", 1, 10, null, List.of(), null, null,
                        "relevance", List.of(), false, List.of(), List.of(), true, false));
                assertTrue(expected.total() > 0, q);
                assertEquals(expected.total(), body.get("total").asLong(), q);
                List<String> ids = new ArrayList<>();
                body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
                assertEquals(expected.hits().stream().map(h -> h.id()).toList(), ids, q);
                assertTrue(body.get("hits").get(0).get("passages").size() > 0, q);
            }
            // works, collections and a collection filter: served (no 501), as the embedded index serves them
            var works = embedded.reads().works();
            JsonNode listed = get(http, port, "/api/works?all=true", 200);
            assertEquals(works.works().works().size(), listed.get("works").asInt(), listed.toString());
            assertEquals(works.workOfDoc().size(), listed.get("files").asInt());
            List<String> itemIds = new ArrayList<>();
            listed.get("items").forEach(w -> itemIds.add(w.get("id").asText()));
            assertEquals(works.works().works().stream().map(w -> w.id()).toList(), itemIds);
            String first = works.works().works().get(0).id();
            assertEquals(first, get(http, port, "/api/works/" + first, 200).get("id").asText());
            JsonNode collections = get(http, port, "/api/collections", 200);
            assertTrue(collections.get("collections").isArray() && collections.get("tags").isArray(), collections.toString());
            assertEquals(0, get(http, port, "/api/search?q=" + URLEncoder.encode("技术合同成交额", StandardCharsets.UTF_8)
                    + "&collection=" + URLEncoder.encode("没有这个", StandardCharsets.UTF_8), 200).get("total").asLong());
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/search?q=" + URLEncoder.encode("title:(", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(400, bad.statusCode(), bad.body());
            assertTrue(StoredJson.MAPPER.readTree(bad.body()).has("error"), bad.body());
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }
}
