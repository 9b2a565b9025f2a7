package com.policyminer.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

/**
 * Port for writing the index. The embedded Lucene backend implements it; a SolrCloud backend
 * can sit beside it. A report and its extracted items are always written and replaced together.
 */
public interface IndexBackend extends Closeable {

    /** Adds or replaces the report stored under its path, with its figures and mentions. */
    void upsert(IndexedReport report) throws IOException;

    /**
     * {@link #upsert(IndexedReport)}, its time added to {@code times}: building the backend's documents as
     * {@code BUILD}, writing them as {@code ADD} (a backend that cannot tell them apart puts it all in {@code ADD}).
     */
    default void upsert(IndexedReport report, com.policyminer.model.StageTimes times) throws IOException {
        long[] started = times.start(com.policyminer.model.StageTimes.Stage.ADD);
        try {
            upsert(report);
        } finally {
            times.stop(com.policyminer.model.StageTimes.Stage.ADD, started);
        }
    }

    /** Removes the report at this path and everything extracted from it. */
    void deleteByPath(String path) throws IOException;

    /** Makes all changes durable and visible to new searchers. */
    void commit() throws IOException;

    /**
     * Writes out some of the documents held in memory, on the calling thread: an ingest worker with
     * nothing left to do calls it so that the final commit has less to write on one thread.
     */
    default void flushBuffered() throws IOException {
    }

    /** True when the index was written by another schema or extractor version and must be rebuilt. */
    boolean isStale();

    /** Records that every report has been written by this version (after a complete rebuild), and commits. */
    void markCurrent() throws IOException;

    /**
     * After a batch of writes: lets the backend reorganize for searching (a small Lucene index is
     * merged into one segment). Commits what it changes.
     */
    default void compact() throws IOException {
    }

    /**
     * Many writes follow, then {@link #endBatch()} and {@link #compact()}: the backend may put off
     * reorganizing (merging segments) until then, rather than reorganize data it will reorganize again.
     */
    default void beginBatch() {
    }

    /** The batch begun by {@link #beginBatch()} is over (completed or not): reorganizing goes on as usual. */
    default void endBatch() {
    }

    /** Whether writes go through now: a dead writer is reopened here when it can be. */
    default IndexHealth health() {
        return new IndexHealth(true, null, 0, null);
    }

    /** Path → content id of every report in the index (as last committed or written). */
    Map<String, String> indexedReports() throws IOException;
}
