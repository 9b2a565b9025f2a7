package com.policyminer.app;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.region.Gazetteer;

import java.util.concurrent.CompletableFuture;

/**
 * What a server's first search needs that is loaded on first use — HanLP's dictionaries (a query is segmented)
 * and the gazetteer (a place in a query is expanded) — loaded on a thread of its own while the HTTP server starts,
 * instead of inside the first request. A search that comes first simply waits for them (both are built once,
 * behind a lock); a failure here is the first search's to report, so it is only logged.
 */
public final class SearchPreload {

    private SearchPreload() {
    }

    /** Loads HanLP's dictionaries of its default lists (shared caches, loaded once) by segmenting one sentence. */
    static Object hanlpDictionaries() {
        return new HanLPAnalyzer().segment("国务院关于推动长江经济带发展的指导意见");
    }

    /** Starts loading (the dictionaries of {@link HanLPAnalyzer}'s default lists, the engine's); the future completes when both are loaded. */
    public static CompletableFuture<Void> start() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                hanlpDictionaries();
                Gazetteer.standard();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                org.slf4j.LoggerFactory.getLogger(SearchPreload.class).warn("preloading the search's dictionaries failed: {}", e.toString());
                done.completeExceptionally(e);
            }
        }, "search-preload");
        t.setDaemon(true);
        t.start();
        return done;
    }
}
