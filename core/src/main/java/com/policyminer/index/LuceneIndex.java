package com.policyminer.index;

import com.policyminer.model.StageTimes;
import com.policyminer.model.StageTimes.Stage;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The embedded Lucene index: one writer, near-real-time searchers ({@link WriterSearchers},
 * refreshed after every write batch), so search keeps working while ingest runs. A writer that
 * dies (Lucene closes it on an OutOfMemoryError) is reopened at the next write.
 */
public final class LuceneIndex implements IndexBackend {

    /**
     * Bump when the schema, the analysis or the extractors change in a way that needs a re-index:
     * an index written by another version is re-ingested whole on the next run.
     */
    public static final String SCHEMA_VERSION = "18";

    private final FSDirectory directory;
    /** Replaced when it dies (a tragic error such as an OutOfMemoryError closes a Lucene writer). */
    private volatile IndexWriter writer;
    private final org.apache.lucene.search.ReferenceManager<IndexSearcher> searchers;
    /** Opened without a writer (see {@link #openForReading}): writes are refused. */
    private final boolean readOnly;
    private volatile boolean closed;
    private volatile java.time.Instant lastCommit;
    /** Why the writer is closed and could not be reopened, or null. */
    private volatile String writerFailure;
    private final java.util.concurrent.atomic.AtomicInteger reopened = new java.util.concurrent.atomic.AtomicInteger();
    private final LuceneDocuments documents;
    private final Analyzers analyzers;
    private volatile boolean stale;

    public LuceneIndex(Path dir, Analyzers analyzers) throws IOException {
        Files.createDirectories(dir);
        this.analyzers = analyzers;
        this.directory = FSDirectory.open(dir);
        try {
            this.writer = openWriter();
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException(dir);
        }
        this.searchers = new WriterSearchers(() -> writer);
        this.readOnly = false;
        this.stale = writer.getDocStats().maxDoc > 0 && !SCHEMA_VERSION.equals(committedSchema());
        this.documents = new LuceneDocuments(analyzers.hanlp());
    }

    private LuceneIndex(Path dir, Analyzers analyzers, FSDirectory directory) throws IOException {
        this.analyzers = analyzers;
        this.directory = directory;
        this.readOnly = true;
        this.searchers = new org.apache.lucene.search.SearcherManager(directory, null);
        IndexSearcher s = searchers.acquire();
        try {
            DirectoryReader r = (DirectoryReader) s.getIndexReader();
            this.stale = r.maxDoc() > 0 && !SCHEMA_VERSION.equals(r.getIndexCommit().getUserData().getOrDefault("schema", ""));
        } finally {
            searchers.release(s);
        }
        this.documents = new LuceneDocuments(analyzers.hanlp());
    }

    /**
     * The index as last committed, for reading only, without the write lock: it opens while a server
     * or an ingest holds the index (a Lucene index has one writer and any number of readers) and sees
     * what they have committed. Writes throw {@link IllegalStateException}.
     *
     * @throws NoIndexException when there is no index at {@code dir}
     */
    public static LuceneIndex openForReading(Path dir, Analyzers analyzers) throws IOException {
        FSDirectory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new NoIndexException(dir);
            }
            return new LuceneIndex(dir, analyzers, directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Run before each merge (tests pause a merge with it to write while it runs); null: nothing. */
    private volatile Runnable beforeMerge;

    /**
     * Runs {@code hook} on the merge thread before each merge starts (for tests that check what can
     * happen while a merge runs); null removes it.
     */
    public void beforeEachMerge(Runnable hook) {
        this.beforeMerge = hook;
    }

    /** Lucene's concurrent merges (background threads), with {@link #beforeMerge} in front. */
    private final class Merges extends ConcurrentMergeScheduler {
        @Override
        protected void doMerge(MergeSource mergeSource, org.apache.lucene.index.MergePolicy.OneMerge merge) throws IOException {
            Runnable hook = beforeMerge;
            if (hook != null) {
                hook.run();
            }
            super.doMerge(mergeSource, merge);
        }
    }

    private IndexWriter openWriter() throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(analyzers.perField())
                .setMergeScheduler(new Merges())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setMergePolicy(inBatch ? NoMergePolicy.INSTANCE : MERGE_POLICY)
                .setCommitOnClose(false);
        return new IndexWriter(directory, cfg);
    }

