package com.policyminer.bench;

import com.policyminer.search.ReportSearch;
import com.policyminer.search.SearchRequest;
import com.policyminer.search.SearchResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Search latency through {@link ReportSearch#search} as the API calls it (first page of 10, with
 * passages and facets): warm-up rounds, then every query {@code rounds} times per thread at
 * concurrency 1 and 4.
 */
final class SearchBench {

    /** Hits per query (first round) and the latencies at each concurrency. */
    /**
     * @param cpuMsPerQueryC1 mean CPU time of one search at concurrency 1 (the searching thread's
     *                        own CPU time): what the latency would be on otherwise idle cores
     */
    record Result(int queries, int zeroHitQueries, List<QueryHits> hits, Latencies concurrency1,
                  Latencies concurrency4, Latencies perQueryMedianC1, double cpuMsPerQueryC1,
                  Latencies idsOnlyPerQueryMedianC1) {
    }

    record QueryHits(String query, long total, double medianMs) {
    }

    private static final int PAGE_SIZE = 10;
    /**
     * Each path measured is first run for at least this long (and the warm-up rounds): the JIT
     * compiles a path after thousands of calls, and in a process that has just indexed (this one)
     * ten rounds of the query list left the lookup alone 1.5–3× slower than in steady state.
     */
    static final java.time.Duration WARM_UP = java.time.Duration.ofSeconds(3);

    private final ReportSearch search;
    private final List<String> queries;
    private final int warmUpRounds;
    private final int rounds;

    private final long warmUpNanos;

    SearchBench(ReportSearch search, List<String> queries, int warmUpRounds, java.time.Duration warmUp, int rounds) {
        this.search = search;
        this.warmUpNanos = warmUp.toNanos();
        this.queries = queries;
        this.warmUpRounds = warmUpRounds;
        this.rounds = rounds;
    }

    Result run() throws IOException {
        List<QueryHits> hits = new ArrayList<>();
        for (String q : queries) {
            SearchResult r = search.search(SearchRequest.of(q, PAGE_SIZE));
            hits.add(new QueryHits(q, r.total(), 0));
        }
        warmUp(() -> timeAll(0));
        long[][] perQuery = new long[queries.size()][rounds];
        long[] c1 = new long[queries.size() * rounds];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (int round = 0; round < rounds; round++) {
            long[] t = timeAll(round);
            for (int i = 0; i < t.length; i++) {
                perQuery[i][round] = t[i];
                c1[round * t.length + i] = t[i];
            }
        }
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / c1.length;
        long[] medians = new long[queries.size()];
        List<QueryHits> withTimes = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Latencies l = Latencies.ofNanos(perQuery[i]);
            medians[i] = (long) (l.p50Ms() * 1e6);
            withTimes.add(new QueryHits(hits.get(i).query(), hits.get(i).total(), l.p50Ms()));
        }
        int zero = (int) hits.stream().filter(h -> h.total() == 0).count();
        return new Result(queries.size(), zero, withTimes, Latencies.ofNanos(c1), concurrent(4),
                Latencies.ofNanos(medians), cpuMs, idsOnly());
    }

    /** Runs {@code round} the warm-up rounds, and again until the warm-up time is up. */
    private void warmUp(org.apache.lucene.util.IOSupplier<?> round) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < warmUpRounds || System.nanoTime() - start < warmUpNanos; i++) {
            round.get();
        }
    }

    /** Per-query median of the index lookup alone (ranked top 10 and exact total; no passages, no facets). */
    private Latencies idsOnly() throws IOException {
        warmUp(() -> {
            for (String q : queries) {
                search.searchIdsOnly(SearchRequest.of(q, PAGE_SIZE));
            }
            return null;
        });
        long[][] perQuery = new long[queries.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                search.searchIdsOnly(SearchRequest.of(queries.get(i), PAGE_SIZE));
                perQuery[i][round] = System.nanoTime() - t0;
            }
        }
        long[] medians = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            medians[i] = (long) (Latencies.ofNanos(perQuery[i]).p50Ms() * 1e6);
        }
        return Latencies.ofNanos(medians);
    }

    /** Times each query once, in list order (rotated by {@code shift}); result index = query index. */
    private long[] timeAll(int shift) throws IOException {
        long[] out = new long[queries.size()];
        for (int k = 0; k < queries.size(); k++) {
            int i = (k + shift) % queries.size();
            long t0 = System.nanoTime();
            search.search(SearchRequest.of(queries.get(i), PAGE_SIZE));
            out[i] = System.nanoTime() - t0;
        }
        return out;
    }

    private Latencies concurrent(int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * queries.size() / threads;
                jobs.add(pool.submit(() -> {
                    long[] samples = new long[queries.size() * rounds];
                    for (int round = 0; round < rounds; round++) {
                        long[] times = timeAll(offset + round);
                        System.arraycopy(times, 0, samples, round * times.length, times.length);
                    }
                    return samples;
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> j : jobs) {
                all.add(j.get());
            }
            return Latencies.ofNanos(all.stream().flatMapToLong(java.util.Arrays::stream).toArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("search benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("search failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
