package com.policyminer.bench;

import java.util.Locale;

/** The report as Markdown tables: readable on a terminal and pasted as is into the README. */
public final class BenchTable {

    private BenchTable() {
    }

    public static String format(BenchReport r) {
        StringBuilder b = new StringBuilder();
        BenchReport.Environment e = r.environment();
        BenchReport.CorpusStats c = r.corpus();
        line(b, "Run %s on %d cores (%s, %s, heap %d MB), %d ingest threads, commit every %d files%s",
                e.startedAt(), e.cores(), e.java(), e.os(), e.maxHeapMB(), e.threads(), e.commitEvery(),
                e.quick() ? " — QUICK smoke run, numbers are not meaningful" : "");
        if (c == null) { // bench --pdf-only
            line(b, "");
            b.append(PdfBenchTable.format(r.pdf()));
            targets(b, r);
            return b.toString();
        }
        line(b, "Corpus: %d generated reports (%d distinct), %.1f MB of UTF-8 text, %,d chars, seed %d",
                c.docs(), c.distinct(), c.mb(), c.chars(), c.seed());
        line(b, "");
        line(b, "CPU s: CPU time of this JVM during the run; × smartcn (CPU) compares docs per CPU-second, which other jobs");
        line(b, "on the machine disturb less than wall-clock time. Load avg: 1-minute load average when the run ended.");
        line(b, "JIT s: time the JIT compilers spent during the run (after one warm-up pass of every pipeline over a tenth of");
        line(b, "the files; the compiler's threads take CPU from the pipeline's, and code not yet compiled runs slower).");
        line(b, "");
        line(b, "| Ingest pipeline | docs | failed | seconds | docs/s | MB/s | × smartcn | CPU s | × smartcn (CPU) | JIT s | index MB | load avg |");
        line(b, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (IngestRun i : r.ingest()) {
            line(b, "| %s | %d | %d | %.1f | %.1f | %.2f | %.2f | %.1f | %.2f | %s | %.1f | %.1f |", i.pipeline(), i.docs(),
                    i.failed(), i.seconds(), i.docsPerSec(), i.mbPerSec(), i.vsSmartcn(), i.cpuSeconds(), i.vsSmartcnCpu(),
                    JitTime.supported() ? String.format(Locale.ROOT, "%.1f", i.jitSeconds()) : "n/a", i.indexMB(), i.loadAverage());
        }
        line(b, "");
        SearchBench.Result s = r.search();
        line(b, "| Search (ReportSearch, 10 hits + passages + facets) | requests | p50 ms | p99 ms | mean ms | max ms |");
        line(b, "|---|---:|---:|---:|---:|---:|");
        row(b, "concurrency 1", s.concurrency1());
        row(b, "concurrency 4", s.concurrency4());
        row(b, "per-query median, concurrency 1", s.perQueryMedianC1());
        row(b, "per-query median, index lookup only (top 10 + exact total, no passages or facets)", s.idsOnlyPerQueryMedianC1());
        row(b, "scan baseline per query: " + r.scan().tool(), r.scan().perQueryMedian());
        line(b, "");
        line(b, "%d queries (%d with no hit); median query: ours %.2f ms with passages and facets (scan / ours = %.2f×), %.2f ms for the index lookup alone; scan %.1f ms, scan / lookup = %.1f×;",
                s.queries(), s.zeroHitQueries(), s.perQueryMedianC1().p50Ms(),
                r.scan().perQueryMedian().p50Ms() / Math.max(1e-6, s.perQueryMedianC1().p50Ms()),
                s.idsOnlyPerQueryMedianC1().p50Ms(), r.scan().perQueryMedian().p50Ms(), r.searchVsScan());
        line(b, "CPU time of one search at concurrency 1: %.2f ms on average.", s.cpuMsPerQueryC1());
        line(b, "");
        LoadTest.Result l = r.load();
        line(b, "| Load test (HTTP /api/search, loopback) | value |");
        line(b, "|---|---:|");
        line(b, "| clients × seconds | %d × %.1f |", l.clients(), l.seconds());
        line(b, "| requests (req/s) | %d (%.1f) |", l.requests(), l.requestsPerSec());
        line(b, "| errors | %d |", l.errors());
        line(b, "| p50 / p99 / max ms | %.1f / %.1f / %.1f |", l.latency().p50Ms(), l.latency().p99Ms(), l.latency().maxMs());
        line(b, "| ingest during load: new files, indexed, failed | %d, %d, %d |", l.newFiles(), l.newIndexed(), l.newFailed());
        line(b, "| ingest seconds (still running when load ended?) | %.1f (%s) |", l.ingestSeconds(), l.ingestOverlappedLoad() ? "yes" : "no");
        line(b, "| new files found through the API afterwards | %d of %d |", l.newSearchable(), l.newFiles());
        line(b, "");
        b.append(PdfBenchTable.format(r.pdf()));
        targets(b, r);
        return b.toString();
    }

    private static void targets(StringBuilder b, BenchReport r) {
        line(b, "");
        line(b, "| Target | goal | measured | met |");
        line(b, "|---|---|---:|---|");
        for (BenchReport.Target t : r.targets()) {
            line(b, "| %s | %s | %.2f | %s |", t.name(), t.goal(), t.measured(), t.met() ? "yes" : "**NO**");
        }
    }

    private static void row(StringBuilder b, String name, Latencies l) {
        line(b, "| %s | %d | %.2f | %.2f | %.2f | %.2f |", name, l.count(), l.p50Ms(), l.p99Ms(), l.meanMs(), l.maxMs());
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
