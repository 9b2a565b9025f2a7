package com.policyminer.solr;

import com.policyminer.app.BackendOptions;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.eval.SearchEvaluation;
import com.policyminer.ingest.IngestReport;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A node goes down in the middle of an ingest into a 2-shard, 2-replica collection and comes back: the ingest
 * (the corpus run, through the solr backend's write port, which tries an update again while the cluster cannot take
 * it) ends with every report indexed, each once, and every one searchable.
 */
@Tag("solr")
class SolrNodeDownTest {

    static final String COLLECTION = "nodedown";

    @TempDir
    Path dir;

    @Test
    void everyReportIsSearchableOnceAfterANodeWentDownAndCameBackDuringTheIngest() throws Exception {
        MiniSolrCloudCluster cluster = SolrTestCluster.get();
        SolrTestCluster.collection(COLLECTION, 2);
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (Path d : SearchEvaluation.DOCUMENT_DIRS) {
            try (Stream<Path> s = Files.list(d)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    Files.copy(f, corpus.resolve(f.getFileName()));
                }
            }
        }
        int files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = (int) s.count();
        }
        Config config = Config.fromEnvironment(Map.of()).withIndex(dir.resolve("index")).withCorpus(corpus)
                .withThreads(1);
        BackendOptions solr = new BackendOptions("solr", cluster.getZkServer().getZkAddress(), COLLECTION);
        CountDownLatch started = new CountDownLatch(5);
        IngestReport report;
        try (Engine engine = Engine.open(config, solr, false)) {
            CompletableFuture<IngestReport> ingest = CompletableFuture.supplyAsync(() -> {
                try {
                    return engine.ingest().run(corpus, (done, total, result) -> started.countDown());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(started.await(120, TimeUnit.SECONDS), "the ingest did not start");
            JettySolrRunner node = cluster.getJettySolrRunner(1);
            cluster.stopJettySolrRunner(node);
            cluster.waitForJettyToStop(node);
            Thread.sleep(3000); // files go on being ingested while a replica of each shard is away
            cluster.startJettySolrRunner(node);
            cluster.waitForNode(node, 60);
            report = ingest.get(180, TimeUnit.SECONDS);
            cluster.waitForActiveCollection(COLLECTION, 2, 4);
            engine.index().commit();
            assertTrue(report.failures().isEmpty(), report.summary() + " " + report.failures());
            assertEquals(files, report.count(com.policyminer.ingest.IngestOutcome.INDEXED), report.summary());
            assertEquals(files, engine.reads().documentCount());
            assertEquals(files, engine.index().indexedReports().size());
            // each report once: one root per path in the whole collection
            FacetField byPath = cluster.getSolrClient(COLLECTION).query(new SolrQuery("type:report").setRows(0)
                    .setFacet(true).addFacetField("path").setFacetLimit(-1).setFacetMinCount(2)).getFacetField("path");
            assertEquals(0, byPath.getValueCount(), "reports found twice: " + byPath.getValues());
            // and each searchable: found by its own title's words, and by id
            TreeSet<String> missing = new TreeSet<>();
            for (var s : engine.reads().documents()) {
                if (!engine.reads().exists(s.id())) {
                    missing.add(s.path());
                }
            }
            assertEquals(new TreeSet<>(), missing);
            var hits = engine.reads().search(new com.policyminer.search.SearchRequest("科技", "auto", 1, 100, null,
                    java.util.List.of(), null, null, "relevance", java.util.List.of(), false, java.util.List.of(),
                    java.util.List.of(), true, false));
            assertTrue(hits.total() >= files / 2, "科技: " + hits.total() + " of " + files);
        }
    }
}
