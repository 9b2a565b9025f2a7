package com.policyminer.app;

import com.policyminer.extract.region.Gazetteer;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: a fresh server loads its first search's dictionaries on a thread of its own. */
class SearchPreloadTest {

    @Test
    void loadsTheSearchDictionariesOnADaemonThread() throws Exception {
        java.util.concurrent.CompletableFuture<Void> done = SearchPreload.start();
        Thread preload = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("search-preload")).findFirst().orElse(null);
        if (preload != null) {
            assertTrue(preload.isDaemon(), "a preload must not keep the JVM alive");
        }
        done.get(2, TimeUnit.MINUTES);
        assertTrue(done.isDone() && !done.isCompletedExceptionally());
        assertTrue(Gazetteer.standard().lookup("西安").isPresent()); // what a search resolves places with
    }
}
