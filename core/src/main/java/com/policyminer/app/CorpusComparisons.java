package com.policyminer.app;

import com.policyminer.compare.CompareFilter;
import com.policyminer.compare.ComparisonGroup;
import com.policyminer.compare.ConflictList;
import com.policyminer.compare.CooccurrenceLevel;
import com.policyminer.compare.CooccurrenceMatrix;
import com.policyminer.model.EntityType;
import com.policyminer.compare.FigureComparator;
import com.policyminer.compare.KeyedFigures;
import com.policyminer.search.CorpusSnapshot;
import com.policyminer.search.SearchBusyException;
import com.policyminer.search.WorkCatalog;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The comparisons of the whole corpus (figures across reports, conflicts, co-occurrence), worked out
 * once per index version instead of at every request: the figures keyed by what they measure, the
 * unfiltered conflict list and each co-occurrence matrix are kept with the corpus view and the works
 * they were computed from; a filtered comparison only groups the keys it asks for. Reports of some
 * collections or tags only are compared from their rows of the same table. Each co-occurrence matrix
 * comes from the counts the corpus table keeps.
 */
final class CorpusComparisons {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusComparisons.class);

    /** What is kept for one corpus view and one grouping of files into works (null: every file is a work of its own). */
    private record Kept(CorpusSnapshot.Data data, WorkCatalog.View works, Map<Object, Object> results) {
        KeyedFigures keyed() {
            return data.figures();
        }

        /** Each report's work (its own id when files are not grouped into works). */
        java.util.function.Function<String, String> workOf() {
            return works == null ? id -> id : works::workOf;
        }
    }

    /** The works as of now (the same view while the index or collection is unchanged). */
    @FunctionalInterface
    interface WorksNow {
        WorkCatalog.View get() throws IOException;
    }

    private final CorpusSnapshot snapshot;
    private final WorksNow works;
    private final FigureComparator comparator;
    private volatile Kept kept;

    /** @param works the grouping of files into works ({@link com.policyminer.search.SearchService#works()}), or null: each file is its own work */
    CorpusComparisons(CorpusSnapshot snapshot, WorksNow works, FigureComparator comparator) {
        this(snapshot, works, comparator, conflictThread(Duration.ofMinutes(1)));
    }

    /** One thread, made when a list is to be worked out and gone after {@code idle} (an engine keeps no idle thread). */
    static ThreadPoolExecutor conflictThread(Duration idle) {
        ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, idle.toMillis(), TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "corpus-conflicts");
            t.setDaemon(true);
            return t;
        });
        one.allowCoreThreadTimeOut(true);
        return one;
    }

    /**
     * @param conflictWork where the whole corpus's conflict lists are worked out, one at a time (one thread: never two
     *                     lists being gathered at once, each holding its groups' issues, in a heap sized for one)
     */
    CorpusComparisons(CorpusSnapshot snapshot, WorksNow works, FigureComparator comparator, Executor conflictWork) {
        this.snapshot = snapshot;
        this.works = works;
        this.comparator = comparator;
        this.conflictWork = conflictWork;
    }

    private final Executor conflictWork;

    private Kept current() throws IOException {
        return kept(snapshot.get());
    }

    /**
     * Works out, for a corpus view just read, what the first requests would: the keyed figures, the
     * conflict list and the default co-occurrence matrix (the server calls it after each build).
     */
    void warm(CorpusSnapshot.Data data) throws IOException {
        Kept k = kept(data);
        matrixOf(k, EntityType.REGION, EntityType.POLICY, CooccurrenceLevel.SENTENCE);
        try {
            conflictsBuilt(k).join(); // the next version is read once this one's conflicts are worked out, not beside them
        } catch (CompletionException | CancellationException e) {
            LOG.warn("the corpus's conflicts: {}", String.valueOf(e.getCause()));
        }
    }

    private Kept kept(CorpusSnapshot.Data data) throws IOException {
        WorkCatalog.View view = works == null ? null : works.get();
        Kept k = kept;
        if (k != null && k.data() == data && k.works() == view) {
            return k;
        }
        synchronized (this) {
            k = kept;
            if (k != null && k.data() == data && k.works() == view) {
                return k;
            }
            k = new Kept(data, view, new ConcurrentHashMap<>());
            kept = k;
            return k;
        }
    }

    /**
     * The comparison groups the filter keeps, of every report ({@code docs} empty) or of {@code docs}; the last
     * {@link #KEPT_COMPARISONS} asked for are kept with this version (while memory allows), each figure read when
     * first listed.
     */
    List<ComparisonGroup> compare(CompareFilter filter, List<String> docs) throws IOException {
        Kept k = current();
        KeptComparisons kept = (KeptComparisons) k.results().computeIfAbsent("compare", x -> new KeptComparisons());
        List<Object> key = List.of(filter, docs);
        List<ComparisonGroup> groups = kept.get(key);
        if (groups == null) {
            KeyedFigures figures = docs.isEmpty() ? k.keyed() : k.keyed().only(new HashSet<>(docs));
            groups = comparator.compare(figures, filter, k.workOf());
            kept.put(key, groups);
        }
        return groups;
    }

    /** The last comparisons asked for, most recent last, each let go when memory runs short. */
    private static final class KeptComparisons {
        private final Map<List<Object>, java.lang.ref.SoftReference<List<ComparisonGroup>>> kept = new java.util.LinkedHashMap<>(16, 0.75f, true);

        synchronized List<ComparisonGroup> get(List<Object> key) {
            java.lang.ref.SoftReference<List<ComparisonGroup>> ref = kept.get(key);
            return ref == null ? null : ref.get();
        }

        synchronized void put(List<Object> key, List<ComparisonGroup> groups) {
            kept.put(key, new java.lang.ref.SoftReference<>(groups));
            if (kept.size() > KEPT_COMPARISONS) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
    }

    /** Comparisons kept per version (a subject's at 100,000 reports holds its groups' rows: megabytes). */
    static final int KEPT_COMPARISONS = 32;

    /** Figures a conflict lists when not asked otherwise (a conflict of a large corpus has thousands at issue). */
    static final int CONFLICT_FIGURES = 10;

    /** The conflicts the filter keeps; the whole corpus's list is worked out once per version. */
    ConflictList conflicts(CompareFilter filter, List<String> docs) throws IOException {
        Kept k = current();
        if (!docs.isEmpty()) {
            return comparator.conflicts(k.keyed().only(new HashSet<>(docs)), filter, k.workOf(), CONFLICT_FIGURES);
        }
        if (!filter.equals(CompareFilter.ALL)) {
            return comparator.conflicts(k.keyed(), filter, k.workOf(), CONFLICT_FIGURES);
        }
        return conflictsOf(k);
    }

    /**
     * The whole corpus's conflicts, once per version (each conflict's figures read when it is first shown), worked out
     * off the request path: right after the corpus view is read ({@link #warm}), or, when a request finds them not
     * started, from then on. A request waits for them as long as it would for the corpus view (the CLI: as long as it
     * takes); past that it is told to try again (503 with Retry-After), as while the corpus view is read.
     */
    private ConflictList conflictsOf(Kept k) throws IOException {
        CompletableFuture<ConflictList> f = conflictsBuilt(k);
        Duration wait = snapshot.requestWait();
        try {
            return wait == null ? f.get() : f.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new SearchBusyException("the conflicts of the whole corpus are still being worked out; try again shortly", 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the conflicts were worked out");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                // kept for this version (working them out again would fail the same way)
                throw new SearchBusyException("the corpus has too many conflicts to list within this server's heap ("
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MB); start it with a larger -Xmx", 60);
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("cannot work out the conflicts: " + e.getCause(), e.getCause());
        }
    }

    /** The conflict list of {@code k}, started once (on {@link #conflictWork}) and kept with it. */
    @SuppressWarnings("unchecked")
    private CompletableFuture<ConflictList> conflictsBuilt(Kept k) {
        return (CompletableFuture<ConflictList>) k.results().computeIfAbsent("conflicts",
                x -> CompletableFuture.supplyAsync(() -> {
                    if (kept != k) {
                        // a newer version or grouping came while this one waited its turn: not worked out for nothing
                        throw new SearchBusyException("the corpus changed while its conflicts were worked out; try again shortly", 2);
                    }
                    long t0 = System.nanoTime();
                    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    ConflictList conflicts = comparator.conflicts(k.keyed(), CompareFilter.ALL, k.workOf(), CONFLICT_FIGURES);
                    for (int i = 0; i < Math.min(200, conflicts.size()); i++) {
                        conflicts.get(i); // the first page, read once
                    }
                    LOG.info("conflicts of the corpus: {} in {} ms ({} ms CPU)",
                            conflicts.size(), (System.nanoTime() - t0) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
                    return conflicts;
                }, conflictWork));
    }

    /** The whole co-occurrence matrix of two entity types at one level (cut to size by the caller), once per version. */
    CooccurrenceMatrix matrix(EntityType a, EntityType b, CooccurrenceLevel level) throws IOException {
        return matrixOf(current(), a, b, level);
    }

    private CooccurrenceMatrix matrixOf(Kept k, EntityType a, EntityType b, CooccurrenceLevel level) {
        return k.data().matrices().matrix(a, b, level);
    }
}
