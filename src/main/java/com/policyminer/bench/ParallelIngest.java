package com.policyminer.bench;

import com.policyminer.ingest.CorpusScanner;

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
 * The ingest loop of the comparison pipelines, shaped like {@code CorpusIngest}: a fixed pool of
 * threads, one file per task, a commit every {@code commitEvery} files and one at the end. It has
 * no hashing pass and no change detection: every file is new.
 */
final class ParallelIngest {

    /** Indexes one file; returns the number of characters of text indexed. */
    interface Step {
        long index(CorpusScanner.CorpusFile file) throws Exception;
    }

    /** Makes the writes so far durable and searchable. */
    interface Commit {
        void commit() throws IOException;
    }

    /** Files indexed, files failed, characters indexed. */
    record Outcome(int indexed, int failed, long chars) {
    }

    private final int threads;
    private final int commitEvery;

    ParallelIngest(int threads, int commitEvery) {
        this.threads = Math.max(1, threads);
        this.commitEvery = Math.max(1, commitEvery);
    }

    Outcome run(List<CorpusScanner.CorpusFile> files, Step step, Commit commit) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-ingest");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger indexed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong chars = new AtomicLong();
        AtomicInteger sinceCommit = new AtomicInteger();
        Object commitLock = new Object();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (CorpusScanner.CorpusFile f : files) {
                jobs.add(pool.submit(() -> {
                    try {
                        chars.addAndGet(step.index(f));
                        indexed.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
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
            throw new IOException("ingest failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        commit.commit();
        return new Outcome(indexed.get(), failed.get(), chars.get());
    }
}
