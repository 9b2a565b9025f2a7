package com.policyminer.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per file on a fixed pool of threads and commits every {@code commitEvery} files:
 * the loop of {@link CorpusIngest}, shared with the benchmark's baselines so they are driven alike.
 */
public final class ParallelFiles {

    /** The work for one file; a per-file failure is the task's to record, an exception stops the run. */
    public interface Task<T> {
        void run(T item) throws IOException;
    }

    /** Makes the writes so far durable and searchable. */
    public interface Commit {
        void commit() throws IOException;
    }

    private ParallelFiles() {
    }

    public static <T> void run(List<T> items, int threads, int commitEvery, String threadName, Task<T> task, Commit commit)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        AtomicInteger sinceCommit = new AtomicInteger();
        Object commitLock = new Object();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (T item : items) {
                jobs.add(pool.submit(() -> {
                    task.run(item);
                    if (sinceCommit.incrementAndGet() >= commitEvery) {
                        synchronized (commitLock) {
                            if (sinceCommit.get() >= commitEvery) {
                                sinceCommit.set(0);
                                commit.commit();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("ingest failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
