package com.policyminer.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The cold section of the benchmark: what a user waits for, each run a fresh process timed by wall clock from
 * launch. (1) Ingest of the generated corpus into a new index — {@code bin/policy-miner ingest} (the launcher,
 * with its class-data archive), the same with extraction off ({@link IndexOnlyMain}), plain {@code java -jar}
 * without the archive — beside the stock smartcn indexer ({@link StockIndexMain}), all on the same files and
 * threads; the runs alternate, each round gives ratios (stock seconds / ours), the median round is reported.
 * (2) {@code serve --no-ingest} over an index of the seed reports, with and without its warm-up, alternated:
 * launch → "serving", then the first searches at concurrency 4 ({@link FirstSearches}), each a query not sent before
 * ({@link #firstQueries}). A discarded first run of
 * each (it also makes the launcher's archive) keeps the disk cache and the archive out of the timed runs.
 */
final class ColdBench {

    /** One ingest round: each pipeline's run. */
    record IngestRound(FreshProcess.Run stock, FreshProcess.Run ours, FreshProcess.Run oursNoExtraction,
                       FreshProcess.Run oursPlainJar) {
        double ratio() {
            return stock.seconds() / ours.seconds();
        }

        double ratioNoExtraction() {
            return stock.seconds() / oursNoExtraction.seconds();
        }

        double ratioPlainJar() {
            return stock.seconds() / oursPlainJar.seconds();
        }
    }

    /** One fresh server: its warm-up on or off, launch → ready in seconds, its first searches. */
    record ServeRun(boolean warmup, double readySeconds, FirstSearches.Result first) {
    }

    /** Everything measured; each ratio is the median of the rounds' (the mean of the middle two for an even count). */
    record Result(int files, double mb, int threads, List<IngestRound> ingest, double ratio, double ratioNoExtraction,
                  double ratioPlainJar, List<ServeRun> serve, int serveRequests, int serveClients) {
    }

    private final Path jar;
    private final Path product;
    private final Path launcher;
    private final Path work;
    private final int threads;
    private final PrintStream log;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /**
     * @param jar     the benchmark's jar (its baselines: {@link StockIndexMain}, {@link IndexOnlyMain})
     * @param product the product's jar, which "ours" runs as a user does
     */
    ColdBench(Path jar, Path product, Path launcher, Path work, int threads, PrintStream log) {
        this.jar = jar;
        this.product = product;
        this.launcher = launcher;
        this.work = work;
        this.threads = threads;
        this.log = log;
    }

    /** The jar this JVM runs from: the cold runs launch it. */
    static Path thisJar() throws IOException {
        String cp = System.getProperty("java.class.path");
        if (cp == null || cp.contains(File.pathSeparator) || !cp.endsWith(".jar")) {
            throw new IOException("the cold benchmark launches the jar: run it as java -jar target/policy-miner-bench.jar bench --cold");
        }
        return Path.of(cp).toAbsolutePath();
    }

    /** The product's jar beside the benchmark's ({@code target/policy-miner.jar}, built by the same package run). */
    static Path productJar(Path benchJar) throws IOException {
        Path p = benchJar.resolveSibling("policy-miner.jar");
        if (!Files.isRegularFile(p)) {
            throw new IOException("the cold benchmark runs the product's jar: no " + p + " (build it: mvn -B -q package -DskipTests)");
        }
        return p;
    }

    /** The launcher, {@code bin/policy-miner} of the current folder (the repository root). */
    static Path launcherHere() throws IOException {
        Path p = Path.of("bin", "policy-miner").toAbsolutePath();
        if (!Files.isExecutable(p)) {
            throw new IOException("the cold benchmark times the launcher: run it from the repository root (no " + p + ")");
        }
        return p;
    }

    Result run(Path corpus, int files, double mb, Path seeds, int rounds, int serveRequests) throws IOException {
        if (rounds < 1) {
            throw new IllegalArgumentException("at least one round");
        }
        Files.createDirectories(work);
        log.println("cold: a discarded first run of each (the launcher makes its class-data archive if it has none) …");
        Path serveIndex = work.resolve("index-serve");
        check(ingest("ours", seeds, serveIndex, "first"));
        check(stock(seeds, "first"));
        check(noExtraction(seeds, "first"));
        List<IngestRound> ingest = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            String round = Integer.toString(r);
            log.printf("cold ingest, round %d of %d …%n", r + 1, rounds);
            FreshProcess.Run stock;
            FreshProcess.Run ours;
            FreshProcess.Run noExtraction;
            FreshProcess.Run plain;
            if (r % 2 == 0) {
                stock = check(stock(corpus, round));
                ours = check(ingest("ours", corpus, work.resolve("index-ours"), round));
                noExtraction = check(noExtraction(corpus, round));
                plain = check(ingest("plain-jar", corpus, work.resolve("index-plain"), round));
            } else {
                plain = check(ingest("plain-jar", corpus, work.resolve("index-plain"), round));
                noExtraction = check(noExtraction(corpus, round));
                ours = check(ingest("ours", corpus, work.resolve("index-ours"), round));
                stock = check(stock(corpus, round));
            }
            ingest.add(new IngestRound(stock, ours, noExtraction, plain));
            log.printf("  stock %.1f s, ours %.1f s (%.2f×), no extraction %.1f s (%.2f×), java -jar %.1f s (%.2f×)%n",
                    stock.seconds(), ours.seconds(), ingest.get(r).ratio(), noExtraction.seconds(), ingest.get(r).ratioNoExtraction(),
                    plain.seconds(), ingest.get(r).ratioPlainJar());
        }
        List<ServeRun> serve = new ArrayList<>();
        FirstSearches first = new FirstSearches(firstQueries(serveRequests), serveRequests, 4);
        serve(serveIndex, seeds, false, first, "first");
        serve(serveIndex, seeds, true, first, "first");
        for (int r = 0; r < rounds; r++) {
            log.printf("cold serve, round %d of %d …%n", r + 1, rounds);
            serve.add(serve(serveIndex, seeds, r % 2 == 1, first, Integer.toString(r)));
            serve.add(serve(serveIndex, seeds, r % 2 == 0, first, Integer.toString(r)));
        }
        return new Result(files, mb, threads, ingest, median(ingest, IngestRound::ratio),
                median(ingest, IngestRound::ratioNoExtraction), median(ingest, IngestRound::ratioPlainJar), serve,
                serveRequests, 4);
    }

    /**
     * The first searches a fresh server is sent: the benchmark's analyst queries once each, then queries of two common
     * words ({@link ScaleBench#freshBroadQueries}), {@code n} in all, none twice — a repeated query would be answered from
     * the server's answer cache and flatter the first searches.
     */
    static List<String> firstQueries(int n) {
        java.util.LinkedHashSet<String> qs = new java.util.LinkedHashSet<>(BenchQueries.load());
        for (String q : ScaleBench.freshBroadQueries()) {
            if (qs.size() >= n) {
                break;
            }
            qs.add(q);
        }
        if (qs.size() < n) {
            throw new IllegalArgumentException("at most " + qs.size() + " distinct first searches, not " + n);
        }
        return List.copyOf(qs).subList(0, n);
    }

    static double median(List<IngestRound> rounds, ToDoubleFunction<IngestRound> f) {
        List<Double> sorted = rounds.stream().map(f::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private FreshProcess.Run stock(Path corpus, String round) throws IOException {
        return FreshProcess.run("stock smartcn", List.of(java, "-cp", jar.toString(), StockIndexMain.class.getName(),
                corpus.toString(), Dirs.fresh(work.resolve("index-stock")).toString(), Integer.toString(threads)),
                Map.of(), work.resolve("stock-" + round + ".log"));
    }

    private FreshProcess.Run noExtraction(Path corpus, String round) throws IOException {
        return FreshProcess.run("ours, extraction off", List.of(launcher.toString(), corpus.toString(),
                        Dirs.fresh(work.resolve("index-noextract")).toString(), Integer.toString(threads)),
                launcherEnv(Map.of("POLICYMINER_MAIN", IndexOnlyMain.class.getName()), jar), work.resolve("noextract-" + round + ".log"));
    }

    /** {@code ours}: through the launcher; {@code plain-jar}: {@code java -jar}, no archive. */
    private FreshProcess.Run ingest(String how, Path corpus, Path index, String round) throws IOException {
        List<String> args = List.of("ingest", "--corpus", corpus.toString(), "--index", Dirs.fresh(index).toString(),
                "--threads", Integer.toString(threads));
        List<String> cmd = new ArrayList<>();
        if (how.equals("ours")) {
            cmd.add(launcher.toString());
        } else {
            cmd.addAll(List.of(java, "-jar", product.toString()));
        }
        cmd.addAll(args);
        return FreshProcess.run(how, cmd, launcherEnv(Map.of(), product), work.resolve("ingest-" + how + "-" + round + ".log"));
    }

    private ServeRun serve(Path index, Path corpus, boolean warmup, FirstSearches first, String round) throws IOException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(launcher.toString(), "serve", "--no-ingest", "--index", index.toString(),
                "--corpus", corpus.toString(), "--port", Integer.toString(port)));
        if (!warmup) {
            cmd.add("--no-warmup");
        }
        FreshProcess.Started server = FreshProcess.startUntil(cmd, launcherEnv(Map.of(), product), "serving",
                work.resolve("serve-" + (warmup ? "warmup" : "nowarmup") + "-" + round + ".log"));
        try {
            FirstSearches.Result r = first.run(port);
            log.printf("  serve%s: ready in %.2f s; first %d searches p50 %.1f ms, p99 %.1f ms%n", warmup ? "" : " --no-warmup",
                    server.seconds(), r.latencies().count(), r.latencies().p50Ms(), r.latencies().p99Ms());
            return new ServeRun(warmup, server.seconds(), r);
        } finally {
            try {
                server.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The launcher's environment to run {@code launched} (the product's jar, or the benchmark's for a baseline). */
    private Map<String, String> launcherEnv(Map<String, String> more, Path launched) {
        Map<String, String> env = new java.util.HashMap<>(more);
        env.put("JAVA", java);
        env.put("POLICYMINER_JAR", launched.toString());
        return env;
    }

    private static FreshProcess.Run check(FreshProcess.Run run) throws IOException {
        if (!run.ok()) {
            throw new IOException(run.what() + " failed (exit code " + run.exitCode() + "; see " + run.log() + ")");
        }
        return run;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
