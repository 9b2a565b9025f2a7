package com.policyminer.bench;

import com.policyminer.app.BackendOptions;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.ingest.IngestOutcome;
import com.policyminer.ingest.IngestReport;
import com.policyminer.search.SearchRequest;
import com.policyminer.solr.PluginLib;
import com.policyminer.solr.SolrConfigset;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Throughput of the embedded index against SolrCloud with 1 node / 1 shard and 2 nodes / 2 shards, in one run and
 * through the same ports: {@code ingest} (the corpus run, writing through {@code IndexBackend}) of the bundled corpus
 * plus generated reports ({@code bench}'s generator and seed), then the benchmark's analyst queries
 * ({@code bench/queries.txt}) through {@code SearchService} at concurrency 4 (first page of 10 with passages and facets;
 * every file a hit, as Solr serves them). Prints a table with ratios to embedded and writes it to
 * {@code target/solr-throughput.txt}. Skipped unless {@code -Dbench.solr=true}:
 * <pre>
 * mvn -B -ntp -o test -pl core,bench,solr -Dtest=SolrThroughputBench -Dbench.solr=true [-Dbench.solr.docs=1000] [-Dbench.solr.rounds=5]
 * </pre>
 * The Solr nodes, ZooKeeper and the client run in this JVM, on the machine's cores beside the ingest: a cluster on
 * its own machines would not share them.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.solr", matches = "true")
class SolrThroughputBench {

    static final String COLLECTION = "reports";
    static final int PAGE = 10;
    static final int CONCURRENCY = 4;

    @TempDir
    Path dir;

    record Row(String backend, int indexed, double ingestSeconds, double docsPerSec, Latencies search, List<Long> totals) {
    }

    @Test
    void embeddedAgainstOneAndTwoSolrShards() throws Exception {
        int docs = Integer.getInteger("bench.solr.docs", 1000);
        int rounds = Integer.getInteger("bench.solr.rounds", 5);
        String loadBefore = load();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> seeds = Files.list(Path.of("corpus"))) {
            for (Path f : seeds.filter(Files::isRegularFile).toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        CorpusGenerator generator = new CorpusGenerator(SeedText.read(Path.of("corpus")), 20261121L);
        generator.write(corpus, 0, docs);
        List<String> queries = BenchQueries.load();
        Config config = Config.fromEnvironment(Map.of()).withCorpus(corpus);

        // the JIT compiles parse, extraction and the index writer on a throwaway ingest, not on the first backend's
        Path warm = Files.createDirectories(dir.resolve("warm-corpus"));
        generator.write(warm, docs, docs + 150);
        try (Engine e = Engine.open(config.withIndex(dir.resolve("warm-index")).withCorpus(warm), BackendOptions.embedded(), false)) {
            e.ingest().run(warm, null);
        }

        List<Row> rows = new ArrayList<>();
        rows.add(measure("embedded", config.withIndex(dir.resolve("index")), BackendOptions.embedded(), corpus, queries, rounds));
        for (int nodes : new int[] {1, 2}) {
            MiniSolrCloudCluster cluster = cluster(nodes);
            try {
                CollectionAdminRequest.createCollection(COLLECTION, "policy-miner", nodes, 1).process(cluster.getSolrClient());
                cluster.waitForActiveCollection(COLLECTION, nodes, nodes);
                BackendOptions solr = new BackendOptions(BackendOptions.SOLR, cluster.getZkServer().getZkAddress(), COLLECTION);
                rows.add(measure("solr " + nodes + " node" + (nodes > 1 ? "s" : "") + ", " + nodes + " shard" + (nodes > 1 ? "s" : ""),
                        config.withIndex(dir.resolve("unused")), solr, corpus, queries, rounds));
            } finally {
                cluster.shutdown();
            }
        }
        String table = table(rows, docs, queries.size(), rounds, loadBefore, load());
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "solr-throughput.txt"), table, StandardCharsets.UTF_8);
        for (Row r : rows) {
            assertEquals(rows.get(0).indexed(), r.indexed(), r.backend() + ": reports indexed");
            assertEquals(rows.get(0).totals(), r.totals(), r.backend() + ": totals of the queries");
        }
    }

    private static MiniSolrCloudCluster cluster(int nodes) throws Exception {
        Path home = Files.createTempDirectory("policyminer-solr-bench");
        Path lib = PluginLib.write(home.resolve("lib"));
        String solrXml = MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replaceFirst("<solr>",
                "<solr>\n  <str name=\"sharedLib\">" + lib.toAbsolutePath() + "</str>");
        return new MiniSolrCloudCluster.Builder(nodes, home.resolve("cluster"))
                .addConfig("policy-miner", SolrConfigset.CHECKED_IN)
                .withSolrXml(solrXml)
                .configure();
    }

    private static Row measure(String name, Config config, BackendOptions backend, Path corpus, List<String> queries,
                               int rounds) throws Exception {
        try (Engine engine = Engine.open(config, backend, false)) {
            if (engine.reportSearch() != null) {
                engine.reportSearch().keepAnswers(false); // every timed search searches (each query is sent 20 times)
            }
            System.gc();
            long t0 = System.nanoTime();
            IngestReport report = engine.ingest().run(corpus, null);
            double seconds = (System.nanoTime() - t0) / 1e9;
            int indexed = report.count(IngestOutcome.INDEXED);
            List<Long> totals = new ArrayList<>();
            for (String q : queries) {
                totals.add(engine.reads().search(request(q)).total());
            }
            // warm-up: the query list for at least the bench's warm-up time, then the timed rounds at concurrency 4
            long warmEnd = System.nanoTime() + SearchBench.WARM_UP.toNanos();
            while (System.nanoTime() < warmEnd) {
                for (String q : queries) {
                    engine.reads().search(request(q));
                }
            }
            System.gc();
            Latencies search = concurrent(engine, queries, rounds);
            System.out.printf("%s: %d indexed in %.1f s; search p50 %.1f ms, p99 %.1f ms%n", name, indexed, seconds,
                    search.p50Ms(), search.p99Ms());
            return new Row(name, indexed, seconds, indexed / seconds, search, totals);
        }
    }

    /** The first page of 10 with passages and facets, every file a hit (Solr does not collapse works). */
    private static SearchRequest request(String q) {
        return new SearchRequest(q, "auto", 1, PAGE, null, List.of(), null, null, "relevance", List.of(), false,
                List.of(), List.of(), true, false);
    }

    /** Each of 4 threads runs the query list {@code rounds} times, from its own offset: every search timed. */
    private static Latencies concurrent(Engine engine, List<String> queries, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            List<Future<long[]>> jobs = new ArrayList<>();
            for (int t = 0; t < CONCURRENCY; t++) {
                int offset = t * queries.size() / CONCURRENCY;
                jobs.add(pool.submit(() -> {
                    long[] samples = new long[queries.size() * rounds];
                    for (int k = 0; k < samples.length; k++) {
                        String q = queries.get((k + offset) % queries.size());
                        long s = System.nanoTime();
                        engine.reads().search(request(q));
                        samples[k] = System.nanoTime() - s;
                    }
                    return samples;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> j : jobs) {
                for (long n : j.get()) {
                    all.add(n);
                }
            }
            return Latencies.ofNanos(all.stream().mapToLong(Long::longValue).toArray());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String table(List<Row> rows, int docs, int queries, int rounds, String loadBefore, String loadAfter) {
        Row base = rows.get(0);
        StringBuilder b = new StringBuilder();
        b.append(String.format("Solr throughput, %s; %d cores, %s, Java %s; load (1/5/15 min) before %s, after %s%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), loadBefore, loadAfter));
        b.append(String.format("corpus: the bundled corpus + %d generated reports (%d indexed); %d queries × %d rounds × %d threads%n",
                docs, base.indexed(), queries, rounds, CONCURRENCY));
        b.append(String.format("%-22s %13s %6s %13s %6s %13s %6s%n", "backend", "ingest docs/s", "×", "search p50 ms", "×",
                "search p99 ms", "×"));
        for (Row r : rows) {
            b.append(String.format("%-22s %13.1f %6.2f %13.1f %6.2f %13.1f %6.2f%n", r.backend(), r.docsPerSec(),
                    r.docsPerSec() / base.docsPerSec(), r.search().p50Ms(), r.search().p50Ms() / base.search().p50Ms(),
                    r.search().p99Ms(), r.search().p99Ms() / base.search().p99Ms()));
        }
        return b.toString();
    }
}
