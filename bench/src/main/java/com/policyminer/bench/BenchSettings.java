package com.policyminer.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one benchmark run does.
 *
 * @param out          output folder: corpus/, the indexes and bench.json go here
 * @param seeds        folder of seed reports (.txt) the corpus is generated from
 * @param seed         random seed of the generator
 * @param docs         reports to generate and ingest
 * @param extra        further reports ingested during the load test
 * @param threads      ingest threads, the same for every pipeline
 * @param commitEvery  commit interval (files), the same for every pipeline
 * @param clients      concurrent HTTP clients in the load test
 * @param load         how long the load test runs
 * @param searchRounds timed rounds over the query list (after as many warm-up rounds)
 * @param scanRounds   timed rounds of the scan baseline per query (median kept)
 * @param quick        a smoke run: targets are printed but not meaningful
 * @param pdf          the PDF part: PDFs rendered from the generated reports, our parse against plain Tika
 * @param pdfOnly      run the PDF part alone (no text corpus, ingest, search or load test)
 */
public record BenchSettings(Path out, Path seeds, long seed, int docs, int extra, int threads, int commitEvery,
                            int clients, Duration load, int searchRounds, int scanRounds, boolean quick,
                            PdfBenchSettings pdf, boolean pdfOnly) {

    public static final int FULL_DOCS = 2000;
    public static final int QUICK_DOCS = 200;

    public BenchSettings {
        if (docs < 1 || extra < 1 || threads < 1 || commitEvery < 1 || clients < 1 || searchRounds < 1 || scanRounds < 1) {
            throw new IllegalArgumentException("docs, extra, threads, commitEvery, clients and rounds must be positive");
        }
        if (pdf == null) {
            throw new IllegalArgumentException("pdf settings are null (PdfBenchSettings.off() to skip the PDF part)");
        }
        if (pdfOnly && !pdf.enabled()) {
            throw new IllegalArgumentException("the PDF-only run needs PDFs (--pdf-docs above 0)");
        }
        if (load.isNegative() || load.isZero() || load.toMinutes() > 60) {
            throw new IllegalArgumentException("the load test runs for 1 s to 60 min");
        }
    }

    /**
     * Defaults for a full run, or a quick smoke run; {@code docs}, {@code seconds} and {@code pdfDocs}
     * override them when set.
     */
    public static BenchSettings of(Path out, Path seeds, Integer docs, Integer seconds, boolean quick, int threads,
                                   int commitEvery, Integer pdfDocs, boolean pdfOnly) {
        int n = docs != null ? docs : quick ? QUICK_DOCS : FULL_DOCS;
        int s = seconds != null ? seconds : quick ? 5 : 30;
        return new BenchSettings(out, seeds, 20261121L, n, 100, threads, commitEvery, 8, Duration.ofSeconds(s),
                quick ? 3 : 10, quick ? 1 : 3, quick, PdfBenchSettings.of(pdfDocs, quick), pdfOnly);
    }
}
