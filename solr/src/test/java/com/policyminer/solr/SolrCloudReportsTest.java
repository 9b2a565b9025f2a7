package com.policyminer.solr;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.index.IndexedReport;
import com.policyminer.ingest.DocumentPipeline;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Slice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A two-node SolrCloud cluster with the generated configset and the plugin jar in each node's shared lib
 * folder; a collection of 2 shards × 2 replicas; the bundled corpus parsed and analyzed by our pipeline and
 * its reports sent to Solr, where the {@code hanlp} tokenizer (loaded by SPI name) analyzes them again.
 */
@Tag("solr")
class SolrCloudReportsTest {

    static final String COLLECTION = "reports";

    @TempDir
    static Path dir;
    static MiniSolrCloudCluster cluster;
    static final List<IndexedReport> reports = new ArrayList<>();

    @BeforeAll
    static void startClusterAndIndexTheCorpus() throws Exception {
        Path lib = PluginLib.write(dir.resolve("lib"));
        String solrXml = MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replaceFirst("<solr>",
                "<solr>\n  <str name=\"sharedLib\">" + lib.toAbsolutePath() + "</str>");
        cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("cluster"))
                .addConfig("policy-miner", SolrConfigset.CHECKED_IN)
                .withSolrXml(solrXml)
                .configure();
        CollectionAdminRequest.createCollection(COLLECTION, "policy-miner", 2, 2).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(COLLECTION, 2, 4);

        DocumentPipeline pipeline = Engine.pipeline(Config.fromEnvironment(), new HanLPAnalyzer());
        CloudSolrClient solr = cluster.getSolrClient(COLLECTION);
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                IndexedReport r = pipeline.process(f, f.getFileName().toString());
                reports.add(r);
                SolrInputDocument d = new SolrInputDocument();
                d.addField("id", r.analyzed().document().id());
                d.addField("type", "report");
                d.addField("doc_id", r.analyzed().document().id());
                d.addField("path", r.analyzed().document().path());
                d.addField("title", r.analyzed().document().title());
                d.addField("body", r.analyzed().text());
                solr.add(d);
            }
        }
        solr.commit();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    void theCollectionHasTwoShardsOfTwoReplicasAndEveryReportOnce() throws Exception {
        DocCollection c = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
        assertEquals(2, c.getSlices().size());
        for (Slice s : c.getSlices()) {
            assertEquals(2, s.getReplicas().size(), s.getName());
        }
        QueryResponse all = cluster.getSolrClient(COLLECTION).query(new SolrQuery("*:*").setRows(100));
        assertEquals(reports.size(), all.getResults().getNumFound());
        assertTrue(reports.size() >= 5, "the bundled corpus: " + reports.size());
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
