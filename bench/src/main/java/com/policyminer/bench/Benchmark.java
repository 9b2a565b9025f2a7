package com.policyminer.bench;

import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.ingest.CorpusScanner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One benchmark run, stage by stage: generate the corpus, ingest it through four pipelines, time
 * searches against a text scan, load-test the HTTP API while more files are ingested, then time our
 * PDF parse against plain Tika on a sample of the reports rendered to PDF ({@link PdfBench}).
 * Progress goes to {@code log}; the report is returned and written to {@code out/bench.json}.
 */
public final class Benchmark {

    private final BenchSettings settings;
    private final PrintStream log;

    public Benchmark(BenchSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public BenchReport run() throws IOException {
        String started = Instant.now().toString();
        Path out = Files.createDirectories(settings.out());
        Path corpus = out.resolve("corpus");
        CorpusGenerator generator = new CorpusGenerator(SeedText.read(settings.seeds()), settings.seed());
        Config config = Config.fromEnvironment().withThreads(settings.threads());
        if (settings.pdfOnly()) {
            PdfBench.Result pdf = new PdfBench(settings.pdf(), generator, settings.docs(), out, log).run();
            return write(out, new BenchReport(environment(started, config), null, null, null, null, 0, null, pdf,
                    Targets.ofPdf(pdf)));
        }

        log.printf("generating %d reports into %s …%n", settings.docs(), corpus);
        CorpusGenerator.clear(corpus);
        List<Path> files = generator.write(corpus, 0, settings.docs());
        BenchReport.CorpusStats stats = stats(files);
        log.printf("corpus: %d files (%d distinct), %.1f MB, %,d chars%n", stats.docs(), stats.distinct(), stats.mb(), stats.chars());

        log.println("ingest: warm-up, then smartcn, cjk-bigram, ours-index-only, ours-full …");
        IngestBench.Result ingest = new IngestBench(config, out).run(corpus);
        ingest.runs().forEach(r -> log.printf("  %-16s %7.1f docs/s  %6.2f MB/s%n", r.pipeline(), r.docsPerSec(), r.mbPerSec()));
        SearchBench.Result search;
        ScanBaseline.Result scan;
        double vsScan;
        LoadTest.Result load;
        try (Engine engine = ingest.engine()) {
            List<String> queries = BenchQueries.load();
            // the ingest runs leave gigabytes of garbage behind: collect it now, or the first
            // collections during the search phase add their pauses to its latencies
            System.gc();
            java.time.Duration warmUp = settings.quick() ? java.time.Duration.ofMillis(300) : SearchBench.WARM_UP;
            log.printf("search: %d queries, %d warm-up rounds (at least %.1f s) + %d timed rounds …%n", queries.size(),
                    settings.searchRounds(), warmUp.toMillis() / 1000.0, settings.searchRounds());
            // the benchmark sends its queries round after round: without this, every round after the first would time
            // the per-version answer cache, not the search (the load test's repeats too)
            engine.reportSearch().keepAnswers(false);
            search = new SearchBench(engine.reportSearch(), queries, settings.searchRounds(), warmUp,
                    settings.searchRounds()).run();
            log.println("scan baseline …");
            scan = new ScanBaseline(corpus, files, settings.scanRounds()).run(queries);
            // the scan finds files; the comparable work of ours is the index lookup (passages and facets are extra)
            vsScan = scan.perQueryMedian().p50Ms() / Math.max(1e-6, search.idsOnlyPerQueryMedianC1().p50Ms());

            List<Path> extra = generator.write(corpus, settings.docs(), settings.docs() + settings.extra());
            log.printf("load test: %d clients for %d s while %d new files are ingested …%n",
                    settings.clients(), settings.load().toSeconds(), extra.size());
            load = new LoadTest(engine, queries, settings.clients(), settings.load()).run(corpus, extra);
        }
        System.gc(); // the engine's caches and the load test's garbage, before the PDF parses are timed
        PdfBench.Result pdf = new PdfBench(settings.pdf(), generator, settings.docs(), out, log).run();
        return write(out, new BenchReport(environment(started, config), stats, ingest.runs(), search, scan, vsScan,
                load, pdf, Targets.of(stats, ingest.runs(), search, vsScan, load, pdf, settings.quick())));
    }

    private static BenchReport write(Path out, BenchReport report) throws IOException {
        Files.writeString(out.resolve("bench.json"),
                StoredJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report), StandardCharsets.UTF_8);
        return report;
    }

    private BenchReport.Environment environment(String started, Config config) {
        return new BenchReport.Environment(started, Runtime.getRuntime().availableProcessors(), config.threads(),
                config.commitEvery(), System.getProperty("java.vm.name") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() >> 20, settings.quick());
    }

    private BenchReport.CorpusStats stats(List<Path> files) throws IOException {
        Set<String> hashes = new HashSet<>();
        long bytes = 0;
        long chars = 0;
        for (Path f : files) {
            hashes.add(CorpusScanner.sha256(f));
            bytes += Files.size(f);
            chars += Files.readString(f, StandardCharsets.UTF_8).length();
        }
        return new BenchReport.CorpusStats(files.size(), hashes.size(), bytes, bytes / (double) (1 << 20), chars, settings.seed());
    }
}
