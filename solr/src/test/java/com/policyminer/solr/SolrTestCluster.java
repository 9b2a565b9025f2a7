package com.policyminer.solr;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One two-node SolrCloud cluster for the module's tests (started once per test JVM, stopped when it exits): the
 * generated configset, and the plugin jar in each node's shared lib folder. Each test class makes its own collection.
 */
public final class SolrTestCluster {

    private static MiniSolrCloudCluster cluster;

    private SolrTestCluster() {
    }

    public static synchronized MiniSolrCloudCluster get() throws Exception {
        if (cluster == null) {
            Path dir = Files.createTempDirectory("policyminer-solr");
            Path lib = PluginLib.write(dir.resolve("lib"));
            String solrXml = MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replaceFirst("<solr>",
                    "<solr>\n  <str name=\"sharedLib\">" + lib.toAbsolutePath() + "</str>");
            MiniSolrCloudCluster started = new MiniSolrCloudCluster.Builder(2, dir.resolve("cluster"))
                    .addConfig("policy-miner", SolrConfigset.CHECKED_IN)
                    .withSolrXml(solrXml)
                    .configure();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.shutdown();
                } catch (Exception e) {
                    System.err.println("solr test cluster: " + e);
                }
            }));
            cluster = started;
        }
        return cluster;
    }

    /** A collection of the configset with this many shards of two replicas each, active. */
    public static void collection(String name, int shards) throws Exception {
        CollectionAdminRequest.createCollection(name, "policy-miner", shards, 2).process(get().getSolrClient());
        get().waitForActiveCollection(name, shards, shards * 2);
    }
}
