package com.policyminer.search;

import org.apache.lucene.util.IOSupplier;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most one running search per core; the others wait their turn, first come first served. A
 * search is pure CPU work: with more of them running than there are cores, the operating system
 * time-slices them, and a search that takes one millisecond of CPU waits out other searches' slices
 * of several milliseconds — on two cores with four clients that made the slowest searches in a
 * hundred 10–17 times slower than the median. Queued instead, a search waits only for those ahead
 * of it to finish. (Search engines bound their search thread pools to the cores for this reason.)
 */
public final class SearchSlots {

    /** Searches that may wait per slot before more are turned away. */
    static final int WAITING_PER_SLOT = 32;
    /** The longest wait for a slot (a report search's own deadline, {@link ReportSearch#DEADLINE}). */
    static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final Semaphore slots;
    /**
     * Background work at a time ({@link #inBackground}): one fewer than the slots (at least one), so that a search
     * always finds a slot that no background work holds.
     */
    private final Semaphore background;
    private final int size;
    private volatile int maxWaiting;
    private volatile Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();
    /** When a slot was last taken or given back ({@link System#nanoTime()}). */
    private volatile long lastUsed = System.nanoTime();

    public SearchSlots(int size) {
        this(size, size * WAITING_PER_SLOT, MAX_WAIT);
    }

    /**
     * @param maxWaiting searches that may wait at once; one more is refused
     * @param maxWait    how long a search waits for a slot before it is refused
     */
    public SearchSlots(int size, int maxWaiting, Duration maxWait) {
        if (size < 1) {
            throw new IllegalArgumentException("search slots must be at least 1, not " + size);
        }
        if (maxWaiting < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException("the queue bound and the wait limit cannot be negative");
        }
        this.size = size;
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
        this.slots = new Semaphore(size, true);
        this.background = new Semaphore(Math.max(1, size - 1), true);
    }

    /** One slot per core. */
    public static SearchSlots perCore() {
        return new SearchSlots(Runtime.getRuntime().availableProcessors());
    }

    /** Sets the queue bound and the wait limit (tests lower them). */
    public void limits(int maxWaiting, Duration maxWait) {
        if (maxWaiting < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException("the queue bound and the wait limit cannot be negative");
        }
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    /** How long a search waits for a slot before it is refused. */
    public Duration maxWait() {
        return maxWait;
    }

    /** Searches waiting for a slot now. */
    public int waiting() {
        return waiting.get();
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

    /**
     * Waits for a slot; release it with {@link #release()} in a finally block.
     *
     * @throws SearchBusyException when the queue is full or the wait exceeds its limit
     */
    public void acquire() throws IOException {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            throw new SearchBusyException("too many searches are waiting (" + maxWaiting + "); try again shortly", 1);
        }
        try {
            if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SearchBusyException("the search waited " + maxWait.toMillis() + " ms for its turn; try again shortly",
                        (int) Math.max(1, maxWait.toSeconds()));
            }
            lastUsed = System.nanoTime();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to search");
        } finally {
            waiting.decrementAndGet();
        }
    }

    /**
     * Runs {@code work} in a slot, waiting as long as it takes (a background job such as the corpus
     * snapshot's build: no client is waiting on it, and it must not be refused).
     */
    public <T> T callWaiting(IOSupplier<T> work) throws IOException {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to search");
        }
        try {
            return work.get();
        } finally {
            release();
        }
    }

    /**
     * Runs background work — work no client waits on, which takes its slot itself ({@link #callWaiting} or
     * {@link #call}): the corpus snapshot's build, the entity lists a server reads at launch — after the background
     * work before it, at most one fewer at a time than there are slots. On two cores, the snapshot's build and the
     * entity lists once held both slots together for many seconds, and a server's first searches waited for them.
     */
    public <T> T inBackground(IOSupplier<T> work) throws IOException {
        try {
            background.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to run in the background");
        }
        try {
            return work.get();
        } finally {
            background.release();
        }
    }

    public void release() {
        lastUsed = System.nanoTime();
        slots.release();
    }

    /** Waits until {@link #quietFor}({@code quiet}) (no search running, none just now), at most {@code max}. */
    public void awaitQuiet(Duration quiet, Duration max) throws InterruptedIOException {
        long end = System.nanoTime() + max.toNanos();
        while (!quietFor(quiet) && System.nanoTime() - end < 0) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the searches to end");
            }
        }
    }

    /** True when no slot is taken and none was taken or given back for {@code quiet}: no search is running, none ran just now. */
    public boolean quietFor(Duration quiet) {
        return slots.availablePermits() == size && System.nanoTime() - lastUsed >= quiet.toNanos();
    }
}
