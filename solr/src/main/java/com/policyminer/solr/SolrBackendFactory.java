package com.policyminer.solr;

import com.policyminer.app.BackendFactory;
import com.policyminer.app.BackendOptions;
import com.policyminer.index.Analyzers;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code --backend solr}: both ports on a SolrCloud collection, through a client that finds the cluster in ZooKeeper
 * ({@code HOST:PORT[,HOST:PORT…][/chroot]}). The client is SolrJ's Apache HttpClient one, not its Jetty one: the
 * product's Javalin brings another Jetty, and the two must not share a class path.
 */
public final class SolrBackendFactory implements BackendFactory {

    @Override
    public String name() {
        return BackendOptions.SOLR;
    }

    @Override
    public Opened open(BackendOptions options, Analyzers analyzers) {
        CloudSolrClient client = client(options.zk());
        return new Opened(new SolrIndexBackend(client, options.collection()),
                new SolrSearchService(client, options.collection(), analyzers), client);
    }

    /** A client of the cluster whose ZooKeeper is at {@code zk}. */
    static CloudSolrClient client(String zk) {
        int slash = zk.indexOf('/');
        String hosts = slash < 0 ? zk : zk.substring(0, slash);
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zk.substring(slash));
        List<String> servers = Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("--zk names no ZooKeeper host: '" + zk + "'");
        }
        return new CloudLegacySolrClient.Builder(servers, chroot).build();
    }
}
