package com.policyminer.bench;

import com.policyminer.bench.ScaleBench.SizeResult;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The scale benchmark's table: one column per size, and the growth from each size to the next beside the work's. */
final class ScaleTable {

    private ScaleTable() {
    }

    static String format(List<SizeResult> results, String when, String machine) {
        StringBuilder b = new StringBuilder();
        b.append(when).append("; ").append(machine).append("\n\n");
        b.append("| measure |");
        results.forEach(r -> b.append(' ').append(String.format(Locale.ROOT, "%,d", r.reports())).append(" |"));
        for (int i = 1; i < results.size(); i++) {
            b.append(" growth ").append(k(results.get(i - 1).reports())).append("→").append(k(results.get(i).reports()))
                    .append(" (work ").append(String.format(Locale.ROOT, "%.0f×", results.get(i).reports() / (double) results.get(i - 1).reports()))
                    .append(") |");
        }
        b.append('\n').append("|---|");
        b.append("---:|".repeat(results.size() * 2 - 1)).append('\n');
        row(b, results, "text (M chars)", r -> r.textChars() / 1e6, false);
        row(b, results, "ingest docs/s (ours)", r -> r.reports() / r.ingestSeconds(), false);
        row(b, results, "ingest CPU ms/report (ours)", r -> r.ingestCpuSeconds() * 1000 / r.reports(), true);
        row(b, results, "ingest docs/s (smartcn, index only)", r -> r.reports() / r.smartcnSeconds(), false);
        row(b, results, "ingest CPU ms/report (smartcn)", r -> r.smartcnCpuSeconds() * 1000 / r.reports(), true);
        row(b, results, "index KB/report (ours)", r -> r.indexBytes() / 1024.0 / r.reports(), true);
        row(b, results, "index KB/report (smartcn)", r -> r.smartcnIndexBytes() / 1024.0 / r.reports(), true);
        row(b, results, "heap after ingest, MB (bench JVM, after GC)", r -> (double) r.heapAfterIngestMb(), true);
        row(b, results, "serve -Xmx1g: start → first 200, s", SizeResult::firstOkSeconds, true);
        row(b, results, "serve: corpus view ready (first /api/conflicts 200), s", SizeResult::snapshotReadySeconds, true);
        row(b, results, "serve: heap max while measured, MB", r -> (double) r.heapServingMaxMb(), true);
        List<EndpointLoad.Result> first = results.get(0).endpoints();
        for (int i = 0; i < first.size(); i++) {
            int k = i;
            EndpointLoad.Result e = first.get(i);
            row(b, results, e.endpoint() + " c" + e.clients() + " p50 ms", r -> r.endpoints().get(k).latencies().p50Ms(), true);
            row(b, results, e.endpoint() + " c" + e.clients() + " p99 ms", r -> r.endpoints().get(k).latencies().p99Ms(), true);
            if (results.stream().anyMatch(r -> r.endpoints().get(k).errors() > 0)) {
                row(b, results, e.endpoint() + " c" + e.clients() + " errors (non-200)", r -> (double) r.endpoints().get(k).errors(), true);
            }
        }
        row(b, results, "figures CSV: rows", r -> r.csv() == null ? 0 : (double) r.csv().rows(), false);
        row(b, results, "figures CSV: seconds", r -> r.csv() == null ? 0 : r.csv().seconds(), true);
        row(b, results, "figures CSV: server heap max, MB", r -> r.csv() == null ? 0 : (double) r.csv().heapMaxMb(), true);
        row(b, results, "smartcn lookup p50 ms (top 10, c1)", r -> r.smartcnSearch().p50Ms(), true);
        row(b, results, "smartcn lookup p99 ms (top 10, c1)", r -> r.smartcnSearch().p99Ms(), true);
        row(b, results, "grep -r -F -l per query, p50 ms", r -> r.grep().p50Ms(), true);
        row(b, results, "1-minute load average at the end", SizeResult::loadAverage, false);
        return b.toString();
    }

    private static String k(int n) {
        return n % 1000 == 0 ? n / 1000 + "k" : String.valueOf(n);
    }

    private static void row(StringBuilder b, List<SizeResult> results, String name, Function<SizeResult, Double> value,
                            boolean growth) {
        b.append("| ").append(name).append(" |");
        for (SizeResult r : results) {
            b.append(' ').append(num(value.apply(r))).append(" |");
        }
        for (int i = 1; i < results.size(); i++) {
            double before = value.apply(results.get(i - 1));
            double after = value.apply(results.get(i));
            b.append(' ').append(before > 0 && after >= 0 ? String.format(Locale.ROOT, "%.2f×", after / before) : "–").append(" |");
        }
        b.append('\n');
    }

    /** A measure; "–" for one not taken (NaN: an ingest a reused folder kept no record of; negative: never answered). */
    static String num(double v) {
        if (Double.isNaN(v) || v < 0) {
            return "–";
        }
        if (v >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
