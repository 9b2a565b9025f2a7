package com.policyminer.bench;

import java.util.List;

/**
 * Everything one benchmark run measured; written as bench.json and printed as a table. In a
 * PDF-only run ({@code bench --pdf-only}) corpus, ingest, search, scan and load are null.
 */
public record BenchReport(Environment environment, CorpusStats corpus, List<IngestRun> ingest,
                          SearchBench.Result search, ScanBaseline.Result scan, double searchVsScan,
                          LoadTest.Result load, PdfBench.Result pdf, List<Target> targets) {

    public record Environment(String startedAt, int cores, int threads, int commitEvery, String java, String os,
                              long maxHeapMB, boolean quick) {
    }

    /** The generated corpus: files, distinct contents, UTF-8 bytes and characters of text. */
    public record CorpusStats(int docs, int distinct, long bytes, double mb, long chars, long seed) {
    }

    /** A goal from the brief, what was measured, and whether the goal was met. */
    public record Target(String name, String goal, double measured, boolean met) {
    }

    public boolean allTargetsMet() {
        return targets.stream().allMatch(Target::met);
    }
}
