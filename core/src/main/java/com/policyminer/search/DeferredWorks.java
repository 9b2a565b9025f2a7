package com.policyminer.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A large index's works held back at a server's launch until its first search has been answered (see
 * {@link WorkCatalog#defer}): reading them back takes about 0.8 CPU-s at 100,000 reports, on the two cores the first
 * search needs, and that search is answered uncollapsed anyway (the read is not done by then). Meanwhile a search
 * neither reads them itself nor waits for them: it says it asked ({@link #asked}) and answers uncollapsed, saying so
 * ({@code worksPending}); a caller that needs the works ({@link WorkCatalog#of}: a collection filter, the works' list)
 * asks too, and waits until they are read.
 */
final class DeferredWorks {

    private final CountDownLatch asked = new CountDownLatch(1);
    private final CountDownLatch read = new CountDownLatch(1);

    /** A search asked for the works while they were held back. */
    void asked() {
        asked.countDown();
    }

    /** Waits until a search has asked for the works, at most {@code max}; false when none did. */
    boolean awaitAsked(Duration max) {
        try {
            return asked.await(max.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The works are read (or their read failed: then whoever needs them reads them): nothing is held back. */
    void done() {
        read.countDown();
    }

    /** Waits until they are read. */
    void awaitRead() throws IOException {
        try {
            read.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the works");
        }
    }
}
