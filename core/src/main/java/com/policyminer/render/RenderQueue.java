package com.policyminer.render;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs renders on a few workers with a time limit. A caller waits at most the time limit (queueing
 * included); past it, it gets TIMEOUT and the task is cancelled: its deadline has passed too, so a
 * render stops at its next PDF operator and frees its worker. A full queue is refused at once (BUSY).
 */
final class RenderQueue implements AutoCloseable {

    /** A render given its deadline ({@link System#nanoTime()}). */
    @FunctionalInterface
    interface Task<T> {
        T run(long deadlineNanos) throws PageFailure, IOException;
    }

    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    RenderQueue(int workers, int queued, Duration timeout) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                queued == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queued), r -> {
                    Thread t = new Thread(r, "page-render-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.pool.allowCoreThreadTimeOut(true); // an idle server holds no render threads
        this.timeout = timeout;
    }

    <T> T run(Task<T> task) throws PageFailure, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Future<T> future;
        try {
            future = pool.submit(() -> task.run(deadline));
        } catch (RejectedExecutionException e) {
            throw new PageFailure(PageFailure.Reason.BUSY, "all page renderers are busy; try again shortly");
        }
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PageFailure(PageFailure.Reason.TIMEOUT, "page render interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PageFailure f) {
                throw f;
            }
            if (cause instanceof PageRenderer.DeadlinePassed) {
                throw timedOut();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) { // PDFBox on a malformed page: a class cast, an index out of range …
                throw new PageFailure(PageFailure.Reason.UNREADABLE, "PDFBox cannot draw the page: " + r, r);
            }
            throw (Error) cause;
        }
    }

    private PageFailure timedOut() {
        return new PageFailure(PageFailure.Reason.TIMEOUT, "page render took longer than " + timeout.toMillis() + " ms");
    }

    /** Renders running or waiting. */
    int pending() {
        return pool.getActiveCount() + pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
