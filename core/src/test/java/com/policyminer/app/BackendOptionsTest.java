package com.policyminer.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Choosing the backend: the embedded index by default, the environment, then flags; solr needs its address and collection. */
class BackendOptionsTest {

    @TempDir
    Path dir;

    @Test
    void theEmbeddedIndexByDefaultThenTheEnvironmentThenFlags() {
        assertTrue(BackendOptions.resolve(Map.of(), null, null, null).isEmbedded());
        Map<String, String> env = Map.of("POLICYMINER_BACKEND", "solr", "POLICYMINER_ZK", "zk1:2181/solr",
                "POLICYMINER_SOLR_COLLECTION", "reports");
        assertEquals(new BackendOptions("solr", "zk1:2181/solr", "reports"), BackendOptions.resolve(env, null, null, null));
        assertEquals(new BackendOptions("solr", "zk2:2181", "other"), BackendOptions.resolve(env, null, "zk2:2181", "other"));
        assertTrue(BackendOptions.resolve(env, "embedded", null, null).isEmbedded());
    }

    @Test
    void anUnknownBackendOrSolrWithoutItsAddressStopsStartUpWithAReason() {
        String unknown = assertThrows(IllegalArgumentException.class, () -> new BackendOptions("elastic", "", "")).getMessage();
        assertTrue(unknown.contains("embedded or solr"), unknown);
        String noZk = assertThrows(IllegalArgumentException.class, () -> new BackendOptions("solr", "", "reports")).getMessage();
        assertTrue(noZk.contains("--zk"), noZk);
        String noCollection = assertThrows(IllegalArgumentException.class, () -> new BackendOptions("solr", "zk:2181", "")).getMessage();
        assertTrue(noCollection.contains("--solr-collection"), noCollection);
    }

    /** The product alone does not carry the Solr backend: asking for it names the jar to add. */
    @Test
    void solrWithoutTheSolrModulesJarSaysWhatToAdd() {
        Config config = Config.fromEnvironment(Map.of()).withIndex(dir.resolve("index")).withCorpus(dir.resolve("corpus"));
        String why = assertThrows(IllegalStateException.class,
                () -> Engine.open(config, new BackendOptions("solr", "127.0.0.1:1/solr", "reports"), true)).getMessage();
        assertTrue(why.contains("not on the class path") && why.contains("policy-miner-solr-backend.jar"), why);
    }
}
