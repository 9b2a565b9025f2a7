package com.policyminer.bench;

import com.policyminer.ingest.CorpusScanner;
import com.policyminer.ingest.ParallelFiles;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest loop of the comparison pipelines: {@link ParallelFiles}, as {@code CorpusIngest} runs it
 * (a fixed pool of threads, one file per task, a commit every {@code commitEvery} files, a worker
 * writing out the largest buffered segment when no file is left to start), and one commit at the
 * end. It has no hashing pass and no change detection: every file is new.
 */
final class ParallelIngest {

    /** Indexes one file; returns the number of characters of text indexed. */
    interface Step {
        long index(CorpusScanner.CorpusFile file) throws Exception;
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

    Outcome run(List<CorpusScanner.CorpusFile> files, Step step, ParallelFiles.Commit commit,
               ParallelFiles.BeforeIdle beforeIdle) throws IOException {
        AtomicInteger indexed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong chars = new AtomicLong();
        ParallelFiles.run(files, threads, commitEvery, "bench-ingest", f -> {
            try {
                chars.addAndGet(step.index(f));
                indexed.incrementAndGet();
            } catch (Exception e) {
                failed.incrementAndGet();
            }
        }, commit, beforeIdle);
        commit.commit();
        return new Outcome(indexed.get(), failed.get(), chars.get());
    }
}
