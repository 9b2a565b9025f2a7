package com.policyminer.cli;

import com.policyminer.api.ApiServer;
import com.policyminer.api.ServerWarmup;
import com.policyminer.app.Engine;
import com.policyminer.ingest.IngestReport;
import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Bring the index up to date with the corpus, then serve the API and web page.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    BackendFlags backend;

    @Option(names = "--port", description = "HTTP port (default 7070, or $POLICYMINER_PORT)")
    Integer port;

    @Option(names = "--host", description = "address to bind (default 127.0.0.1, or $POLICYMINER_HOST)")
    String host;

    @Option(names = "--no-ingest", description = "serve the index as it is")
    boolean noIngest;

    @Option(names = "--no-warmup", description = "report ready without first sending the server its own searches")
    boolean noWarmup;

    @Option(names = "--warmup-ms", paramLabel = "MS", defaultValue = "1500",
            description = "the most time the warm-up may take before the server reports ready (default: ${DEFAULT-VALUE})")
    long warmupMillis;

    @Override
    public Integer call() throws Exception {
        if (warmupMillis < 0) {
            System.err.println("error: --warmup-ms must be 0 or more, not " + warmupMillis);
            return 2;
        }
        String small = com.policyminer.ingest.MemoryBudget.heapTooSmall(Runtime.getRuntime().maxMemory());
        if (small != null) {
            System.err.println("error: " + small);
            return 2;
        }
        // the first search's dictionaries load on another core while the index opens and Jetty starts
        com.policyminer.app.SearchPreload.start();
        Engine engine = Engine.open(common.config().withServer(host, port), backend.options(), false);
        if (!noIngest && java.nio.file.Files.isDirectory(engine.config().corpus())) {
            IngestReport report = engine.ingest().run(engine.config().corpus(), null);
            System.err.println("ingest: " + report.summary());
            report.failures().forEach(f -> System.err.println("  " + f.outcome() + "  " + f.path() + ": " + f.message()));
        }
        engine.requireCurrentIndex();
        engine.startGate().hold(); // what the first searches do not need waits for them
        prepareSearch(engine, backend.options().isEmbedded());
        ApiServer api = new ApiServer(engine);
        Javalin app = api.create();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop(); // no new requests; Jetty lets running ones finish
            engine.writeLock().lock(); // an upload or reindex in progress finishes first
            try {
                engine.index().commit();
                engine.close();
            } catch (Exception e) {
                System.err.println("error while shutting down: " + e.getMessage());
            } finally {
                engine.writeLock().unlock();
                stopped.countDown();
            }
        }));
        app.start(engine.config().host(), engine.config().port());
        if (!noWarmup && warmupMillis > 0) {
            String self = "http://" + (engine.config().host().equals("0.0.0.0") ? "127.0.0.1" : engine.config().host()) + ":" + app.port();
            // yields to a user's request that comes in meanwhile (the port is open): the user needs the cores more
            ServerWarmup.Result w = new ServerWarmup(self, java.time.Duration.ofMillis(warmupMillis), api.users()::arrived).run();
            System.err.printf("warm-up: %d requests in %d ms (%s)%s%n", w.requests(), w.millis(), w.stoppedBecause(),
                    w.skipped() == 0 ? "" : "; " + w.skipped() + " skipped: not served by this backend (501)");
        }
        System.err.printf("serving http://%s:%d/ (API under /api, OpenAPI at /openapi.json)%n",
                engine.config().host(), app.port());
        engine.startGate().serving();
        stopped.await();
        return 0;
    }

    /**
     * The report search's whole-index work (facet ordinals, the works), then the entity lists, on a thread of its own
     * while Jetty starts and the warm-up runs, not in the first user's request; a failure is the first request's to
     * report, so it is only logged.
     */
    private static void prepareSearch(Engine engine, boolean embedded) throws java.io.IOException {
        // before the server listens: a large index's works wait for its first search (see Engine#worksAtLaunch)
        Engine.LaunchWorks launch = embedded ? engine.worksAtLaunch() : null;
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                // the works on a thread of their own: read back from the index's works file they are there in well
                // under a second, so that the first searches are collapsed (grouped again they take longer, and
                // searches meanwhile answer uncollapsed, with worksPending) — a large index's once its first search
                // is answered, which would not find them yet anyway; beside them, the facet layout, which every first
                // search needs, collapsed or not (one that came before it built it itself)
                if (embedded) { // the Solr backend's works are read at its first search, as before
                    Thread works = new Thread(() -> {
                        try {
                            launch.read();
                        } catch (java.io.IOException | RuntimeException e) {
                            org.slf4j.LoggerFactory.getLogger(ServeCommand.class).warn("reading the works failed: {}", e.toString());
                        }
                    }, "works-read");
                    works.setDaemon(true);
                    works.start();
                }
                String done = engine.prepareSearch(); // the facets, then the works (read by the thread above) and their shape
                if (done != null) {
                    System.err.printf("search prepared in %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000, done);
                }
                // then the entity lists, each a pass over every report's mentions (kept until the next commit): read
                // here, a large index's first /api/regions, /api/policies or /api/orgs does not wait for the pass; once
                // the first searches are answered (they need the CPU more), and as background work, so that with the
                // corpus snapshot's build they never hold every search slot
                engine.startGate().await();
                long t1 = System.nanoTime();
                int lists = engine.prepareEntityLists();
                System.err.printf("entity lists prepared in %d ms (%d entries)%n", (System.nanoTime() - t1) / 1_000_000, lists);
            } catch (java.io.IOException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ServeCommand.class).warn("preparing the search failed: {}", e.toString());
            }
        }, "search-prepare");
        t.setDaemon(true);
        t.start();
    }
}
