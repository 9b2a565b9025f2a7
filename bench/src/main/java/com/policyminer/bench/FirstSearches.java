package com.policyminer.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The first searches a freshly started server answers: {@code requests} searches ({@code /api/search}, 10 hits,
 * the benchmark's queries in turn) from {@code clients} threads over HTTP, each timed from send to the last byte
 * of the answer. A search that does not answer 200 counts as an error (and is not timed).
 */
final class FirstSearches {

    /** The latencies of the searches answered, and the number that were not. */
    record Result(Latencies latencies, int errors) {
    }

    private final List<String> queries;
    private final int requests;
    private final int clients;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    FirstSearches(List<String> queries, int requests, int clients) {
        if (queries.isEmpty() || requests < 1 || clients < 1) {
            throw new IllegalArgumentException("queries, requests and clients are needed");
        }
        this.queries = List.copyOf(queries);
        this.requests = requests;
        this.clients = clients;
    }

    Result run(int port) throws IOException {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger timed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Object>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        String q = URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8);
                        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?size=10&q=" + q))
                                .timeout(Duration.ofSeconds(30)).GET().build();
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> answer = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                        long t = System.nanoTime() - t0;
                        if (answer.statusCode() == 200) {
                            nanos[timed.getAndIncrement()] = t;
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<Object> f : running) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("a search failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new Result(Latencies.ofNanos(java.util.Arrays.copyOf(nanos, timed.get())), errors.get());
    }
}
