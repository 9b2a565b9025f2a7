package com.policyminer.bench;

import java.util.Arrays;

/** A latency distribution in milliseconds (nearest-rank percentiles). */
record Latencies(int count, double p50Ms, double p99Ms, double meanMs, double maxMs) {

    static Latencies ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new Latencies(sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), mean, sorted[sorted.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
