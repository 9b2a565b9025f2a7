package com.policyminer.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one task per file on a fixed pool of threads and commits every {@code commitEvery} files or
 * {@link #MAX_NANOS_BETWEEN_COMMITS one minute}, whichever comes first: the loop of {@link CorpusIngest},
 * shared with the benchmark's baselines so they are driven alike. Commits are not free: each one
 * writes out the segments in memory, and many small segments are then merged again (committing
 * every 100 files cost about 45% more indexing CPU on the benchmark corpus than committing at the end).
 */
public final class ParallelFiles {

    /** The longest a run goes without a commit: the work a crash can lose. */
    static final long MAX_NANOS_BETWEEN_COMMITS = 60_000_000_000L;

    /** The work for one file; a per-file failure is the task's to record, an exception stops the run. */
    public interface Task<T> {
        void run(T item) throws IOException;
    }

    /** Makes the writes so far durable and searchable. */
    public interface Commit {
        void commit() throws IOException;
    }

    /**
     * Run by a worker that finishes a file when no file is left to start, before it goes idle
     * (at most once per worker; a worker finishing just as the last file is taken may skip it):
     * the index can write out documents it holds in memory on that thread, alongside the other
     * workers, rather than all of them on one thread at the final commit (on the benchmark, the
     * time from the last file started to the end of the run went from 0.8-1.2 s to 0.6-0.9 s).
     */
    public interface BeforeIdle {
        void run() throws IOException;
    }

    private ParallelFiles() {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ParallelFiles.class);

    private static boolean commitDue(AtomicLong lastCommit, long maxNanos) {
        return System.nanoTime() - lastCommit.get() >= maxNanos;
    }

    public static <T> void run(List<T> items, int threads, int commitEvery, String threadName, Task<T> task, Commit commit,
                               BeforeIdle beforeIdle) throws IOException {
        run(items, threads, commitEvery, java.time.Duration.ofNanos(MAX_NANOS_BETWEEN_COMMITS), threadName, task, commit, beforeIdle);
    }

    /**
     * As above, with the longest time between commits given. A timer commits on that schedule even
     * while every worker is busy with one long or stuck file: a kill then loses at most the files
     * finished since the last commit, never the whole run.
     */
    public static <T> void run(List<T> items, int threads, int commitEvery, java.time.Duration commitInterval, String threadName,
                               Task<T> task, Commit commit, BeforeIdle beforeIdle) throws IOException {
        long maxNanos = Math.max(1, commitInterval.toNanos());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        AtomicInteger started = new AtomicInteger();
        AtomicInteger sinceCommit = new AtomicInteger();
        AtomicLong lastCommit = new AtomicLong(System.nanoTime());
        Object commitLock = new Object();
        java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName + "-commit-timer");
            t.setDaemon(true);
            return t;
        });
        long tick = Math.max(1_000_000L, maxNanos / 4);
        timer.scheduleWithFixedDelay(() -> {
            synchronized (commitLock) {
                int covered = sinceCommit.get();
                if (covered > 0 && commitDue(lastCommit, maxNanos)) {
                    sinceCommit.addAndGet(-covered); // files finishing meanwhile count toward the next commit
                    lastCommit.set(System.nanoTime());
                    try {
                        commit.commit();
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("scheduled commit failed: {}", e.toString());
                    }
                }
            }
        }, tick, tick, java.util.concurrent.TimeUnit.NANOSECONDS);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (T item : items) {
                jobs.add(pool.submit(() -> {
                    started.incrementAndGet();
                    task.run(item);
                    if (started.get() == items.size()) {
                        beforeIdle.run(); // every file has started: this worker has no more
                    }
                    if (sinceCommit.incrementAndGet() >= commitEvery || commitDue(lastCommit, maxNanos)) {
                        synchronized (commitLock) {
                            int covered = sinceCommit.get();
                            if (covered >= commitEvery || commitDue(lastCommit, maxNanos)) {
                                // not set(0): a file another worker finished after this one counted is not forgotten
                                // (with set(0), 40 files on 3 workers sometimes made 3 commits instead of 4)
                                sinceCommit.addAndGet(covered >= commitEvery ? -commitEvery : -covered);
                                lastCommit.set(System.nanoTime());
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
            // never interrupted: an interrupt inside a Lucene write closes its file channel. A
            // scheduled commit in flight ends before the caller's final commit.
            timer.shutdown();
            try {
                timer.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pool.shutdownNow();
        }
    }
}