    /**
     * The writer, reopened first when it has died: a Lucene writer closes itself on a tragic error
     * (an OutOfMemoryError while indexing, a disk failure), losing only what was not committed.
     * Without this every later write failed with "this IndexWriter is closed" while the server
     * went on answering. When it cannot be reopened the failure is kept for {@link #health()}.
     */
    private IndexWriter writer() throws IOException {
        if (readOnly) {
            throw new IllegalStateException("the index was opened for reading only");
        }
        IndexWriter w = writer;
        if (w.isOpen() || closed) {
            return w;
        }
        synchronized (this) {
            if (!writer.isOpen() && !closed) {
                Throwable tragedy = writer.getTragicException();
                try {
                    writer = openWriter();
                    writerFailure = null;
                    reopened.incrementAndGet();
                    LOG.warn("the index writer had closed ({}); reopened it: changes since the last commit are lost, "
                            + "the next ingest indexes them again", tragedy == null ? "no reason given" : tragedy.toString());
                } catch (IOException | RuntimeException e) {
                    writerFailure = "the index writer closed (" + tragedy + ") and cannot be reopened: " + e.getMessage();
                    throw e;
                }
            }
            return writer;
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LuceneIndex.class);

    @Override
    public IndexHealth health() {
        if (readOnly) {
            return new IndexHealth(false, null, 0, "opened for reading only");
        }
        if (!closed) {
            try {
                writer();
            } catch (IOException | RuntimeException e) {
                // kept in writerFailure
            }
        }
        boolean open = writer.isOpen();
        return new IndexHealth(open, lastCommit, reopened.get(), open ? null
                : writerFailure != null ? writerFailure : closed ? "the index is closed" : "the index writer is closed");
    }

    /**
     * Fewer, larger segments than Lucene's default (10 per tier): every search pays a little per
     * segment, and uploads add a small segment each.
     */
    private static final TieredMergePolicy MERGE_POLICY = new TieredMergePolicy().setSegmentsPerTier(5);

    private volatile boolean inBatch;

    /**
     * During a batch no segment is merged: the batch ends with {@link #compact()}, which merges a
     * small index into one segment in a single pass; merging during the batch rewrote the same
     * postings two or three times, on the cores the batch was indexing with. Once the index
     * reaches the size that is no longer merged into one segment, the batch merges as usual again
     * (checked at each commit): a long batch would otherwise leave searches hundreds of segments.
     */
    @Override
    public void beginBatch() {
        if (readOnly) {
            throw new IllegalStateException("the index was opened for reading only");
        }
        inBatch = true;
        writer.getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        // a batch's segments are merged at its end: packing each into a compound file first was wasted copying
        // (0.14-0.16 CPU-s on C1 for the 125 MB of segments 2,000 reports flush, and as much written again)
        writer.getConfig().setUseCompoundFile(false);
    }

    /** True between {@link #beginBatch()} and the batch's end (or the commit that found the index too large for it). */
    boolean inBatch() {
        return inBatch;
    }

    /** Merging resumes with the next flush or {@link #compact()} (which merges what the batch left). */
    @Override
    public void endBatch() {
        inBatch = false;
        if (readOnly) {
            return;
        }
        writer.getConfig().setMergePolicy(MERGE_POLICY);
        writer.getConfig().setUseCompoundFile(true);
    }

    @Override
    public void upsert(IndexedReport report) throws IOException {
        upsert(report, StageTimes.OFF);
    }

    @Override
    public void upsert(IndexedReport report, StageTimes times) throws IOException {
        long[] building = times.start(Stage.BUILD);
        List<Document> block = documents.block(report);
        times.stop(Stage.BUILD, building);
        long[] adding = times.start(Stage.ADD); // the fields' tokens are read and inverted here
        try {
            writer().updateDocuments(new Term(Schema.PATH.fieldName(), report.analyzed().document().path()), block);
        } finally {
            times.stop(Stage.ADD, adding);
        }
    }

    @Override
    public void deleteByPath(String path) throws IOException {
        writer().deleteDocuments(new Term(Schema.PATH.fieldName(), path));
    }

    @Override
    public void commit() throws IOException {
        // a stale index keeps its old version mark until a full run has rewritten every report
        IndexWriter w = writer();
        w.setLiveCommitData(Map.of("schema", stale ? committedSchema() : SCHEMA_VERSION).entrySet());
        w.commit();
        lastCommit = java.time.Instant.now();
        searchers.maybeRefreshBlocking();
        afterCommit.forEach(Runnable::run);
        if (inBatch && sizeInBytes() >= compactBelowBytes) {
            endBatch();
            w.maybeMerge();
        }
    }

    /** Writes the largest in-memory segment out on this thread (Lucene flushes the rest at the commit). */
    @Override
    public void flushBuffered() throws IOException {
        writer().flushNextBuffer();
    }

    private long sizeInBytes() throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            try {
                bytes += directory.fileLength(file);
            } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException deletedByAMerge) {
                // gone since the listing
            }
        }
        return bytes;
    }

    @Override
    public boolean isStale() {
        return stale;
    }

    @Override
    public void markCurrent() throws IOException {
        stale = false;
        commit();
    }

    /**
     * Below this size the whole index is merged into one segment after an ingest run: each search
     * pays a little per segment (half its time on the 2,000-report benchmark index of 5 segments),
     * and rewriting a small index takes seconds. Larger indexes keep Lucene's merge policy.
     */
    static final long COMPACT_BELOW_BYTES = 1L << 30;
    /** {@link #COMPACT_BELOW_BYTES}, lowered by tests to check what happens to a large index. */
    long compactBelowBytes = COMPACT_BELOW_BYTES;

    /**
     * Merges in the background (Lucene's merge threads) and commits the result: writes go on meanwhile,
     * on the same writer (an upload's update and commit do not wait for the merge), and a search sees the
     * merged segment only once it is committed. The commit is one atomic Lucene commit, like every other.
     */
    @Override
    public void compact() throws IOException {
        int segments;
        IndexSearcher s = searchers.acquire();
        try {
            segments = s.getIndexReader().leaves().size();
        } finally {
            searchers.release(s);
        }
        if (segments <= 1) {
            return;
        }
        IndexWriter w = writer();
        if (sizeInBytes() < compactBelowBytes) {
            w.forceMerge(1);
            commit();
        } else {
            // the merge policy's usual merges (put off during a batch), finished and committed here:
            // closing the writer without a commit would drop them
            w.maybeMerge();
            if (w.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
                merges.sync();
            }
            commit();
        }
    }

    private String committedSchema() {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals("schema")) {
                return e.getValue();
            }
        }
        return "";
    }

    private final java.util.List<Runnable> afterCommit = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Runs this after each commit, once searchers see it (the works save themselves so). */
    public void afterCommit(Runnable hook) {
        afterCommit.add(hook);
    }

    /** The directory of the index's files. */
    public Path directoryPath() {
        return directory.getDirectory();
    }

    /** Makes recent writes searchable without a commit. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    @Override
    public Map<String, String> indexedReports() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs all = s.search(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_REPORT)),
                    Math.max(1, s.getIndexReader().maxDoc()));
            Map<String, String> out = new HashMap<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : all.scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(Schema.PATH.fieldName(), Schema.DOC_ID.fieldName()));
                out.put(d.get(Schema.PATH.fieldName()), d.get(Schema.DOC_ID.fieldName()));
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    public org.apache.lucene.search.ReferenceManager<IndexSearcher> searchers() {
        return searchers;
    }

    public Analyzers analyzers() {
        return analyzers;
    }

    public LuceneDocuments documents() {
        return documents;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        try {
            searchers.close();
            if (writer != null && writer.isOpen()) {
                writer.close();
            } // a writer that died is closed already, or stuck closing (an error during its rollback): waiting would hang
        } finally {
            directory.close();
        }
    }
}
