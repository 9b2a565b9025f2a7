package com.policyminer.solr;

import com.policyminer.app.BackendFactory;
import com.policyminer.app.BackendOptions;
import com.policyminer.index.Analyzers;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    /** How long opening waits for ZooKeeper and a live Solr node before it fails. */
    static final Duration CONNECT = Duration.ofSeconds(10);

    /**
     * Connects, or fails within {@link #CONNECT} with one message: ZooKeeper is asked first with a plain TCP connection
     * (nothing listening: no ZooKeeper client is started, so none logs its retries), then the client connects and
     * waits for a live node.
     */
    @Override
    public Opened open(BackendOptions options, Analyzers analyzers) throws IOException {
        long start = System.nanoTime();
        ZooKeeperProbe.requireReachable(options.zk(), servers(options.zk()), CONNECT);
        CloudSolrClient client = client(options.zk());
        try {
            long left = Math.max(1, CONNECT.toMillis() - (System.nanoTime() - start) / 1_000_000);
            client.connect(left, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | RuntimeException e) {
            close(client);
            throw new IOException("cannot connect to the SolrCloud at " + options.zk() + " within " + CONNECT.toSeconds()
                    + " s: " + (e instanceof TimeoutException ? "no live Solr node" : e.getMessage()), e);
        } catch (InterruptedException e) {
            close(client);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to the SolrCloud at " + options.zk(), e);
        }
        return new Opened(new SolrIndexBackend(client, options.collection()),
                new SolrSearchService(client, options.collection(), analyzers), client);
    }

    /** A client of the cluster whose ZooKeeper is at {@code zk}. */
    static CloudSolrClient client(String zk) {
        int slash = zk.indexOf('/');
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zk.substring(slash));
        return new CloudLegacySolrClient.Builder(servers(zk), chroot)
                .withZkConnectTimeout((int) CONNECT.toSeconds(), TimeUnit.SECONDS)
                .build();
    }

    /** The ZooKeeper hosts of {@code HOST:PORT[,HOST:PORT…][/chroot]}. */
    static List<String> servers(String zk) {
        int slash = zk.indexOf('/');
        String hosts = slash < 0 ? zk : zk.substring(0, slash);
        List<String> servers = Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("--zk names no ZooKeeper host: '" + zk + "'");
        }
        return servers;
    }

    private static void close(CloudSolrClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            // the connection failed: its error is the one to report
        }
    }
}
