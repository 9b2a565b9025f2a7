package com.policyminer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latency of one endpoint over HTTP at a given concurrency: each client sends the endpoint's
 * requests in turn (round robin over its URLs), after a warm-up, until it has sent its share or the
 * time is up. A response other than 200 is an error (counted, its time kept).
 */
final class EndpointLoad {

    /** An endpoint's latencies at one concurrency, and how many answers were not 200. */
    record Result(String endpoint, int clients, Latencies latencies, int errors) {
    }

    private final ServedIndex server;

    EndpointLoad(ServedIndex server) {
        this.server = server;
    }

    Result run(String endpoint, List<String> urls, int clients, int requestsPerClient, Duration maxTime) throws Exception {
        return run(endpoint, urls, clients, requestsPerClient, maxTime, false);
    }

    /**
     * @param fresh every request a URL sent once only: the warm-up sends the first 20, the measured requests the
     *              rest in turn (the list must hold 20 + clients × requestsPerClient); else each URL again and again
     */
    Result run(String endpoint, List<String> urls, int clients, int requestsPerClient, Duration maxTime, boolean fresh) throws Exception {
        int warmups = Math.min(20, urls.size() * 4);
        for (int i = 0; i < warmups; i++) { // warm-up: each URL a few times (fresh: the first 20, once each)
            send(urls.get(i % urls.size()));
        }
        int base = fresh ? warmups : 0;
        if (fresh && urls.size() < base + clients * requestsPerClient) {
            throw new IllegalArgumentException(endpoint + ": " + urls.size() + " URLs for " + (base + clients * requestsPerClient) + " fresh requests");
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + maxTime.toNanos();
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                futures.add(pool.submit(() -> {
                    long[] times = new long[requestsPerClient];
                    int n = 0;
                    while (n < requestsPerClient && System.nanoTime() < end) {
                        String url = urls.get(base + (offset + n * clients) % (urls.size() - base));
                        long t0 = System.nanoTime();
                        if (send(url) != 200) {
                            errors.incrementAndGet();
                        }
                        times[n++] = System.nanoTime() - t0;
                    }
                    return java.util.Arrays.copyOf(times, n);
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                for (long t : f.get()) {
                    all.add(t);
                }
            }
            return new Result(endpoint, clients, Latencies.ofNanos(all.stream().mapToLong(Long::longValue).toArray()), errors.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends one request and reads the whole answer (a large one as a stream); returns its status. */
    int send(String url) throws IOException {
        try {
            HttpResponse<InputStream> r = server.http.send(HttpRequest.newBuilder(URI.create(server.base + url))
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return r.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A CSV download: its time, the rows it carried and the server's highest heap meanwhile. */
    record Csv(double seconds, long rows, long heapMaxMb, int status) {
    }

    Csv csv(String url) throws IOException {
        server.resetHeapMax();
        long t0 = System.nanoTime();
        try {
            HttpResponse<InputStream> r = server.http.send(HttpRequest.newBuilder(URI.create(server.base + url))
                    .timeout(Duration.ofSeconds(600)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long newlines = 0;
            try (InputStream in = r.body()) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    for (int i = 0; i < n; i++) {
                        if (buf[i] == '\n') {
                            newlines++;
                        }
                    }
                }
            }
            // rows: CRLF-terminated lines less the header (a cell may hold a line break: close enough for a count)
            return new Csv((System.nanoTime() - t0) / 1e9, Math.max(0, newlines - 1), server.heapMaxMb(), r.statusCode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
