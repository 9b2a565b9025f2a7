package com.policyminer.bench;

import java.util.List;
import java.util.Locale;

/** The cold section as text tables: each ingest round, each fresh server, and the targets. */
final class ColdTable {

    static final double INGEST_TARGET = 0.8;
    static final double NO_EXTRACTION_TARGET = 1.0;
    static final double READY_TARGET_S = 3.0;
    static final double P99_TARGET_MS = 50.0;

    private ColdTable() {
    }

    static String format(ColdBench.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%nCold runs: each a fresh process, wall clock from launch to exit; %d reports, %.1f MB, %d threads"
                + " (stock: StockIndexMain, UTF-8 text read directly, SmartChineseAnalyzer; ours: bin/policy-miner with its class-data archive)%n%n",
                r.files(), r.mb(), r.threads()));
        b.append("| round | stock smartcn s (CPU s) | ours ingest s | × stock | extraction off s (CPU s) | × stock | java -jar, no archive s | × stock | load avg |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < r.ingest().size(); i++) {
            ColdBench.IngestRound x = r.ingest().get(i);
            b.append(String.format(Locale.ROOT, "| %d | %.1f (%.1f) | %.1f | %.2f | %.1f (%.1f) | %.2f | %.1f | %.2f | %.1f |%n", i + 1,
                    x.stock().seconds(), x.stock().cpuSeconds(), x.ours().seconds(), x.ratio(), x.oursNoExtraction().seconds(),
                    x.oursNoExtraction().cpuSeconds(), x.ratioNoExtraction(), x.oursPlainJar().seconds(), x.ratioPlainJar(),
                    x.ours().loadAverage()));
        }
        b.append(String.format(Locale.ROOT, "%nmedian of the rounds: ours %.2f× stock, extraction off %.2f×, java -jar without the archive %.2f×%n%n",
                r.ratio(), r.ratioNoExtraction(), r.ratioPlainJar()));
        b.append(String.format(Locale.ROOT, "| fresh `serve --no-ingest` (bundled corpus) | launch → ready s | first %d searches (each new) at c%d: p50 ms | p99 ms | max ms | errors |%n",
                r.serveRequests(), r.serveClients()));
        b.append("|---|---:|---:|---:|---:|---:|\n");
        for (ColdBench.ServeRun s : r.serve()) {
            b.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f | %.1f | %.1f | %d |%n", s.warmup() ? "warm-up (default)" : "--no-warmup",
                    s.readySeconds(), s.first().latencies().p50Ms(), s.first().latencies().p99Ms(), s.first().latencies().maxMs(),
                    s.first().errors()));
        }
        List<ColdBench.ServeRun> warm = r.serve().stream().filter(ColdBench.ServeRun::warmup).toList();
        double ready = warm.stream().mapToDouble(ColdBench.ServeRun::readySeconds).max().orElse(Double.NaN);
        double p99 = warm.stream().mapToDouble(s -> s.first().latencies().p99Ms()).max().orElse(Double.NaN);
        b.append("\n| Target (cold) | goal | measured | met |\n|---|---|---:|---|\n");
        row(b, "ingest, extraction on / stock smartcn (median)", ">= " + INGEST_TARGET + "x", r.ratio(), r.ratio() >= INGEST_TARGET);
        row(b, "ingest, extraction off / stock smartcn (median)", ">= " + NO_EXTRACTION_TARGET + "x", r.ratioNoExtraction(),
                r.ratioNoExtraction() >= NO_EXTRACTION_TARGET);
        row(b, "serve launch → ready, s (slowest run)", "<= " + READY_TARGET_S, ready, ready <= READY_TARGET_S);
        row(b, "serve first searches p99 at c4, ms (slowest run)", "<= " + P99_TARGET_MS, p99, p99 <= P99_TARGET_MS);
        return b.toString();
    }

    private static void row(StringBuilder b, String what, String goal, double measured, boolean met) {
        b.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s |%n", what, goal, measured, met ? "yes" : "**NO**"));
    }
}
