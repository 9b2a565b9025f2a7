package com.policyminer.solr;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.index.IndexedReport;
import com.policyminer.ingest.DocumentPipeline;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Slice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A two-node SolrCloud cluster with the generated configset and the plugin jar in each node's shared lib
 * folder; a collection of 2 shards × 2 replicas; the bundled corpus parsed and analyzed by our pipeline and
 * written through the Solr write port ({@link SolrIndexBackend}: one nested block per report), where the
 * {@code hanlp} tokenizer (loaded by SPI name) analyzes the text again.
 */
@Tag("solr")
class SolrCloudReportsTest {

    static final String COLLECTION = "reports";

    static MiniSolrCloudCluster cluster;
    static final List<IndexedReport> reports = new ArrayList<>();

    @BeforeAll
    static void startClusterAndIndexTheCorpus() throws Exception {
        cluster = SolrTestCluster.get();
        SolrTestCluster.collection(COLLECTION, 2);

        DocumentPipeline pipeline = Engine.pipeline(Config.fromEnvironment(), new HanLPAnalyzer());
        backend = new SolrIndexBackend(cluster.getSolrClient(), COLLECTION);
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                IndexedReport r = pipeline.process(f, f.getFileName().toString());
                reports.add(r);
                backend.upsert(r);
            }
        }
        backend.commit();
    }

    static SolrIndexBackend backend;

    static long count(String q) throws Exception {
        return cluster.getSolrClient(COLLECTION).query(new SolrQuery(q).setRows(0)).getResults().getNumFound();
    }

    @Test
    void theCollectionHasTwoShardsOfTwoReplicasAndEveryReportOnce() throws Exception {
        DocCollection c = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
        assertEquals(2, c.getSlices().size());
        for (Slice s : c.getSlices()) {
            assertEquals(2, s.getReplicas().size(), s.getName());
        }
        assertEquals(reports.size(), count("type:report"));
        assertTrue(reports.size() >= 5, "the bundled corpus: " + reports.size());
        Map<String, String> expected = new TreeMap<>();
        reports.forEach(r -> expected.put(r.analyzed().document().path(), r.analyzed().document().id()));
        assertEquals(expected, backend.indexedReports());
        // both shards hold reports
        for (Slice s : c.getSlices()) {
            long here = cluster.getSolrClient(COLLECTION).query(new SolrQuery("type:report").setRows(0)
                    .setParam("shards", s.getName())).getResults().getNumFound();
            assertTrue(here > 0, s.getName() + " holds no report");
        }
    }

    /** Each report is one nested block: its figures and its extraction document are its children. */
    @Test
    void figuresAndExtractionsAreChildrenOfTheirReport() throws Exception {
        long figures = reports.stream().mapToLong(r -> r.extraction().figures().size()).sum();
        assertTrue(figures > 100, "the seeds' figures: " + figures);
        assertEquals(figures, count("type:figure"));
        assertEquals(figures, count("{!child of=type:report}type:report") - count("type:extraction"));
        for (IndexedReport r : reports) {
            String path = r.analyzed().document().path();
            assertEquals(r.extraction().figures().size(), count("+type:figure +_root_:\"" + path + "\""), path);
        }
    }

    /** Re-adding a report replaces its block (no second copy, no stale figures); a delete removes the whole block. */
    @Test
    void anUpsertReplacesTheBlockAndADeleteRemovesIt() throws Exception {
        long all = count("*:*");
        IndexedReport first = reports.get(0);
        String path = first.analyzed().document().path();
        long block = count("_root_:\"" + path + "\"");
        assertEquals(1 + first.extraction().figures().size() + 1, block, "report, figures, extraction");
        backend.upsert(first);
        backend.commit();
        assertEquals(all, count("*:*"));
        assertEquals(block, count("_root_:\"" + path + "\""));
        backend.deleteByPath(path);
        backend.commit();
        assertEquals(0, count("_root_:\"" + path + "\""));
        assertEquals(all - block, count("*:*"));
        assertEquals(reports.size() - 1, backend.indexedReports().size());
        backend.upsert(first);
        backend.commit();
        assertEquals(all, count("*:*"));
    }

    /** A phrase found by the hanlp analyzer at index and query time matches exactly the reports whose text holds it. */
    @Test
    void phrasesMatchTheReportsThatHoldThem() throws Exception {
        for (String phrase : List.of("技术合同成交额", "京津冀协同发展", "长江三角洲", "国家区域科技创新中心", "粤港澳大湾区")) {
            long holding = reports.stream().filter(r -> r.analyzed().text().contains(phrase)).count();
            QueryResponse r = cluster.getSolrClient(COLLECTION)
                    .query(new SolrQuery("body:\"" + phrase + "\"").setRows(100));
            assertEquals(holding, r.getResults().getNumFound(), phrase);
        }
    }
}
