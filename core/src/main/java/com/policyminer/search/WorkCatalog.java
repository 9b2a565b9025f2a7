package com.policyminer.search;

import com.policyminer.index.LuceneIndex;
import com.policyminer.index.Schema;
import com.policyminer.works.IncrementalGrouper;
import com.policyminer.works.SavedWorks;
import com.policyminer.works.TextFingerprint;
import com.policyminer.works.WorkGrouper;
import com.policyminer.works.Works;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import com.policyminer.model.Provenance;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The works of the index: every report's fingerprint (binary doc values; stored text is read only to
 * verify a pair whose estimate is near the rule) grouped by {@link WorkGrouper}, once per index version,
 * incrementally ({@link IncrementalGrouper}: a new version compares only the reports added, changed or
 * removed since the last; each segment's reports are read once, {@link SegmentReports}; the fingerprints
 * are in the index, so the works come out the same after a re-ingest). Search collapses hits by the
 * {@link View#workOrdinal work ordinal} of each document.
 *
 * <p>Kept across restarts: given a file ({@link #keptIn}), the works of each committed index version are saved
 * there ({@link SavedWorks}, stamped with the version: {@link IndexStamp}) when the index commits, and a new
 * catalog whose first reader shows that version reads them back instead of grouping every report: the works are
 * there at once, and the fingerprints are put back in the grouper's buckets behind them (no pair compared), so the
 * next commit is grouped incrementally. A file that is missing, of another version or damaged is said in the log
 * and the reports are grouped as without it.
 */
public final class WorkCatalog {

    /**
     * The works as of one reader.
     *
     * @param works       the works and their links
     * @param workOrdinal top-level document number → index of its work in {@code works.works()}, −1 for
     *                    documents that are not reports
     * @param workOfDoc   content id → work id
     * @param ordinalOfWork work id → index of the work in {@code works.works()}
     * @param provenance  content id → where the file came from
     * @param collections content id → its collections (absent: none)
     * @param tags        content id → its tags (absent: none)
     * @param millis      time taken to read the fingerprints and group them
     * @param cpuMillis   CPU time of that (the thread's), for measuring it on a busy machine
     */
    public record View(Works works, int[] workOrdinal, Map<String, String> workOfDoc, Map<String, Integer> ordinalOfWork,
                       Map<String, Provenance> provenance, Map<String, List<String>> collections, Map<String, List<String>> tags,
                       long millis, long cpuMillis) {

        /**
         * The reports in any of these collections and with any of these tags (an empty list does not
         * filter), among {@code docs} when it is not empty; null when neither list filters.
         */
        public List<String> documentsIn(List<String> inCollections, List<String> withTags, List<String> docs) {
            if (inCollections.isEmpty() && withTags.isEmpty()) {
                return null;
            }
            java.util.Set<String> among = docs.isEmpty() ? null : new java.util.HashSet<>(docs);
            return workOfDoc.keySet().stream().sorted()
                    .filter(id -> among == null || among.contains(id))
                    .filter(id -> inCollections.isEmpty() || collections.getOrDefault(id, List.of()).stream().anyMatch(inCollections::contains))
                    .filter(id -> withTags.isEmpty() || tags.getOrDefault(id, List.of()).stream().anyMatch(withTags::contains))
                    .toList();
        }

        /** The work id of a report, or its own id when the report is not known (indexed after this view). */
        public String workOf(String docId) {
            return workOfDoc.getOrDefault(docId, docId);
        }

        /** The work of a report (by the report's id or the work's). */
        public java.util.Optional<Works.Work> work(String id) {
            String workId = workOfDoc.get(id);
            return workId == null ? java.util.Optional.empty()
                    : java.util.Optional.of(works.works().get(ordinalOfWork.get(workId)));
        }
    }

    /** Views of the last few readers: a cursor pages through an older reader while new searches see the newest. */
    private final java.util.LinkedHashMap<IndexReader, View> cached = new java.util.LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<IndexReader, View> eldest) {
            return size() > 3;
        }
    };

    private final ReferenceManager<IndexSearcher> searchers;
    private final Path file; // where the works are kept across restarts, or null
    private final boolean saving; // false: the file is only read (a reader beside a running server)
    private String saved; // the stamp of the works in the file, as far as this catalog knows

    public WorkCatalog(ReferenceManager<IndexSearcher> searchers) {
        this(searchers, null, false);
    }

    private WorkCatalog(ReferenceManager<IndexSearcher> searchers, Path file, boolean saving) {
        this.searchers = searchers;
        this.file = file;
        this.saving = saving;
    }

    /** The file beside an index's segments where its works are kept. */
    public static final String FILE = "policyminer-works.bin";

    /**
     * The works of an index, kept in its directory ({@link #FILE}) across restarts: read back at the first view, and,
     * unless the index is open for reading only, written at each commit.
     */
    public static WorkCatalog keptIn(LuceneIndex index) {
        WorkCatalog catalog = new WorkCatalog(index.searchers(), index.directoryPath().resolve(FILE), !index.readOnly());
        if (!index.readOnly()) {
            index.afterCommit(catalog::saveCommitted);
        }
        return catalog;
    }

    /** Groups the index as just committed (incrementally) and saves the works: what {@link LuceneIndex#commit} calls. */
    private void saveCommitted() {
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        try {
            View v = get();
            LOG.debug("works: at the commit, {} works grouped and saved in {} ms ({} ms CPU)", v.works().works().size(),
                    (System.nanoTime() - t0) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warn("works: grouping the committed index failed ({}); they are grouped at the next search", e.toString());
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkCatalog.class);

    /** The works of the index as last refreshed (the index refreshes its searchers at every commit). */
    public View get() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return of(s.getIndexReader());
        } finally {
            searchers.release(s);
        }
    }

    /** Held while a view is built (package-private: a test holds it to stand for a long build). */
    final java.util.concurrent.locks.ReentrantLock building = new java.util.concurrent.locks.ReentrantLock();

    /** The works held back until a server's first search is answered, or null (see {@link #defer}). */
    private volatile DeferredWorks deferred;

    /**
     * Holds the works back (a server's launch on a large index, before it listens): until {@link #readDeferred}, a
     * search neither reads them nor waits for them, and {@link #of} waits for that read (see {@link DeferredWorks}).
     */
    public void defer() {
        deferred = new DeferredWorks();
    }

    /** Waits, at most {@code max}, until a search has asked for the works held back; false when none did (or none held). */
    public boolean awaitAskedWhileDeferred(java.time.Duration max) {
        DeferredWorks d = deferred;
        return d != null && d.awaitAsked(max);
    }

    /** Reads the works held back by {@link #defer} (or, when none are, gets them as {@link #get} does). */
    public View readDeferred() throws IOException {
        building.lock(); // before the works are released: a search that comes meanwhile waits as for any build
        DeferredWorks d = deferred;
        try {
            deferred = null;
            return get();
        } finally {
            building.unlock();
            if (d != null) {
                d.done();
            }
        }
    }

    /**
     * As {@link #of}, but works held back ({@link #defer}) are not asked for: it waits until they are read (the launch's
     * own preparation, which would otherwise end the hold it is part of).
     */
    public View ofOnceRead(IndexReader reader) throws IOException {
        DeferredWorks d = deferred;
        if (d != null) {
            d.awaitRead();
        }
        return of(reader);
    }

    /** The works of the index as this reader sees it (built once per reader; waits while another thread builds one). */
    public View of(IndexReader reader) throws IOException {
        synchronized (cached) {
            View v = cached.get(reader);
            if (v != null) {
                return v; // without waiting for a build in progress (the fingerprints put back behind works read back)
            }
        }
        DeferredWorks d = deferred;
        if (d != null) { // held back at a server's launch: read by the server's own thread, now that they are needed
            d.asked();
            d.awaitRead();
        }
        building.lock();
        try {
            return built(reader);
        } finally {
            building.unlock();
        }
    }

    /**
     * The works as this reader sees them if they are built, or can be built now, or another thread finishes building
     * them within {@code wait}; else null: a search then answers without collapsing rather than wait for a whole
     * index's grouping (a server's first minutes on a large index, see {@link ReportSearch#prepare}).
     */
    public View ifReadyWithin(IndexReader reader, java.time.Duration wait) throws IOException {
        synchronized (cached) {
            View v = cached.get(reader);
            if (v != null) {
                return v;
            }
        }
        DeferredWorks d = deferred;
        if (d != null) {
            d.asked(); // held back until this search is answered: it answers at once, uncollapsed
            return null;
        }
        try {
            if (!building.tryLock(wait.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            return built(reader);
        } finally {
            building.unlock();
        }
    }

    private View built(IndexReader reader) throws IOException {
        View v;
        synchronized (cached) {
            v = cached.get(reader);
        }
        if (v == null) {
            v = load(reader);
            synchronized (cached) {
                cached.put(reader, v);
            }
            if (grouper.awaiting() > 0) {
                adoptBehind(reader); // the works are out; their fingerprints go back behind them
            }
        }
        return v;
    }

    /** The works as of the last reader grouped: each new reader compares only the reports added, changed or removed since. */
    private IncrementalGrouper grouper = new IncrementalGrouper();

    /** Each segment's reports, by the segment's core key: kept for the segments of the last reader loaded. */
    private Map<Object, SegmentReports> segments = new HashMap<>();

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private volatile Runnable beforeBehindWork = () -> { };

    /**
     * What the fingerprints' return waits for before it starts (a server's {@link StartGate}: 3.9 CPU-s at 100,000
     * reports, which a server's first searches need more); a new index version's grouping does not wait: it puts them
     * back itself first.
     */
    public void beforeBehindWork(Runnable wait) {
        beforeBehindWork = wait;
    }

    /** The reader whose works were read back, until their fingerprints are back in place (a reference is held), or null. */
    private IndexReader toAdopt;

    /**
     * Puts the fingerprints back on a thread of its own, so that neither the search that read the works back nor a
     * server's start waits for it; the next index version's grouping waits for it (it holds {@link #building}).
     */
    private void adoptBehind(IndexReader reader) {
        reader.incRef();
        toAdopt = reader;
        Thread t = new Thread(() -> {
            beforeBehindWork.run(); // a server just started answers its first searches first
            building.lock();
            try {
                adoptPending();
            } finally {
                building.unlock();
            }
        }, "works-adopt");
        t.setDaemon(true);
        t.start();
    }

    private void adoptPending() {
        if (toAdopt == null) {
            return;
        }
        try {
            adopt(toAdopt);
        } finally {
            try {
                toAdopt.decRef();
            } catch (IOException | RuntimeException e) {
                LOG.debug("works: releasing the reader read back: {}", e.toString());
            }
            toAdopt = null;
        }
    }

    private View load(IndexReader reader) throws IOException {
        adoptPending(); // of the reader before this one: the grouper goes on from it
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        List<WorkGrouper.File> files = new ArrayList<>(); // every report, without its fingerprint
        List<Integer> docs = new ArrayList<>();
        Map<String, Provenance> provenance = new HashMap<>();
        Map<String, List<String>> collections = new HashMap<>();
        Map<String, List<String>> tags = new HashMap<>();
        Map<Object, SegmentReports> read = new HashMap<>();
        List<LeafReaderContext> fresh = new ArrayList<>(); // segments not seen at the last reader
        for (LeafReaderContext leaf : reader.leaves()) {
            Object key = keyOf(leaf);
            SegmentReports segment = segments.get(key);
            if (segment == null) {
                segment = SegmentReports.read(leaf.reader());
                fresh.add(leaf);
            }
            read.put(key, segment);
            Bits live = leaf.reader().getLiveDocs();
            for (int k = 0; k < segment.docs().length; k++) {
                int d = segment.docs()[k];
                if (live != null && !live.get(d)) {
                    continue;
                }
                WorkGrouper.File f = segment.files()[k];
                files.add(f);
                provenance.put(f.docId(), segment.provenance()[k]);
                if (!segment.collections().get(k).isEmpty()) {
                    collections.put(f.docId(), segment.collections().get(k));
                }
                if (!segment.tags().get(k).isEmpty()) {
                    tags.put(f.docId(), segment.tags().get(k));
                }
                docs.add(leaf.docBase + d);
            }
        }
        segments = read; // segments merged away are forgotten
        String stamp = file == null ? null : IndexStamp.of(reader);
        Works works = grouper.size() == 0 && file != null ? restored(stamp, files) : null;
        if (works == null) {
            List<WorkGrouper.File> arrived = new ArrayList<>();
            for (LeafReaderContext leaf : fresh) {
                SegmentReports segment = segments.get(keyOf(leaf));
                Bits live = leaf.reader().getLiveDocs();
                segment.fingerprints(leaf.reader(), live, (k, print) -> {
                    WorkGrouper.File f = segment.withFingerprint(k, print);
                    if (!grouper.knows(f)) { // a merged segment's reports are known: not held for the update
                        arrived.add(f);
                    }
                });
            }
            List<String> present = new ArrayList<>(files.size());
            files.forEach(f -> present.add(f.docId()));
            works = grouper.update(present, arrived, exactJaccard(reader, files, docs));
            save(reader, stamp, works);
        }
        Map<String, Integer> ordinalOfWork = new HashMap<>();
        for (int i = 0; i < works.works().size(); i++) {
            ordinalOfWork.put(works.works().get(i).id(), i);
        }
        Map<String, String> workOfDoc = works.workOfDocument();
        int[] ordinal = new int[reader.maxDoc()];
        Arrays.fill(ordinal, -1);
        for (int i = 0; i < files.size(); i++) {
            ordinal[docs.get(i)] = ordinalOfWork.get(workOfDoc.get(files.get(i).docId()));
        }
        return new View(works, ordinal, workOfDoc, ordinalOfWork, provenance, collections, tags, (System.nanoTime() - t0) / 1_000_000,
                (THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
    }

    private static Object keyOf(LeafReaderContext leaf) {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        return helper == null ? leaf.reader() : helper.getKey();
    }

    /** The works saved for this index version, put back in the grouper; null (said in the log) when there are none to use. */
    private Works restored(String stamp, List<WorkGrouper.File> files) throws IOException {
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        Map<String, WorkGrouper.File> byId = new HashMap<>(files.size() * 2);
        files.forEach(f -> byId.put(f.docId(), f));
        try {
            if (stamp == null) {
                throw new SavedWorks.Unusable("this index version has no stamp");
            }
            SavedWorks kept = SavedWorks.read(file, stamp, byId::get, files.size());
            Works works = grouper.restore(kept.works(), kept.closest());
            saved = stamp;
            LOG.info("works: read back {} works of {} reports from {} in {} ms ({} ms CPU)", works.works().size(), files.size(), file,
                    (System.nanoTime() - t0) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
            return works;
        } catch (SavedWorks.Unusable | RuntimeException e) {
            grouper = new IncrementalGrouper();
            if (!files.isEmpty()) {
                LOG.info("works: {}; grouping all {} reports", e instanceof SavedWorks.Unusable ? e.getMessage() : e.toString(),
                        files.size());
            }
            return null;
        }
    }

    /** Puts the fingerprints of the works read back into the grouper's buckets (the reader is the one they were read for). */
    private void adopt(IndexReader reader) {
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                SegmentReports segment = segments.get(keyOf(leaf));
                segment.fingerprints(leaf.reader(), leaf.reader().getLiveDocs(), (k, print) -> grouper.adopt(segment.withFingerprint(k, print)));
            }
            if (grouper.awaiting() > 0) {
                throw new IllegalStateException(grouper.awaiting() + " reports read back are not in the index");
            }
            LOG.info("works: fingerprints of {} reports back in place in {} ms ({} ms CPU; {} MB off the heap, buckets {} MB)",
                    grouper.size(), (System.nanoTime() - t0) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000,
                    grouper.fingerprintBytes() >> 20, grouper.bucketBytes() >> 20);
        } catch (IOException | RuntimeException e) {
            LOG.warn("works: putting back the fingerprints failed ({}); the next index version is grouped whole", e.toString());
            grouper = new IncrementalGrouper();
            segments = new HashMap<>();
        }
    }

    /** Saves the works when the reader shows the index as last committed and the file holds another version. */
    private void save(IndexReader reader, String stamp, Works works) {
        if (!saving || stamp == null || stamp.equals(saved) || works.works().isEmpty()) {
            return;
        }
        try {
            if (!stamp.equals(IndexStamp.ofLastCommit(reader))) {
                return; // uncommitted reports: the commit to come saves them
            }
            long t0 = System.nanoTime();
            new SavedWorks(stamp, works, grouper.closestLinks()).write(file);
            saved = stamp;
            LOG.debug("works: saved {} works in {} ms", works.works().size(), (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warn("works: saving them in {} failed ({}); a restart groups them again", file, e.toString());
        }
    }

    /**
     * The exact shingle Jaccard similarity of two reports, from their stored text (read only for the few
     * pairs whose estimate is near the rule; each text's shingles kept for the rest of this grouping).
     */
    private static WorkGrouper.ExactJaccard exactJaccard(IndexReader reader, List<WorkGrouper.File> files, List<Integer> docs) {
        Map<String, Integer> docOf = new HashMap<>(); // filled at the first pair measured (most updates measure none)
        Map<String, long[]> shingles = new HashMap<>();
        java.util.function.Function<String, long[]> read = id -> {
            if (docOf.isEmpty()) {
                for (int i = 0; i < files.size(); i++) {
                    docOf.put(files.get(i).docId(), docs.get(i));
                }
            }
            try {
                String text = reader.storedFields().document(docOf.get(id), java.util.Set.of(Schema.BODY.fieldName()))
                        .get(Schema.BODY.fieldName());
                return TextFingerprint.shingleSet(text == null ? "" : text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        return (a, b) -> TextFingerprint.jaccard(shingles.computeIfAbsent(a.docId(), read), shingles.computeIfAbsent(b.docId(), read));
    }

    /** Every collection with the number of reports in it, by name. */
    public static java.util.SortedMap<String, Integer> collectionCounts(View view) {
        java.util.SortedMap<String, Integer> out = new java.util.TreeMap<>();
        view.collections().values().forEach(cs -> cs.forEach(c -> out.merge(c, 1, Integer::sum)));
        return out;
    }
}
