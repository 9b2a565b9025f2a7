package com.policyminer.ingest;

import com.policyminer.index.IndexBackend;
import com.policyminer.index.IndexedReport;
import com.policyminer.model.StageTimes;
import com.policyminer.model.StageTimes.Stage;
import com.policyminer.parse.ParseFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Brings the index in line with a corpus folder: new files are indexed, changed files replace
 * their old version, unchanged files are skipped (by path and content hash), files gone from the
 * folder are removed. Files are processed on several threads; the index is committed every
 * {@code commitEvery} files, at least once a minute (even while one file takes longer) and at the
 * end, so a crash loses at most one batch, and a re-run
 * picks up exactly what is missing.
 */
public final class CorpusIngest {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusIngest.class);

    /** Called after each file with (files done, files to process, the file's result). */
    public interface Progress {
        void fileDone(int done, int total, FileResult result);
    }

    private final DocumentPipeline pipeline;
    private final IndexBackend index;
    private final int threads;
    private final int commitEvery;
    private final java.time.Duration commitInterval;

    /** Files to index from which a run is a batch for the index (see {@link IndexBackend#beginBatch()}). */
    static final int BATCH = 100;

    public CorpusIngest(DocumentPipeline pipeline, IndexBackend index, int threads, int commitEvery) {
        this(pipeline, index, threads, commitEvery, java.time.Duration.ofNanos(ParallelFiles.MAX_NANOS_BETWEEN_COMMITS));
    }

    /** As above, with the longest time between commits (a timer keeps it while one file runs long). */
    public CorpusIngest(DocumentPipeline pipeline, IndexBackend index, int threads, int commitEvery,
                        java.time.Duration commitInterval) {
        this.commitInterval = commitInterval;
        this.pipeline = pipeline;
        this.index = index;
        this.threads = Math.max(1, threads);
        this.commitEvery = Math.max(1, commitEvery);
    }

    public IngestReport run(Path corpus, Progress progress) throws IOException {
        return run(corpus, Shard.ALL, progress);
    }

    /**
     * As {@link #run(Path, Progress)}, for one share of the corpus only (see {@link Shard}): files of the other shares
     * are neither read nor removed, and counted apart ({@link IngestReport#otherShares()}). Several processes, one
     * per share, give the index one process gives. A stale index is refused: each share would be rebuilt by its own
     * run, and the first to finish would mark the whole index current.
     */
    public IngestReport run(Path corpus, Shard shard, Progress progress) throws IOException {
        long t0 = System.currentTimeMillis();
        StageTimes times = StageTimes.create();
        long[] listing0 = times.start(Stage.LIST);
        // the index before the listing: a file uploaded meanwhile (moved in, then indexed) is then either
        // listed and indexed again, or not listed and left alone — never taken for a removed file
        Map<String, String> indexed = index.indexedReports();
        CorpusScanner.Listing listing = CorpusScanner.list(corpus);
        List<CorpusScanner.CorpusFile> files = listing.files();
        boolean rebuild = index.isStale();
        if (rebuild && !shard.isAll()) {
            throw new IllegalStateException("the index was built by another version of policy-miner: rebuild it with "
                    + "one ingest without --shard first (each share marking the index current would leave the others old)");
        }
        if (rebuild) {
            LOG.info("the index was built by another version: every file is indexed again");
        }
        List<FileResult> results = Collections.synchronizedList(new ArrayList<>());
        List<CorpusScanner.CorpusFile> todo = new ArrayList<>();
        Set<String> present = new HashSet<>();
        int otherShares = 0;
        for (FileResult skipped : listing.skipped()) {
            present.add(skipped.path()); // one outcome per entry: a file that became a link is not also REMOVED
            if (!shard.ownsPath(skipped.path())) {
                otherShares++;
                continue;
            }
            results.add(skipped);
            if (indexed.containsKey(skipped.path())) {
                index.deleteByPath(skipped.path());
            }
        }
        Map<String, String> hashes = new java.util.LinkedHashMap<>();
        // a file can be unchanged only if it is indexed, and a duplicate only if another file has its size: the
        // others are new and unique without reading them here (the parse hashes them for their id): on a first
        // ingest that is nearly every file, which was read twice (hashing 47 MB cost 1.2% of a cold ingest's CPU)
        Map<Long, Integer> sizes = new HashMap<>();
        files.forEach(f -> sizes.merge(f.size(), 1, Integer::sum));
        Set<String> newAndUnique = new HashSet<>();
        for (CorpusScanner.CorpusFile f : files) {
            present.add(f.path());
            if (f.size() == 0 && !shard.ownsPath(f.path())) {
                otherShares++; // no content to hash: its path decides
                continue;
            }
            if (f.size() == 0) {
                // every empty file has the same hash: each is empty, not a duplicate of the first
                results.add(new FileResult(f.path(), IngestOutcome.SKIPPED_EMPTY, null, "zero bytes"));
                if (indexed.containsKey(f.path())) {
                    index.deleteByPath(f.path());
                }
                continue;
            }
            // (a share needs every file's content id to know whether it is its own)
            if (shard.isAll() && f.size() > 0 && !indexed.containsKey(f.path()) && sizes.get(f.size()) == 1) { // (-1: unreadable, reported below)
                newAndUnique.add(f.path());
                continue;
            }
            String hash;
            try {
                hash = CorpusScanner.sha256(f.file());
            } catch (IOException e) {
                if (shard.ownsPath(f.path())) {
                    results.add(new FileResult(f.path(), IngestOutcome.FAILED_IO, null, "cannot read file: " + e.getMessage()));
                } else {
                    otherShares++;
                }
                continue;
            }
            if (shard.ownsContent(hash)) {
                hashes.put(f.path(), hash);
            } else {
                otherShares++;
            }
        }
        // one path per content: the one already indexed with it, else the first in path order
        Map<String, String> hashOwner = new HashMap<>();
        hashes.forEach((path, hash) -> {
            if (hash.equals(indexed.get(path))) {
                hashOwner.putIfAbsent(hash, path);
            }
        });
        hashes.forEach((path, hash) -> hashOwner.putIfAbsent(hash, path));
        for (CorpusScanner.CorpusFile f : files) {
            if (newAndUnique.contains(f.path())) {
                todo.add(f);
                continue;
            }
            String hash = hashes.get(f.path());
            if (hash == null) {
                continue;
            }
            String owner = hashOwner.get(hash);
            if (!owner.equals(f.path())) {
                if (indexed.containsKey(f.path())) {
                    index.deleteByPath(f.path()); // the same content is indexed under its owner
                }
                results.add(new FileResult(f.path(), IngestOutcome.SKIPPED_DUPLICATE, hash, "same content as " + owner));
            } else if (!rebuild && hash.equals(indexed.get(f.path()))) {
                results.add(new FileResult(f.path(), IngestOutcome.UNCHANGED, hash, ""));
            } else {
                todo.add(f);
            }
        }
        for (String path : indexed.keySet()) {
            // a path gone from the corpus is removed by the share its indexed content falls in: by one process only
            if (!present.contains(path) && ownsIndexed(shard, path, indexed.get(path))) {
                index.deleteByPath(path);
                results.add(new FileResult(path, IngestOutcome.REMOVED, indexed.get(path), "no longer in the corpus"));
            }
        }
        times.stop(Stage.LIST, listing0);
        AtomicLong chars = new AtomicLong();
        boolean complete = false;
        boolean batch = todo.size() >= BATCH;
        if (batch) {
            index.beginBatch();
        }
        try {
            processAll(todo, indexed, results, chars, progress, times);
            if (rebuild) {
                // an old-version block must not stay behind: a file that failed now loses its old version
                for (FileResult r : List.copyOf(results)) {
                    if ((r.outcome().failed() || r.outcome() == IngestOutcome.SKIPPED_EMPTY) && indexed.containsKey(r.path())) {
                        index.deleteByPath(r.path());
                    }
                }
            }
            complete = true;
        } finally {
            try {
                long[] committing = times.start(Stage.COMMIT);
                if (rebuild && complete) {
                    index.markCurrent();
                } else {
                    index.commit(); // what was written is kept, even when the run is cut short
                }
                times.stop(Stage.COMMIT, committing);
            } finally {
                if (batch) {
                    index.endBatch(); // even when the commit failed: later uploads must merge again
                }
            }
        }
        // after every run, one that changed nothing included: the compaction of a run killed while
        // merging is finished by the next one (the backend does nothing when there is nothing to merge)
        long[] merging = times.start(Stage.MERGE);
        index.compact();
        times.stop(Stage.MERGE, merging);
        IngestReport report = IngestReport.of(results, System.currentTimeMillis() - t0, chars.get(), shard, otherShares, IngestTimings.of(times));
        LOG.info("ingest of {}: {}", corpus, report.summary());
        return report;
    }

    private static boolean ownsIndexed(Shard shard, String path, String contentId) {
        return contentId != null && contentId.matches("[0-9a-f]{16,}") ? shard.ownsContent(contentId) : shard.ownsPath(path);
    }

    private void processAll(List<CorpusScanner.CorpusFile> todo, Map<String, String> indexed, List<FileResult> results,
                            AtomicLong chars, Progress progress, StageTimes times) throws IOException {
        AtomicInteger done = new AtomicInteger();
        ParallelFiles.run(todo, threads, commitEvery, commitInterval, "ingest", f -> {
            FileResult r = processOne(f, indexed.containsKey(f.path()), chars, times);
            results.add(r);
            if (progress != null) {
                progress.fileDone(done.incrementAndGet(), todo.size(), r);
            }
        }, () -> timed(times, Stage.COMMIT, index::commit), () -> timed(times, Stage.FLUSH, index::flushBuffered));
    }

    private interface IndexStep {
        void run() throws IOException;
    }

    private static void timed(StageTimes times, Stage stage, IndexStep step) throws IOException {
        long[] started = times.start(stage);
        try {
            step.run();
        } finally {
            times.stop(stage, started);
        }
    }

    /** What an indexed file's reader flagged, for its result's message ("" when nothing). */
    static String warning(IndexedReport report) {
        if ("true".equals(report.analyzed().document().metadata().get(com.policyminer.parse.DocumentParser.EXTRACTION_FORBIDDEN))) {
            LOG.warn("{}: the PDF's permissions forbid extracting its text; indexed anyway (flagged extraction_forbidden)",
                    report.analyzed().document().path());
            return "the PDF's permissions forbid extracting its text; indexed anyway, flagged extraction_forbidden in its metadata";
        }
        return "";
    }

    /**
     * A file's warnings: a parse suspected of losing text, and extractors that failed on it (the report is indexed
     * and searchable, but without what they find); "" when none.
     */
    static String warnings(IndexedReport report) {
        String parse = FileResult.warningOf(report.analyzed().document());
        if (report.extraction().failures().isEmpty()) {
            return parse;
        }
        String extraction = "extraction_failed: indexed without what these extractors find: "
                + String.join("; ", report.extraction().failures());
        return parse.isEmpty() ? extraction : parse + "; " + extraction;
    }

    private FileResult processOne(CorpusScanner.CorpusFile f, boolean existed, AtomicLong chars, StageTimes times)
            throws IOException {
        try {
            IndexedReport report = pipeline.process(f.file(), f.path(), times);
            index.upsert(report, times);
            chars.addAndGet(report.analyzed().text().length());
            String warning = warnings(report);
            if (!warning.isEmpty()) {
                LOG.warn("{}: {}", f.path(), warning);
            }
            return new FileResult(f.path(), existed ? IngestOutcome.UPDATED : IngestOutcome.INDEXED,
                    report.analyzed().id(), warning(report), warning);
        } catch (ParseFailure e) {
            LOG.warn("{}: {} ({})", f.path(), e.getMessage(), e.reason());
            return new FileResult(f.path(), IngestOutcome.of(e.reason()), null, e.getMessage());
        } catch (IOException e) {
            LOG.warn("{}: cannot index: {}", f.path(), e.getMessage());
            return new FileResult(f.path(), IngestOutcome.FAILED_IO, null, "cannot index: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            LOG.error("{}: out of memory", f.path(), e);
            return new FileResult(f.path(), IngestOutcome.FAILED_TOO_LARGE, null, UploadIngest.outOfMemory());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("{}: internal error", f.path(), e);
            return new FileResult(f.path(), IngestOutcome.FAILED_INTERNAL, null, "internal error: " + e);
        }
    }
}
