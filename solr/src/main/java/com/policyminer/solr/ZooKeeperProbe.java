package com.policyminer.solr;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a ZooKeeper answers at {@code --zk} at all, asked with a plain TCP connection before any ZooKeeper client
 * starts: a client given an address where nothing listens tries again for its whole session timeout and logs each
 * refused connection with its stack trace. One host of the ensemble accepting is enough (the client finds the rest).
 */
final class ZooKeeperProbe {

    static final int DEFAULT_PORT = 2181;

    private ZooKeeperProbe() {
    }

    /**
     * Returns when a host of {@code hosts} ({@code HOST[:PORT]}) accepts a connection within {@code timeout} (shared by
     * the hosts); else throws, naming each host and why it did not.
     */
    static void requireReachable(String zk, List<String> hosts, Duration timeout) throws IOException {
        long end = System.nanoTime() + timeout.toNanos();
        List<String> reasons = new ArrayList<>();
        for (String host : hosts) {
            long left = Math.max(1, (end - System.nanoTime()) / 1_000_000 / Math.max(1, hosts.size() - reasons.size()));
            try (Socket s = new Socket()) {
                s.connect(address(host), (int) Math.min(Integer.MAX_VALUE, left));
                return;
            } catch (IOException | IllegalArgumentException e) {
                reasons.add(host + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        throw new IOException("cannot reach the SolrCloud's ZooKeeper at " + zk + " (" + String.join("; ", reasons)
                + "): is it running there, and is --zk (or $POLICYMINER_ZK) HOST:PORT[/chroot] right?");
    }

    static InetSocketAddress address(String host) {
        int colon = host.lastIndexOf(':');
        if (colon < 0 || host.endsWith("]")) {
            return new InetSocketAddress(host, DEFAULT_PORT);
        }
        String port = host.substring(colon + 1);
        if (!port.matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException("not a port: '" + port + "'");
        }
        return new InetSocketAddress(host.substring(0, colon).replaceAll("^\\[|\\]$", ""), Integer.parseInt(port));
    }
}
