package com.policyminer.search;

import com.policyminer.compare.Cooccurrence;
import com.policyminer.compare.DocumentMentions;
import com.policyminer.compare.FigureComparator;
import com.policyminer.compare.KeyedFigures;
import com.policyminer.model.EntityType;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What cross-report comparison and co-occurrence need of the whole corpus, read from a {@link CorpusSource} (the
 * embedded index's or a backend's) once per version in one pass, without holding the corpus: every figure's comparison key and a row of
 * 26 bytes (no text, its measure and period numbers into what the corpus repeats; the figures a comparison shows are read back by
 * document and offset), and
 * the co-occurrence counts of every pair of entity types (each report's text read, counted and let go).
 *
 * <p>It is built off the request path: after each refresh of the searchers (a commit, an upload) a
 * background thread reads the new version ({@link #refreshed}), so a request finds it ready (a backend that does
 * not say when it changed is asked for its version at each request, and the new one is read then). A request
 * that comes while it is being built waits for it at most {@code maxWait}, then gets the previous
 * version when there is one (the answer of a moment ago) or a {@link SearchBusyException} (503 with
 * Retry-After) when there is none yet; the CLI waits as long as it takes.
 */
public final class CorpusSnapshot {

    /** The corpus as of one version: its figures keyed for comparison and its co-occurrence counts. */
    public record Data(KeyedFigures figures, Cooccurrence.Matrices matrices) {
    }

    private record Cached(CorpusSource.Version version, Data data) {
    }

    private final CorpusSource source;
    private final SearchSlots slots;
    private final boolean boundedWait;
    private volatile Cached cached;
    /** The build in progress (or done last) and the version it is for. */
    private volatile Build building;
    private final java.util.concurrent.ExecutorService builder = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "corpus-snapshot");
        t.setDaemon(true);
        return t;
    });

    private record Build(Object version, java.util.concurrent.CompletableFuture<Data> data) {
    }

    private final FigureComparator comparator;
    private final Cooccurrence cooccurrence;

    public CorpusSnapshot(ReferenceManager<IndexSearcher> searchers, FigureComparator comparator, Cooccurrence cooccurrence) {
        this(new LuceneCorpus(searchers), SearchSlots.perCore(), false, comparator, cooccurrence);
    }

    public CorpusSnapshot(ReferenceManager<IndexSearcher> searchers, SearchSlots slots, boolean boundedWait,
                          FigureComparator comparator, Cooccurrence cooccurrence) {
        this(new LuceneCorpus(searchers), slots, boundedWait, comparator, cooccurrence);
    }

    /**
     * @param slots       the engine's search slots: the build reads the corpus in one
     * @param boundedWait a request waits for a build at most as long as for a search slot, then takes the
     *                    previous version; false: as long as it takes (the CLI)
     */
    public CorpusSnapshot(CorpusSource source, SearchSlots slots, boolean boundedWait,
                          FigureComparator comparator, Cooccurrence cooccurrence) {
        this.comparator = comparator;
        this.cooccurrence = cooccurrence;
        this.source = source;
        this.slots = slots;
        this.boundedWait = boundedWait;
    }

    /** Starts building the current version in the background (call after a refresh; a no-op when it is built or building). */
    public void refreshed() {
        try {
            CorpusSource.Version v = source.current();
            try {
                start(v);
            } finally {
                v.release();
            }
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CorpusSnapshot.class).warn("cannot start the corpus snapshot: {}", e.toString());
        }
    }

    /** How long no search must have run before a deferred build starts. */
    static final java.time.Duration QUIET = java.time.Duration.ofSeconds(1);
    /** How long a deferred build waits for a quiet moment at most. */
    static final java.time.Duration MAX_DEFER = java.time.Duration.ofSeconds(60);

    /**
     * Starts building the current version {@code delay} from now, or later while searches keep running (until
     * none has run for {@link #QUIET}, at most {@link #MAX_DEFER} later): a server just started answers its first
     * searches before it reads the whole corpus, which competes with them for the cores. A comparison asked for
     * sooner starts it then.
     */
    public void refreshedAfter(java.time.Duration delay) {
        refreshedAfter(delay, QUIET);
    }

    /** As {@link #refreshedAfter(java.time.Duration)}, waiting for {@code quiet} without searches (tests shorten it). */
    void refreshedAfter(java.time.Duration delay, java.time.Duration quiet) {
        long latest = System.nanoTime() + delay.toNanos() + MAX_DEFER.toNanos();
        later.schedule(() -> whenQuiet(quiet, latest), delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void whenQuiet(java.time.Duration quiet, long latest) {
        if (slots.quietFor(quiet) || System.nanoTime() - latest >= 0) {
            refreshed();
        } else {
            later.schedule(() -> whenQuiet(quiet, latest), Math.max(1, quiet.toMillis() / 4), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /** The version that is built or being built for {@code version} (held by the caller; held again while it is built and kept). */
    private synchronized Build start(CorpusSource.Version version) {
        Build b = building;
        if (b != null && b.version().equals(version.id())) {
            return b;
        }
        version.retain(); // kept while its table is in use (the figures shown are read from it), even when a newer version replaces it
        java.util.concurrent.CompletableFuture<Data> f = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            boolean kept = false;
            try {
                Data d = slots.inBackground(() -> slots.callWaiting(() -> load(version)));
                Cached previous = cached;
                cached = new Cached(version, d);
                kept = true;
                if (previous != null) {
                    // a request may still be reading figures from it: let go of it a while later
                    later.schedule(() -> previous.version().release(), RELEASE_AFTER_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
                }
                java.util.function.Consumer<Data> then = onBuilt;
                if (then != null) {
                    try {
                        then.accept(d);
                    } catch (RuntimeException e) {
                        org.slf4j.LoggerFactory.getLogger(CorpusSnapshot.class).warn("after the corpus snapshot: {}", e.toString());
                    }
                }
                return d;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                if (!kept) {
                    version.release();
                }
            }
        }, builder);
        Build nb = new Build(version.id(), f);
        building = nb;
        return nb;
    }

    private volatile java.util.function.Consumer<Data> onBuilt;

    /** Runs {@code then} on the build thread after each build (what depends on the corpus view is worked out there too). */
    public void onBuilt(java.util.function.Consumer<Data> then) {
        this.onBuilt = then;
    }

    /** How long a replaced version stays open for the requests that read figures from it. */
    private static final int RELEASE_AFTER_SECONDS = 60;
    private final java.util.concurrent.ScheduledExecutorService later = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "corpus-snapshot-later");
        t.setDaemon(true);
        return t;
    });

    /** Stops the background builds and lets go of the version kept (the engine is closing). */
    public void close() {
        builder.shutdownNow();
        later.shutdownNow();
        Cached c = cached;
        if (c != null) {
            c.version().release();
        }
    }

    /**
     * How long a request waits for what is worked out from the corpus view (the view itself, or the conflict list
     * made from it) before it is told to try again; null: as long as it takes (the CLI).
     */
    public java.time.Duration requestWait() {
        return boundedWait ? slots.maxWait() : null;
    }

    public Data get() throws IOException {
        Build b;
        CorpusSource.Version v = source.current();
        try {
            Cached c = cached;
            if (c != null && c.version().id().equals(v.id())) {
                return c.data();
            }
            b = start(v);
        } finally {
            v.release();
        }
        java.time.Duration maxWait = boundedWait ? slots.maxWait() : null;
        try {
            return maxWait == null ? b.data().get() : b.data().get(maxWait.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            Cached previous = cached;
            if (previous != null) {
                return previous.data();
            }
            throw new SearchBusyException("the corpus is still being read for comparison; try again shortly", 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading the corpus");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                // kept for this index version (building it again would fail the same way and starve the searches)
                throw new SearchBusyException("the corpus is too large to compare within this server's heap ("
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MB); start it with a larger -Xmx", 60);
            }
            if (e.getCause() instanceof java.io.UncheckedIOException u) {
                throw u.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("cannot read the corpus: " + e.getCause(), e.getCause());
        }
    }

    private Data load(CorpusSource.Version version) throws IOException {
        long t0 = System.nanoTime();
        long cpu0 = threadCpuNanos();
        FigureComparator.KeyedTable figures = comparator.keyedTable(version.loader(), version.figuresAtMost());
        version.figures(figures::add);
        KeyedFigures table = figures.build();
        long t1 = System.nanoTime();
        long cpu1 = threadCpuNanos();
        Cooccurrence.Matrices matrices = cooccurrence.matrices();
        version.mentionUnits(matrices::add);
        matrices.done();
        org.slf4j.LoggerFactory.getLogger(CorpusSnapshot.class).info(String.format(java.util.Locale.ROOT,
                "corpus view read: figures in %d ms (%d ms CPU): %d figures, %d rows in %d groups, %d measures, %.1f MB;"
                        + " co-occurrence in %d ms (%d ms CPU): %d documents, %d pairs",
                (t1 - t0) / 1_000_000, (cpu1 - cpu0) / 1_000_000, table.figures(), table.kept(), table.keys(), table.measures(),
                table.bytes() / 1e6, (System.nanoTime() - t1) / 1_000_000, (threadCpuNanos() - cpu1) / 1_000_000,
                matrices.documents(), matrices.pairs()));
        return new Data(table, matrices);
    }

    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : 0;
    }

    /**
     * The reports (with their texts and mentions) that mention {@code entity}, by path (then id), read from the
     * current version in a search slot: what its partners are counted from (the examples shown first come from the
     * first reports, the same on every backend).
     */
    public List<DocumentMentions> documentsMentioning(String entity, EntityType type) throws IOException {
        return slots.call(() -> {
            CorpusSource.Version v = source.current();
            try {
                List<Map.Entry<String, DocumentMentions>> found = new ArrayList<>();
                v.reportsMentioning(all -> cooccurrence.mentions(all, entity, type), (path, report) -> found.add(Map.entry(path, report)));
                found.sort(Map.Entry.<String, DocumentMentions>comparingByKey(Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> e.getValue().docId()));
                return found.stream().map(Map.Entry::getValue).toList();
            } finally {
                v.release();
            }
        });
    }
}
