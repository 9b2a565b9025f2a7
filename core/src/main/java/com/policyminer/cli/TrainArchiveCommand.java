package com.policyminer.cli;

import com.policyminer.api.ApiServer;
import com.policyminer.api.ServerWarmup;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.ingest.IngestReport;
import io.javalin.Javalin;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code policy-miner train-archive} (hidden): the training run the launcher ({@code bin/policy-miner}) runs once
 * under {@code -XX:ArchiveClassesAtExit}, so that the class-data archive holds the classes a user's
 * {@code ingest} and {@code serve} load: ingests a sample report (bundled with the jar) into a temporary
 * index, starts the HTTP server on a free port, sends it the warm-up requests of {@code serve}, and
 * deletes everything it made. Exit code 1 when a step failed (the launcher then keeps no archive).
 */
@Command(name = "train-archive", hidden = true,
        description = "Load the classes of ingest and serve once (the launcher's class-data archive is made of this run).")
final class TrainArchiveCommand implements Callable<Integer> {

    static final String SAMPLE = "/training/report.txt";

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("policy-miner-train");
        try {
            Path corpus = Files.createDirectory(work.resolve("corpus"));
            try (InputStream in = TrainArchiveCommand.class.getResourceAsStream(SAMPLE)) {
                if (in == null) {
                    throw new IOException("the sample report " + SAMPLE + " is missing from the jar");
                }
                Files.copy(in, corpus.resolve("report.txt"));
            }
            Config config = Config.fromEnvironment().withCorpus(corpus).withIndex(work.resolve("index")).withThreads(1);
            try (Engine engine = new Engine(config)) {
                IngestReport report = engine.ingest().run(corpus, null);
                if (report.failed() > 0) {
                    throw new IOException("the sample report did not index: " + report.failures());
                }
                Javalin app = new ApiServer(engine).create().start("127.0.0.1", 0);
                try {
                    ServerWarmup.Result w = new ServerWarmup("http://127.0.0.1:" + app.port(), Duration.ofSeconds(2)).run();
                    if (w.stoppedBecause().startsWith("error")) {
                        throw new IOException("warm-up requests failed: " + w.stoppedBecause());
                    }
                    System.err.printf("train-archive: 1 report indexed, %d requests served%n", w.requests());
                } finally {
                    app.stop();
                }
            }
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
