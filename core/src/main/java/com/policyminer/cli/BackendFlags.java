package com.policyminer.cli;

import com.policyminer.app.BackendOptions;
import picocli.CommandLine.Option;

/** --backend, --zk and --solr-collection (for every command that reads or writes the index); unset flags fall back to the environment. */
final class BackendFlags {

    @Option(names = "--backend", paramLabel = "NAME",
            description = "embedded (the index folder, default) or solr (a SolrCloud collection; or $POLICYMINER_BACKEND)")
    String name;

    @Option(names = "--zk", paramLabel = "HOST:PORT[/chroot]", description = "the SolrCloud's ZooKeeper (or $POLICYMINER_ZK)")
    String zk;

    @Option(names = "--solr-collection", paramLabel = "NAME",
            description = "the SolrCloud collection of reports (or $POLICYMINER_SOLR_COLLECTION)")
    String collection;

    BackendOptions options() {
        return BackendOptions.resolve(System.getenv(), name, zk, collection);
    }
}
