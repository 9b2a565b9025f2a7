package com.policyminer.search;

import com.policyminer.compare.DocumentMentions;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every figure and every document's mentions, read from the index once per index version. Cross-report
 * comparison and co-occurrence work on this whole-corpus view.
 *
 * <p>It is built off the request path: after each refresh of the searchers (a commit, an upload) a
 * background thread reads the new version ({@link #refreshed}), so a request finds it ready. A request
 * that comes while it is being built waits for it at most {@code maxWait}, then gets the previous
 * version when there is one (the answer of a moment ago) or a {@link SearchBusyException} (503 with
 * Retry-After) when there is none yet; the CLI waits as long as it takes.
 */
public final class CorpusSnapshot {

    /** The corpus as of one reader. */
    public record Data(List<Figure> figures, List<DocumentMentions> documents) {
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

    public CorpusSnapshot(ReferenceManager<IndexSearcher> searchers) {
        this(searchers, SearchSlots.perCore(), false);
    }

    /**
     * @param slots       the engine's search slots: the build reads the corpus in one
     * @param boundedWait a request waits for a build at most as long as for a search slot, then takes the
     *                    previous version; false: as long as it takes (the CLI)
     */
    public CorpusSnapshot(ReferenceManager<IndexSearcher> searchers, SearchSlots slots, boolean boundedWait) {
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

    /** The version that is built or being built for {@code reader}. */
    private synchronized Build start(IndexReader reader) {
        Build b = building;
        if (b != null && b.reader() == reader) {
            return b;
        }
        reader.incRef(); // kept open until its build is done, even when a newer version replaces it meanwhile
        java.util.concurrent.CompletableFuture<Data> f = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                Data d = slots.callWaiting(() -> load(new IndexSearcher(reader)));
                cached = new Cached(reader, d);
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
                try {
                    reader.decRef();
                } catch (IOException e) {
                    org.slf4j.LoggerFactory.getLogger(CorpusSnapshot.class).warn("cannot release a reader: {}", e.toString());
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

    /** Stops the background builds (the engine is closing). */
    public void close() {
        builder.shutdownNow();
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

    private static Data load(IndexSearcher s) throws IOException {
        int n = Math.max(1, s.getIndexReader().maxDoc());
        List<Figure> figures = new ArrayList<>();
        for (ScoreDoc sd : s.search(type(Schema.TYPE_FIGURE), n).scoreDocs) {
            figures.add(StoredJson.read(s.storedFields().document(sd.doc, Set.of(Schema.ITEM_JSON.fieldName()))
                    .get(Schema.ITEM_JSON.fieldName()), Figure.class));
        }
        Map<String, List<Mention>> mentions = new HashMap<>();
        Set<String> fields = new HashSet<>(Set.of(Schema.DOC_ID.fieldName()));
        for (EntityType t : EntityType.values()) {
            fields.add(EntityFields.mentions(t).fieldName());
        }
        for (ScoreDoc sd : s.search(type(Schema.TYPE_EXTRACTION), n).scoreDocs) {
            Document d = s.storedFields().document(sd.doc, fields);
            List<Mention> all = new ArrayList<>();
            for (EntityType t : EntityType.values()) {
                String json = d.get(EntityFields.mentions(t).fieldName());
                if (json != null) {
                    all.addAll(MentionSearch.read(json, t, d.get(Schema.DOC_ID.fieldName())));
                }
            }
            all.sort(java.util.Comparator.comparingInt(Mention::start));
            mentions.put(d.get(Schema.DOC_ID.fieldName()), all);
        }
        Map<String, DocumentMentions> docs = new LinkedHashMap<>();
        Set<String> reportFields = Set.of(Schema.DOC_ID.fieldName(), Schema.TITLE.fieldName(), Schema.BODY.fieldName());
        for (ScoreDoc sd : s.search(type(Schema.TYPE_REPORT), n).scoreDocs) {
            Document d = s.storedFields().document(sd.doc, reportFields);
            String id = d.get(Schema.DOC_ID.fieldName());
            docs.put(id, new DocumentMentions(id, d.get(Schema.TITLE.fieldName()), d.get(Schema.BODY.fieldName()),
                    mentions.getOrDefault(id, List.of())));
        }
        return new Data(List.copyOf(figures), List.copyOf(docs.values()));
    }

    private static TermQuery type(String type) {
        return new TermQuery(new Term(Schema.TYPE.fieldName(), type));
    }
}
