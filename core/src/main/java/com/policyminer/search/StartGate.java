package com.policyminer.search;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Where the background work of a server just started waits — the works' fingerprints put back behind works read
 * back, the entity lists — so that the CPU is the first searches' until they are answered: until the server says it
 * is serving, then until no search has run and no request has come in for {@link #QUIET}, counted from
 * {@link #serving} at the earliest (at most {@link #MAX_WAIT} from {@link #hold}). A request counts from when it
 * comes in ({@link #requestCameIn}), not only once its search takes a slot: a fresh server's first request spends a
 * while in the HTTP stack before that, and its warm-up (which yields to it) no longer fills the gap. Open unless
 * held: an ingest or a command never waits here.
 */
public final class StartGate {

    /** How long without a search counts as the first searches being over. */
    static final Duration QUIET = Duration.ofSeconds(1);
    /** The longest background work waits, however busy the server is. */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final SearchSlots slots;
    private final Duration quiet;
    private final Duration maxWait;
    private final CountDownLatch serving = new CountDownLatch(1);
    private volatile long heldUntil; // System.nanoTime() past which nothing waits; 0: never held
    private volatile long lastRequest = System.nanoTime(); // when a request last came in, or the server began serving

    public StartGate(SearchSlots slots) {
        this(slots, QUIET, MAX_WAIT);
    }

    StartGate(SearchSlots slots, Duration quiet, Duration maxWait) {
        this.slots = slots;
        this.quiet = quiet;
        this.maxWait = maxWait;
    }

    /** From now on background work waits until {@link #serving()} and a quiet moment (a server, as it starts). */
    public void hold() {
        heldUntil = System.nanoTime() + maxWait.toNanos();
    }

    /** The server answers requests now (its own warm-up done): background work waits only for a quiet moment. */
    public void serving() {
        lastRequest = System.nanoTime();
        serving.countDown();
    }

    /** A request came in (the HTTP server's first handler calls this for each): the quiet moment starts again. */
    public void requestCameIn() {
        lastRequest = System.nanoTime();
    }

    private boolean quiet() {
        return slots.quietFor(quiet) && System.nanoTime() - lastRequest >= quiet.toNanos();
    }

    /** Waits as the gate says (at once when it was never held); an interrupt ends the wait and is kept. */
    public void await() {
        long until = heldUntil;
        if (until == 0) {
            return;
        }
        try {
            if (!serving.await(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return;
            }
            while (!quiet() && System.nanoTime() - until < 0) {
                Thread.sleep(Math.max(1, quiet.toMillis() / 4));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
