package com.policyminer.cli;

import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.ingest.FileResult;
import com.policyminer.ingest.IngestReport;
import com.policyminer.ingest.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "ingest", description = "Index the corpus: add new files, replace changed ones, drop removed ones.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    BackendFlags backend;

    @Option(names = "--threads", description = "parallel files (default: all cores)")
    Integer threads;

    @Option(names = "--json", description = "print the report as JSON (with where the time went: \"timings\")")
    boolean json;

    @Option(names = "--shard", paramLabel = "i/n",
            description = "ingest share i of n (1 <= i <= n): files are shared out by their content id, so n processes "
                    + "(on as many machines) each run one share and together ingest the corpus once")
    String shard;

    @Option(names = "--timings", description = "print where the time went: CPU and wall seconds of each stage "
            + "(parse, segment, each extractor, building and adding the index documents, commit, merge), and the process's")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        String small = com.policyminer.ingest.MemoryBudget.heapTooSmall(Runtime.getRuntime().maxMemory());
        if (small != null) {
            System.err.println("error: " + small);
            return 2;
        }
        Shard share;
        try {
            share = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        try (Engine engine = Engine.open(common.config().withThreads(threads), backend.options(), false)) {
            ProgressBar bar = new ProgressBar(System.err, !json);
            IngestReport report = engine.ingest().run(engine.config().corpus(), share, bar::update);
            bar.finish();
            print(report);
            return report.failed() > 0 ? 2 : 0;
        }
    }

    private void print(IngestReport report) {
        if (json) {
            System.out.println(StoredJson.write(report));
            return;
        }
        System.out.println(report.summary());
        if (timings && report.timings() != null) {
            System.out.print(report.timings().table());
        }
        for (FileResult f : report.failures()) {
            System.out.println("  " + f.outcome() + "  " + f.path() + ": " + f.message());
        }
        for (FileResult f : report.warned()) {
            System.out.println("  WARNING " + f.outcome() + "  " + f.path() + ": " + f.warning());
        }
    }
}
