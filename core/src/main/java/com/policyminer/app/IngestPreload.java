package com.policyminer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What an ingest's first files need and would otherwise load one after another on one thread — the extractors'
 * data (gazetteer, organization and strategy tries, the figure vocabulary) and HanLP's dictionaries — each loaded on a
 * thread of its own while the calling thread loads the parser and lists the corpus (a cold ingest had one core idle
 * for most of its first second). Whoever needs a value first waits for it (each is built once, behind a lock); a
 * failure here is logged only: the first use fails the same way and reports it.
 */
final class IngestPreload {

    private IngestPreload() {
    }

    /** Starts each load on a daemon thread; the future completes when all are done (failed ones included). */
    static CompletableFuture<Void> start(List<Supplier<?>> loads) {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        int n = 0;
        for (Supplier<?> load : loads) {
            CompletableFuture<Void> one = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    load.get();
                } catch (RuntimeException | Error e) {
                    org.slf4j.LoggerFactory.getLogger(IngestPreload.class).warn("preloading for the ingest failed: {}", e.toString());
                } finally {
                    one.complete(null);
                }
            }, "ingest-preload-" + ++n);
            t.setDaemon(true);
            t.start();
            done.add(one);
        }
        return CompletableFuture.allOf(done.toArray(CompletableFuture[]::new));
    }
}
