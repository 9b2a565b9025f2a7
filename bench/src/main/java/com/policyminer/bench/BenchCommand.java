package com.policyminer.bench;

import com.policyminer.app.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code policy-miner bench}: generate a corpus and measure ingest, search and the API under load. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark ingest, search and the HTTP API on a generated corpus, against baselines run alongside.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "output folder for corpus/, indexes and bench.json (default: bench-out)")
    Path out = Path.of("bench-out");

    @Option(names = "--docs", description = "reports to generate (default: 2000; 200 with --quick)")
    Integer docs;

    @Option(names = "--seconds", description = "load test duration (default: 30; 5 with --quick)")
    Integer seconds;

    @Option(names = "--quick", description = "a smoke run: small corpus, short load test")
    boolean quick;

    @Option(names = "--seeds", paramLabel = "DIR", description = "seed reports to generate from (default: corpus)")
    Path seeds = Path.of("corpus");

    @Option(names = "--pdf-docs", paramLabel = "N", description = "generated reports rendered to PDF for the PDF parse benchmark (default: 150; 20 with --quick; 0 skips it)")
    Integer pdfDocs;

    @Option(names = "--pdf-only", description = "run only the PDF parse benchmark (ours against plain Tika)")
    boolean pdfOnly;

    @Option(names = "--threads", description = "ingest threads for every pipeline (default: all cores, or $POLICYMINER_THREADS)")
    Integer threads;

    @Option(names = "--one-line", description = "only time extraction of one-line files of 1, 2, 4 and 8 MB (linear scaling)")
    boolean oneLine;

    @Option(names = "--ocr", description = "only time OCR: scanned pages of the seeds' PDF renditions, one thread and --threads (run from the repository root)")
    boolean ocr;

    @Option(names = "--ocr-pages", paramLabel = "N", description = "scanned pages for --ocr (default: 12)")
    int ocrPages = 12;

    @Option(names = "--works", description = "only measure duplicate detection: generated reports (--docs, default 20000) "
            + "and one repost in a hundred, ingested once; time added to ingest, false merges, reposts missed")
    boolean works;

    @Option(names = "--cold", description = "only the cold runs: ingest (ours through bin/policy-miner, extraction on and off, "
            + "and the stock smartcn indexer) and serve (launch → ready, first searches), each a fresh process "
            + "(run the jar from the repository root)")
    boolean cold;

    @Option(names = "--rounds", paramLabel = "N", description = "rounds of the cold runs, alternated (default: 2; 1 with --quick)")
    Integer rounds;

    @Option(names = "--scale", split = ",", paramLabel = "N", description = "only the scale benchmark, at these sizes "
            + "(e.g. 2000,20000,100000): reports shaped like the real ones, ingest, then serve with --serve-heap and every "
            + "endpoint at concurrency 1 and 4 (run from the repository root)")
    java.util.List<Integer> scale;

    @Option(names = "--scale-reuse", description = "with --scale: serve the corpora and indexes an earlier --scale run left "
            + "under --out (no generating, no ingest; the ingest rows come from that run's scale-N/ingest.json) and measure "
            + "the serving half again")
    boolean scaleReuse;

    @Option(names = "--serve-heap", paramLabel = "SIZE", description = "heap of the server the scale benchmark starts (default: 1g)")
    String serveHeap = "1g";

    @Override
    public Integer call() throws Exception {
        if (scale != null && !scale.isEmpty()) {
            Config config = Config.fromEnvironment().withThreads(threads);
            ScaleBench bench = new ScaleBench(out, config.threads(), serveHeap, 20261206L, System.err);
            if (!scaleReuse) {
                System.out.print(bench.corpusCheck(300));
            }
            var results = bench.run(scale, scaleReuse);
            String when = java.time.Instant.now().toString();
            if (scaleReuse) {
                when += " (serving; ingest rows measured " + String.join(", ", bench.ingestDates()) + ")";
            }
            String table = ScaleTable.format(results, when, ScaleBench.machine(serveHeap));
            java.nio.file.Files.createDirectories(out);
            java.nio.file.Files.writeString(out.resolve("scale.md"), table);
            System.out.print(table);
            return 0;
        }
        if (cold) {
            return cold();
        }
        if (ocr) {
            int n = Config.fromEnvironment().withThreads(threads).threads();
            var runs = OcrBench.run(java.nio.file.Path.of("core/src/test/resources/fidelity"), ocrPages, n, System.err);
            for (var r : runs) {
                System.out.printf("ocr  threads %d  pages %d  %.1f s  %.1f pages/minute  %.1f pages/minute per core  confidence %.3f%n",
                        r.threads(), r.pages(), r.seconds(), r.pagesPerMinute(), r.pagesPerMinute() / r.threads(), r.confidence());
            }
            return 0;
        }
        if (works) {
            Config config = Config.fromEnvironment().withThreads(threads);
            WorksBench.Result r = WorksBench.run(out, seeds, 20261121L, docs != null ? docs : quick ? 500 : 20_000,
                    config.threads(), System.err);
            System.out.print(r.format());
            return r.falseMerges() == 0 && r.repostsMissed() == 0 ? 0 : 1;
        }
        if (oneLine) {
            System.err.println("one-line files: parse + segment + extract, after a warm-up …");
            var rows = OneLineScaling.run(out.resolve("one-line"), System.err);
            for (String shape : java.util.List.of("sentences", "one-sentence")) {
                double one = rows.stream().filter(r -> r.shape().equals(shape) && r.mb() == 1).findFirst().orElseThrow().seconds();
                double eight = rows.stream().filter(r -> r.shape().equals(shape) && r.mb() == 8).findFirst().orElseThrow().seconds();
                System.out.printf("%-12s 8 MB / 1 MB = %.1f× (target ≤ 9×)%n", shape, eight / one);
            }
            return 0;
        }
        Config config = Config.fromEnvironment().withThreads(threads);
        BenchSettings settings = BenchSettings.of(out, seeds, docs, seconds, quick, config.threads(), config.commitEvery(),
                pdfDocs, pdfOnly);
        BenchReport report = new Benchmark(settings, System.err).run();
        System.out.print(BenchTable.format(report));
        System.out.println();
        System.out.println("JSON: " + out.resolve("bench.json"));
        return 0;
    }

    private int cold() throws Exception {
        Config config = Config.fromEnvironment().withThreads(threads);
        int n = docs != null ? docs : quick ? BenchSettings.QUICK_DOCS : BenchSettings.FULL_DOCS;
        Path corpus = out.resolve("corpus");
        CorpusGenerator generator = new CorpusGenerator(SeedText.read(seeds), 20261121L);
        System.err.printf("generating %d reports into %s …%n", n, corpus);
        CorpusGenerator.clear(corpus);
        java.util.List<Path> files = generator.write(corpus, 0, n);
        long bytes = 0;
        for (Path f : files) {
            bytes += java.nio.file.Files.size(f);
        }
        Path benchJar = ColdBench.thisJar();
        ColdBench bench = new ColdBench(benchJar, ColdBench.productJar(benchJar), ColdBench.launcherHere(), out.resolve("cold"),
                config.threads(), System.err);
        ColdBench.Result r = bench.run(corpus, files.size(), bytes / (double) (1 << 20), seeds, rounds != null ? rounds : quick ? 1 : 2,
                300);
        java.nio.file.Files.writeString(out.resolve("cold.json"),
                com.policyminer.index.StoredJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(r));
        System.out.print(ColdTable.format(r));
        System.out.println();
        System.out.println("JSON: " + out.resolve("cold.json"));
        return 0;
    }
}
