package com.policyminer.bench;

import java.util.ArrayList;
import java.util.List;

/** The goals of the brief, checked against one run's measurements. */
final class Targets {

    private Targets() {
    }

    static List<BenchReport.Target> of(BenchReport.CorpusStats corpus, List<IngestRun> ingest, SearchBench.Result search,
                                       double vsScan, LoadTest.Result load, PdfBench.Result pdf, boolean quick) {
        List<BenchReport.Target> out = new ArrayList<>();
        if (!quick) {
            out.add(new BenchReport.Target("corpus distinct reports", ">= 2000", corpus.distinct(), corpus.distinct() >= 2000));
            out.add(new BenchReport.Target("corpus text MB", ">= 40", corpus.mb(), corpus.mb() >= 40));
        }
        ratio(out, ingest, "ours-index-only", "ingest ours index-only / smartcn", 1.3);
        ratio(out, ingest, "ours-full", "ingest ours full (extraction on) / smartcn", 1.2);
        double p99 = search.concurrency4().p99Ms();
        out.add(new BenchReport.Target("search p99 at concurrency 4 (ms)", "<= 20", p99, p99 <= 20));
        out.add(new BenchReport.Target("index lookup vs grep scan (median query)", ">= 100x", vsScan, vsScan >= 100));
        out.add(new BenchReport.Target("load test errors", "= 0", load.errors(), load.errors() == 0));
        out.add(new BenchReport.Target("new files searchable after load", "= " + load.newFiles(), load.newSearchable(),
                load.newSearchable() == load.newFiles()));
        out.addAll(ofPdf(pdf));
        return out;
    }

    /**
     * Issue 14: our PDF parse, with all its layout work, at least 0.8× plain Tika's speed (pages/s), on
     * the same files in the same run: warm (median round), and from a cold start.
     */
    static List<BenchReport.Target> ofPdf(PdfBench.Result pdf) {
        List<BenchReport.Target> out = new ArrayList<>();
        if (pdf == null || pdf.warm() == null) {
            return out;
        }
        out.add(new BenchReport.Target("PDF parse ours / plain Tika, warm (pages/s)", ">= 0.8x", pdf.warm().ratio(),
                pdf.warm().ratio() >= 0.8));
        if (pdf.cold() != null) {
            out.add(new BenchReport.Target("PDF parse ours / plain Tika, cold process (pages/s)", ">= 0.8x", pdf.cold().ratio(),
                    pdf.cold().ratio() >= 0.8));
        }
        return out;
    }

    private static void ratio(List<BenchReport.Target> out, List<IngestRun> ingest, String pipeline, String name, double goal) {
        double r = ingest.stream().filter(i -> i.pipeline().equals(pipeline)).mapToDouble(IngestRun::vsSmartcn).findFirst().orElse(0);
        out.add(new BenchReport.Target(name, ">= " + goal + "x", r, r >= goal));
    }
}
