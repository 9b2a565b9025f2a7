package com.policyminer.solr;

import com.policyminer.app.BackendOptions;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.eval.SearchEvaluation;
import com.policyminer.ingest.IngestOutcome;
import com.policyminer.ingest.IngestReport;
import com.policyminer.ingest.Shard;
import com.policyminer.search.SearchRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ingest --shard 1/2} and {@code --shard 2/2}, run at once (two engines, each with its own client, as two
 * processes would be) into one 2-shard collection, give the collection one ingest gives: the same reports under the
 * same paths with the same content ids, the same totals, a duplicate skipped once; a re-run of a share changes nothing.
 */
@Tag("solr")
class SolrShardedIngestTest {

    @TempDir
    Path dir;

    private BackendOptions collection(String name) throws Exception {
        MiniSolrCloudCluster cluster = SolrTestCluster.get();
        SolrTestCluster.collection(name, 2);
        return new BackendOptions("solr", cluster.getZkServer().getZkAddress(), name);
    }

    private Path corpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (Path d : SearchEvaluation.DOCUMENT_DIRS) {
            try (Stream<Path> s = Files.list(d)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    Files.copy(f, corpus.resolve(f.getFileName()));
                }
            }
        }
        Files.copy(Path.of("corpus/000_f8820dc2aea3848d.txt"), corpus.resolve("copy of 000.txt"));
        return corpus;
    }

    private static IngestReport ingest(Config config, BackendOptions solr, Shard shard) {
        try (Engine engine = Engine.open(config, solr, false)) {
            return engine.ingest().run(config.corpus(), shard, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void twoShareProcessesAtOnceGiveTheCollectionOneIngestGives() throws Exception {
        Path corpus = corpus();
        int files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = (int) s.count();
        }
        Config config = Config.fromEnvironment(Map.of()).withIndex(dir.resolve("unused")).withCorpus(corpus).withThreads(1);
        BackendOptions single = collection("single");
        BackendOptions sharded = collection("sharded");

        IngestReport whole = ingest(config, single, Shard.ALL);
        CompletableFuture<IngestReport> first = CompletableFuture.supplyAsync(() -> ingest(config, sharded, new Shard(1, 2)));
        CompletableFuture<IngestReport> second = CompletableFuture.supplyAsync(() -> ingest(config, sharded, new Shard(2, 2)));
        IngestReport a = first.get();
        IngestReport b = second.get();

        assertEquals(files, whole.seen());
        assertEquals(files, a.seen() + b.seen(), "every file in one share: " + a.summary() + " | " + b.summary());
        assertEquals(files, a.seen() + a.otherShares());
        assertTrue(a.seen() > files / 4 && b.seen() > files / 4, a.summary() + " | " + b.summary());
        assertEquals(whole.count(IngestOutcome.INDEXED), a.count(IngestOutcome.INDEXED) + b.count(IngestOutcome.INDEXED));
        assertEquals(1, a.count(IngestOutcome.SKIPPED_DUPLICATE) + b.count(IngestOutcome.SKIPPED_DUPLICATE));

        try (Engine one = Engine.open(config, single, true); Engine two = Engine.open(config, sharded, true)) {
            assertEquals(one.index().indexedReports(), two.index().indexedReports(), "the same paths and content ids");
            assertEquals(files - 1, two.reads().documentCount());
            for (String q : List.of("技术合同成交额", "科技", "长三角 一体化", "title:科技")) {
                var x = one.reads().search(SearchRequest.of(q, 10));
                var y = two.reads().search(SearchRequest.of(q, 10));
                assertEquals(x.total(), y.total(), q);
                assertEquals(x.hits().stream().map(h -> h.id()).toList(), y.hits().stream().map(h -> h.id()).toList(), q);
            }
        }
        IngestReport again = ingest(config, sharded, new Shard(2, 2));
        assertEquals(b.count(IngestOutcome.INDEXED), again.count(IngestOutcome.UNCHANGED), again.summary());
        assertEquals(0, again.count(IngestOutcome.INDEXED) + again.count(IngestOutcome.REMOVED));
    }
}
