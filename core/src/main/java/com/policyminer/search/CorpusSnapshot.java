package com.policyminer.search;

import com.policyminer.compare.Cooccurrence;
import com.policyminer.compare.DocumentMentions;
import com.policyminer.compare.FigureComparator;
import com.policyminer.compare.KeyedFigures;
import com.policyminer.index.EntityFields;
import com.policyminer.model.EntityType;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What cross-report comparison and co-occurrence need of the whole corpus, read from the index once per
 * index version in one pass, without holding the corpus: every figure's comparison key and a row of
 * about 90 bytes (no text; the figures a comparison shows are read back by document and offset), and
 * the co-occurrence counts of every pair of entity types (each report's text read, counted and let go).
 *
 * <p>It is built off the request path: after each refresh of the searchers (a commit, an upload) a
 * background thread reads the new version ({@link #refreshed}), so a request finds it ready. A request
 * that comes while it is being built waits for it at most {@code maxWait}, then gets the previous
 * version when there is one (the answer of a moment ago) or a {@link SearchBusyException} (503 with
 * Retry-After) when there is none yet; the CLI waits as long as it takes.
 */
public final class CorpusSnapshot {

    /** The corpus as of one reader: its figures keyed for comparison and its co-occurrence counts. */
    public record Data(KeyedFigures figures, Cooccurrence.Matrices matrices) {
    }

    private record Cached(IndexReader reader, Data data) {
    }

    private final ReferenceManager<IndexSearcher> searchers;
    private final SearchSlots slots;
    private final boolean boundedWait;
    private volatile Cached cached;
    /** The build in progress (or done last) and the reader it is for. */
    private volatile Build building;
    private final java.util.concurrent.ExecutorService builder = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "corpus-snapshot");
        t.setDaemon(true);
        return t;
    });

    private record Build(IndexReader reader, java.util.concurrent.CompletableFuture<Data> data) {
    }

    private final FigureComparator comparator;
    private final Cooccurrence cooccurrence;

    public CorpusSnapshot(ReferenceManager<IndexSearcher> searchers, FigureComparator comparator, Cooccurrence cooccurrence) {
        this(searchers, SearchSlots.perCore(), false, comparator, cooccurrence);
    }

    /**
     * @param slots       the engine's search slots: the build reads the corpus in one
     * @param boundedWait a request waits for a build at most as long as for a search slot, then takes the
     *                    previous version; false: as long as it takes (the CLI)
     */
    public CorpusSnapshot(ReferenceManager<IndexSearcher> searchers, SearchSlots slots, boolean boundedWait,
                          FigureComparator comparator, Cooccurrence cooccurrence) {
        this.comparator = comparator;
        this.cooccurrence = cooccurrence;
        this.searchers = searchers;
        this.slots = slots;
        this.boundedWait = boundedWait;
    }

    /** Starts building the current version in the background (call after a refresh; a no-op when it is built or building). */
    public void refreshed() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                start(s.getIndexReader());
            } finally {
                searchers.release(s);
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

    /** The version that is built or being built for {@code reader}. */
    private synchronized Build start(IndexReader reader) {
        Build b = building;
        if (b != null && b.reader() == reader) {
            return b;
        }
        reader.incRef(); // kept open while its table is in use (the figures shown are read from it), even when a newer version replaces it
        java.util.concurrent.CompletableFuture<Data> f = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            boolean kept = false;
            try {
                Data d = slots.callWaiting(() -> load(new IndexSearcher(reader)));
                Cached previous = cached;
                cached = new Cached(reader, d);
                kept = true;
                if (previous != null) {
                    // a request may still be reading figures from it: let go of it a while later
                    later.schedule(() -> release(previous.reader()), RELEASE_AFTER_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
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
                    release(reader);
                }
            }
        }, builder);
        Build nb = new Build(reader, f);
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

    private static void release(IndexReader reader) {
        try {
            reader.decRef();
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CorpusSnapshot.class).warn("cannot release a reader: {}", e.toString());
        }
    }

    /** Stops the background builds and lets go of the version kept (the engine is closing). */
    public void close() {
        builder.shutdownNow();
        later.shutdownNow();
        Cached c = cached;
        if (c != null && c.reader().getRefCount() > 0) {
            release(c.reader());
        }
    }

    public Data get() throws IOException {
        searchers.maybeRefresh();
        Build b;
        IndexSearcher s = searchers.acquire();
        try {
            IndexReader reader = s.getIndexReader();
            Cached c = cached;
            if (c != null && c.reader() == reader) {
                return c.data();
            }
            b = start(reader);
        } finally {
            searchers.release(s);
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

    private Data load(IndexSearcher s) throws IOException {
        FigureComparator.KeyedTable figures = comparator.keyedTable(new IndexedFigures(s.getIndexReader(), searchers));
        String item = Schema.ITEM_JSON.fieldName();
        forEach(s, Schema.TYPE_FIGURE, Set.of(item), (d, doc) -> figures.add(StoredJson.read(d.get(item), Figure.class), doc));
        Cooccurrence.Matrices matrices = cooccurrence.matrices();
        forEachDocument(s, matrices::add);
        matrices.done();
        return new Data(figures.build(), matrices);
    }

    /**
     * The reports (with their texts and mentions) that mention {@code entity}, in index order, read from
     * the current version in a search slot: what its partners are counted from.
     */
    public List<DocumentMentions> documentsMentioning(String entity, EntityType type) throws IOException {
        return slots.call(() -> {
            IndexSearcher s = searchers.acquire();
            try {
                // the mentions of every report (no text), then the text of those that mention it
                Map<String, List<Mention>> mentioning = new LinkedHashMap<>();
                forEach(s, Schema.TYPE_EXTRACTION, mentionFields(), (d, doc) -> {
                    String id = d.get(Schema.DOC_ID.fieldName());
                    List<Mention> all = mentions(d, id);
                    if (cooccurrence.mentions(all, entity, type)) {
                        mentioning.put(id, all);
                    } else {
                        mentioning.remove(id); // the last mentions document of a report counts
                    }
                });
                java.util.TreeMap<Integer, DocumentMentions> inOrder = new java.util.TreeMap<>();
                Set<String> reportFields = Set.of(Schema.DOC_ID.fieldName(), Schema.TITLE.fieldName(), Schema.BODY.fieldName());
                for (Map.Entry<String, List<Mention>> e : mentioning.entrySet()) {
                    ScoreDoc[] hits = s.search(ofReport(Schema.TYPE_REPORT, e.getKey()), 1,
                            new org.apache.lucene.search.Sort(org.apache.lucene.search.SortField.FIELD_DOC)).scoreDocs;
                    if (hits.length > 0) {
                        Document d = s.storedFields().document(hits[0].doc, reportFields);
                        inOrder.put(hits[0].doc, new DocumentMentions(e.getKey(), d.get(Schema.TITLE.fieldName()),
                                d.get(Schema.BODY.fieldName()), e.getValue()));
                    }
                }
                return List.copyOf(inOrder.values());
            } finally {
                searchers.release(s);
            }
        });
    }

    /** Each report with its text and mentions, one at a time, in index order. */
    private static void forEachDocument(IndexSearcher s, java.util.function.Consumer<DocumentMentions> each) throws IOException {
        Set<String> reportFields = Set.of(Schema.DOC_ID.fieldName(), Schema.TITLE.fieldName(), Schema.BODY.fieldName());
        Set<String> seen = new HashSet<>();
        forEach(s, Schema.TYPE_REPORT, reportFields, (d, doc) -> {
            String id = d.get(Schema.DOC_ID.fieldName());
            if (!seen.add(id)) {
                return;
            }
            // the report's mentions document (the last one, should there be several)
            ScoreDoc[] hits = s.search(ofReport(Schema.TYPE_EXTRACTION, id), 16,
                    new org.apache.lucene.search.Sort(org.apache.lucene.search.SortField.FIELD_DOC)).scoreDocs;
            List<Mention> all = hits.length == 0 ? List.of()
                    : mentions(s.storedFields().document(hits[hits.length - 1].doc, mentionFields()), id);
            each.accept(new DocumentMentions(id, d.get(Schema.TITLE.fieldName()), d.get(Schema.BODY.fieldName()), all));
        });
    }

    private static Set<String> mentionFields() {
        Set<String> fields = new HashSet<>(Set.of(Schema.DOC_ID.fieldName()));
        for (EntityType t : EntityType.values()) {
            fields.add(EntityFields.mentions(t).fieldName());
        }
        return fields;
    }

    /** The regions, organizations and policies of a mentions document, in text order. */
    private static List<Mention> mentions(Document d, String id) {
        List<Mention> all = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            String json = d.get(EntityFields.mentions(t).fieldName());
            if (json != null) {
                all.addAll(MentionSearch.read(json, t, id));
            }
        }
        all.sort(java.util.Comparator.comparingInt(Mention::start));
        return all;
    }

    /** The index documents of one type of report {@code id}. */
    private static org.apache.lucene.search.Query ofReport(String type, String id) {
        return new org.apache.lucene.search.BooleanQuery.Builder()
                .add(type(type), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.DOC_ID.fieldName(), id)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .build();
    }

    /** Each live document of one type, its {@code fields} read, with its number, in index order (nothing collected). */
    private static void forEach(IndexSearcher s, String type, Set<String> fields, DocumentConsumer each) throws IOException {
        org.apache.lucene.search.Weight w = s.createWeight(s.rewrite(type(type)), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
        for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
            org.apache.lucene.search.Scorer scorer = w.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            org.apache.lucene.index.StoredFields stored = leaf.reader().storedFields();
            org.apache.lucene.search.DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    each.accept(stored.document(doc, fields), leaf.docBase + doc);
                }
            }
        }
    }

    @FunctionalInterface
    private interface DocumentConsumer {
        void accept(Document d, int doc) throws IOException;
    }

    private static TermQuery type(String type) {
        return new TermQuery(new Term(Schema.TYPE.fieldName(), type));
    }
}
