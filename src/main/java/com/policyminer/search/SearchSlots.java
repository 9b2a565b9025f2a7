package com.policyminer.search;

import org.apache.lucene.util.IOSupplier;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;

/**
 * At most one running search per core; the others wait their turn, first come first served. A
 * search is pure CPU work: with more of them running than there are cores, the operating system
 * time-slices them, and a search that takes one millisecond of CPU waits out other searches' slices
 * of several milliseconds — on two cores with four clients that made the slowest searches in a
 * hundred 10–17 times slower than the median. Queued instead, a search waits only for those ahead
 * of it to finish. (Search engines bound their search thread pools to the cores for this reason.)
 */
public final class SearchSlots {

    private final Semaphore slots;
    private final int size;

    public SearchSlots(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("search slots must be at least 1, not " + size);
        }
        this.size = size;
        this.slots = new Semaphore(size, true);
    }

    /** One slot per core. */
    public static SearchSlots perCore() {
        return new SearchSlots(Runtime.getRuntime().availableProcessors());
    }

    public int size() {
        return size;
    }

    /** Runs {@code search} in a slot, waiting for one first. */
    public <T> T call(IOSupplier<T> search) throws IOException {
        acquire();
        try {
            return search.get();
        } finally {
            release();
        }
    }

    /** Waits for a slot; release it with {@link #release()} in a finally block. */
    public void acquire() throws IOException {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to search");
        }
    }

    public void release() {
        slots.release();
    }
}
