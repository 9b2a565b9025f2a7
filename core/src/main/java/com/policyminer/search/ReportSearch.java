package com.policyminer.search;

import com.policyminer.index.Analyzers;
import com.policyminer.index.LuceneDocuments;
import com.policyminer.index.Schema;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

import com.policyminer.search.ReportQueries.Parsed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Full-text search over reports: query parsing, filters, sorting, paging, passages and facets. */
public final class ReportSearch implements java.io.Closeable {

    private final ReferenceManager<IndexSearcher> searchers;
    private final Analyzers analyzers;
    private final RegionExpander regions;
    private final QueryExpander expander;
    private final Passages passages;
    private final ReportQueries queries;
    private final HitFields hitFields = new HitFields();
    private final FacetCounter facetCounter = new FacetCounter();
    private final KeptCounts counts = new KeptCounts();
    private final KeptChunkScores chunkScores = new KeptChunkScores();
    /** Values listed per facet dimension. */
    private static final int FACET_VALUES = 50;
    private final SearcherLifetimeManager views = new SearcherLifetimeManager();
    /** How long a cursor keeps its point-in-time view of the index. */
    static final double VIEW_SECONDS = 600;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private final SearchSlots slots;
    /** The works hits are collapsed by, or null: every file is a hit. */
    private final WorkCatalog works;

    public ReportSearch(ReferenceManager<IndexSearcher> searchers, Analyzers analyzers, RegionExpander regions, QueryExpander expander,
                        SearchSlots slots) {
        this(searchers, analyzers, regions, expander, slots, null);
    }

    /** A search that collapses the files of a work into one hit (unless a request asks otherwise). */
    public ReportSearch(ReferenceManager<IndexSearcher> searchers, Analyzers analyzers, RegionExpander regions, QueryExpander expander,
                        SearchSlots slots, WorkCatalog works) {
        this.works = works;
        this.searchers = searchers;
        this.analyzers = analyzers;
        this.regions = regions;
        this.expander = expander;
        this.passages = new Passages(analyzers);
        this.queries = new ReportQueries(analyzers, regions, expander);
        this.slots = slots;
    }

    public ReportSearch(ReferenceManager<IndexSearcher> searchers, Analyzers analyzers, RegionExpander regions) {
        this(searchers, analyzers, regions, QueryExpander.NONE, SearchSlots.perCore());
    }

    public SearchResult search(SearchRequest r) throws IOException {
        return search(r, true);
    }

    /**
     * Does now, for the index as it is, the whole-index work a first search would otherwise do inside its request:
     * the facet ordinals (the reader state and each segment's ordinals) and the works with their shape. A server
     * calls it on a thread of its own at launch, so that the index's size is not paid by its first user. Takes no
     * search slot; a search that comes sooner shares what is built (each part is built once, behind its lock).
     *
     * @return what it did and how long each part took
     */
    public String prepare() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            long t0 = System.nanoTime();
            IndexReader reader = s.getIndexReader();
            SortedSetDocValuesReaderState state = facetState(reader);
            if (state != null) {
                facetCounter.prepare(state);
            }
            String done = "facet ordinals " + (System.nanoTime() - t0) / 1_000_000 + " ms";
            if (works != null) {
                WorkCatalog.View view = works.ofOnceRead(reader); // held back at a large index's launch: not asked for
                shapeOf(view);
                done += ", works " + view.millis() + " ms (" + view.cpuMillis() + " ms CPU)";
            }
            return done;
        } finally {
            searchers.release(s);
        }
    }

    /** Releases the point-in-time views kept for cursors. */
    @Override
    public void close() throws IOException {
        views.close();
    }

    /**
     * The index lookup alone: ranked hits and the exact total, without passages or facet counts
     * (what a script that only needs ids pays; the benchmark compares it with a text scan).
     */
    public SearchResult searchIdsOnly(SearchRequest r) throws IOException {
        return search(r, false);
    }

    private SearchResult search(SearchRequest r, boolean full) throws IOException {
        long t0 = System.nanoTime();
        if (keepAnswers && SearchResultCache.keeps(r)) {
            IndexSearcher s = searchers.acquire();
            try {
                SearchResult kept = answers.get(new SearchResultCache.Key(s.getIndexReader(), r, full, deadline),
                        (System.nanoTime() - t0) / 1_000_000);
                if (kept != null) {
                    return kept; // the same request on the same index version: the same answer, without a slot
                }
            } finally {
                searchers.release(s);
            }
        }
        java.time.Duration limit = deadline;
        return slots.call(() -> searchInSlot(r, full, t0, limit));
    }

    /** How long a search waits for the works another thread is building before it answers without collapsing. */
    static final java.time.Duration WORKS_WAIT = java.time.Duration.ofMillis(250);

    /** The works hits are collapsed by (package-private: a test holds its build lock). */
    WorkCatalog workCatalog() {
        return works;
    }

    private volatile boolean keepAnswers = true;

    /**
     * Whether answers are kept and given again for the same request (on by default); a benchmark that sends the same
     * queries over and over turns it off to time the search itself.
     */
    public void keepAnswers(boolean keep) {
        keepAnswers = keep;
    }

    /** Answers given per index version, for a request that comes again (see {@link SearchResultCache}). */
    private final SearchResultCache answers = new SearchResultCache();

    private SearchResult searchInSlot(SearchRequest r, boolean full, long t0, java.time.Duration limit) throws IOException {
        boolean paging = r.cursor() != null && !r.cursor().isBlank();
        // a cursor pages through the index as it was on its first page (a point-in-time view kept
        // for a while), so updates in between neither skip nor repeat hits
        long version = paging ? SearchCursor.version(r.cursor()) : -1;
        IndexSearcher pinned = paging ? views.acquire(version) : null;
        IndexSearcher s = pinned != null ? pinned : searchers.acquire();
        try {
            if (!paging) {
                version = views.record(s);
                views.prune(new SearcherLifetimeManager.PruneByAge(VIEW_SECONDS));
            }
            long inSlot = System.nanoTime();
            Parsed parsed = r.q().isBlank() ? null : parse(r, s, false, false);
            // the works as this index version sees them; null while a whole index's grouping is still being built
            // (a server's first seconds on a large index): then this answer is not collapsed and says so. Looked
            // for after the parse, which does not need them: the wait for works still being read counts the parse
            // (a first query's parse in a fresh server takes a good part of it)
            java.time.Duration left = WORKS_WAIT.minusNanos(Math.min(WORKS_WAIT.toNanos(), System.nanoTime() - inSlot));
            WorkCatalog.View view = works == null ? null : works.ifReadyWithin(s.getIndexReader(), left);
            boolean worksPending = works != null && view == null;
            Matched m = match(r, s, parsed, full, false, view);
            if (m.plain != null) {
                parsed = m.plain;
            }
            if (m.page.total == 0 && parsed != null && !m.page.partial) {
                // nothing in the segmented body: try every word and phrase through the bigram field as well
                parsed = parse(r, s, true, false);
                m = match(r, s, parsed, full, true, view);
                parsed = m.plain != null ? m.plain : parsed;
            }
            Query text = parsed == null ? null : parsed.highlight();
            Query query = m.query;
            Page page = m.page;
            boolean relaxed = m.relaxed;
            boolean byDate = r.sort().equals("date");
            PlainQuery plain = parsed == null ? null : parsed.plain();
            List<SearchResult.Hit> hits = hits(s, text, plain, plain != null && plain.tiered(relaxed), page.hits,
                    text == null || !full, byDate, view);
            String next = page.more
                    ? SearchCursor.encode((FieldDoc) page.hits.get(page.hits.size() - 1), byDate, version) : null;
            SearchResult result = new SearchResult(page.total, r.page(), r.size(), hits, next, page.facets == null ? emptyFacets() : page.facets,
                    query.toString(), (System.nanoTime() - t0) / 1_000_000, relaxed, plain == null ? Map.of() : plain.expansions(), page.partial,
                    worksPending && r.collapse());
            if (keepAnswers && !paging && !result.worksPending()) {
                answers.put(new SearchResultCache.Key(s.getIndexReader(), r, full, limit), result);
            }
            return result;
        } catch (IndexSearcher.TooManyClauses e) { // counted over nested queries at search time, not at parse time
            throw new BadQueryException("query is too complex (more than " + IndexSearcher.getMaxClauseCount() + " clauses)", e);
        } finally {
            if (pinned != null) {
                views.release(pinned);
            } else {
                searchers.release(s);
            }
        }
    }

    /** @param plain the parse with alternatives, when they were searched (else null) */
    private record Matched(Query query, Page page, boolean relaxed, Parsed plain) {
    }

    /**
     * Every chunk must match, as written. For a plain query: when fewer reports than a page do, its
     * alternatives join in (synonyms, aliases …: they rank below the words themselves, so a full page of
     * exact matches is the same with or without them); when still fewer than a page, and it has several
     * chunks, reports matching most chunks follow, one chunk fewer at a time until a page is full or one
     * chunk is enough (tiers keep those matching more first: see PlainQuery).
     */
    private Matched match(SearchRequest r, IndexSearcher s, Parsed parsed, boolean full, boolean bigrams, WorkCatalog.View view)
            throws IOException {
        Query query = build(r, parsed == null ? null : parsed.strict());
        Page page = run(r, s, query, full, view);
        if (parsed == null || parsed.plain() == null) {
            return new Matched(query, page, false, null);
        }
        Parsed expanded = null;
        if (r.synonyms() && page.total < r.size()) {
            // the words as written fill less than a page: their alternatives (which rank below them) join in;
            // decided on the page size alone, so that every page of a query agrees
            Parsed withAlternatives = parse(r, s, bigrams, true);
            if (withAlternatives.plain().tiered(false)) { // some chunk has alternatives: search again
                expanded = withAlternatives;
                parsed = expanded;
                query = build(r, parsed.strict());
                page = run(r, s, query, full, view);
            }
        }
        if (parsed.plain().size() < 2 || page.total >= r.size()) {
            return new Matched(query, page, false, expanded);
        }
        for (int k = parsed.plain().size() - 1; k >= 1; k--) {
            Query loose = build(r, parsed.plain().relaxed(k));
            if (k == 1 || s.count(loose) >= r.size()) {
                return new Matched(loose, run(r, s, loose, full, view), true, expanded);
            }
        }
        throw new AssertionError("unreachable");
    }

    /** One page of hits, the exact total and the facet counts: all from a single pass over the matches. */
    private record Page(List<ScoreDoc> hits, long total, Map<String, List<SearchResult.FacetCount>> facets, boolean more,
                        boolean partial) {
    }

    /** How long one pass over the matches may take; then it stops and the result is flagged partial. */
    static final java.time.Duration DEADLINE = java.time.Duration.ofSeconds(5);
    /** {@link #DEADLINE}, lowered by tests. */
    volatile java.time.Duration deadline = DEADLINE;

    /** A searcher over the same reader that stops collecting at the deadline (a searcher's timeout is its own state). */
    private IndexSearcher timed(IndexSearcher s) {
        IndexSearcher t = new IndexSearcher(s.getIndexReader());
        long end = System.nanoTime() + deadline.toNanos();
        t.setTimeout(() -> System.nanoTime() - end >= 0);
        return t;
    }

    private Page run(SearchRequest r, IndexSearcher s, Query query, boolean withFacets, WorkCatalog.View view) throws IOException {
        boolean byDate = r.sort().equals("date");
        WorkShape shape = view != null && r.collapse() ? shapeOf(view) : null;
        if (shape != null) {
            // the collapse stage: a work's files other than its best match leave the query
            query = WorkCollapse.collapsed(timed(s), query, shape, byDate);
        }
        // ties are broken by the document's content id (stable; as a number), not Lucene's doc number
        // (changes with the index)
        SortField byId = new SortField(Schema.DOC_KEY.fieldName(), SortField.Type.LONG);
        Sort sort = byDate
                ? new Sort(new SortField(Schema.DATE.fieldName(), SortField.Type.LONG, true), SortField.FIELD_SCORE, byId)
                : new Sort(SortField.FIELD_SCORE, byId);
        FieldDoc after = null;
        int window = r.page() * r.size();
        if (r.cursor() != null && !r.cursor().isBlank()) {
            after = SearchCursor.decode(r.cursor(), byDate);
            window = r.size();
        }
        SortedSetDocValuesReaderState state = withFacets ? facetState(s.getIndexReader()) : null;
        // one hit more than the page, to know whether a next page exists
        TopFieldCollectorManager top = new TopFieldCollectorManager(sort, window + 1, after, Integer.MAX_VALUE, true);
        TopDocs docs;
        Map<String, List<SearchResult.FacetCount>> facets = null;
        IndexSearcher timed = timed(s);
        if (!withFacets) {
            docs = timed.search(query, top);
        } else {
            // one pass over the matches for the page, the exact total and the facets (measured at 100,000 reports: a
            // pass without scores for the facets, then one for the page alone that skips the blocks which cannot reach
            // it, cost as much: the blocks of two common words seldom fall below the page's lowest score)
            Object[] both = timed.search(query, new MultiCollectorManager(top, MatchSet.manager()));
            docs = (TopDocs) both[0];
            List<MatchSet.Leaf> matches = ((MatchSet) both[1]).leaves();
            facets = facetCounter.count(state, matches, LuceneDocuments.FACETS, FACET_VALUES);
            facets.put(CollectionFacet.DIM, CollectionFacet.count(matches, shape, FACET_VALUES));
        }
        int from = after != null ? 0 : Math.min(docs.scoreDocs.length, (r.page() - 1) * r.size());
        int to = Math.min(docs.scoreDocs.length, from + r.size());
        return new Page(List.of(docs.scoreDocs).subList(Math.min(from, to), to), docs.totalHits.value, facets,
                docs.scoreDocs.length > to, timed.timedOut());
    }

    /** The shape of the works of the newest view, worked out once (an older view's, for a cursor, each time). */
    private volatile WorkShape shape;

    private WorkShape shapeOf(WorkCatalog.View view) {
        WorkShape current = shape;
        if (current != null && current.view() == view) {
            return current;
        }
        current = WorkShape.of(view);
        shape = current;
        return current;
    }

    private Parsed parse(SearchRequest r, IndexSearcher s, boolean alwaysBigrams, boolean synonyms) throws IOException {
        IndexCounts indexCounts = counts.of(s);
        Parsed parsed = queries.parse(r, indexCounts, s.getIndexReader(), alwaysBigrams, synonyms);
        // its words looked up once for the passes and the passages that follow (see LookedUpTerms); its broad words
        // scored from what an earlier query on this reader kept (see KeptChunkScores)
        LookedUpTerms terms = new LookedUpTerms(s);
        Query strict = chunkScores.apply(parsed.plain(), terms.apply(parsed.strict()), indexCounts);
        return parsed.withQueries(terms.apply(parsed.highlight()), strict);
    }

    /** The kept scores of broad words (see {@link KeptChunkScores}; package-private: tests read and tune them). */
    KeptChunkScores chunkScores() {
        return chunkScores;
    }

    private Query build(SearchRequest r, Query text) {
        return queries.build(r, text);
    }

    private List<SearchResult.Hit> hits(IndexSearcher s, Query q, PlainQuery plain, boolean tiered, List<ScoreDoc> page,
                                        boolean noQuery, boolean byDate, WorkCatalog.View view) throws IOException {
        int[] docs = page.stream().mapToInt(sd -> sd.doc).toArray();
        Map<Integer, List<SearchResult.Passage>> found = noQuery ? Map.of() : passages.best(s, q, plain, page);
        // without tiers every hit matched every chunk exactly: nothing to look up
        List<List<PlainQuery.Match>> matches = plain == null ? null
                : tiered ? plain.matches(s, docs) : PlainQuery.allExact(plain.size(), docs.length);
        List<SearchResult.Hit> out = new ArrayList<>();
        List<HitFields.Values> values = hitFields.read(s.getIndexReader(), page.stream().map(sd -> sd.doc).toList());
        for (int i = 0; i < page.size(); i++) {
            ScoreDoc sd = page.get(i);
            HitFields.Values v = values.get(i);
            // sorted collectors leave ScoreDoc.score unset: the score is one of the sort values
            float score = sd instanceof FieldDoc fd ? (Float) fd.fields[byDate ? 1 : 0] : sd.score;
            score = Float.isNaN(score) ? 0f : score;
            List<String> matched = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            if (matches != null) {
                List<PlainQuery.Match> row = matches.get(i);
                for (int c = 0; c < row.size(); c++) {
                    (row.get(c) == PlainQuery.Match.NONE ? missing : matched).add(plain.chunks().get(c).text());
                }
                score = tiered ? plain.bm25Part(score, row) : score;
            }
            String work = view == null ? v.id() : view.workOf(v.id());
            com.policyminer.model.Provenance provenance = view == null ? null : view.provenance().get(v.id());
            List<String> alsoAs = view == null ? List.of() : view.work(work)
                    .map(w -> w.files().stream().filter(f -> !f.docId().equals(v.id())).map(f -> f.fileName()).toList())
                    .orElse(List.of());
            out.add(new SearchResult.Hit(v.id(), v.path(), v.fileName(), v.title(), v.date(), v.format(), score,
                    found.getOrDefault(sd.doc, List.of()), matched, missing, work, alsoAs,
                    provenance == null ? null : provenance.sourceUrl(), provenance == null ? null : provenance.uploadedAt(),
                    provenance == null ? null : provenance.uploadedBy()));
        }
        return out;
    }

    private static Map<String, List<SearchResult.FacetCount>> emptyFacets() {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        LuceneDocuments.FACETS.forEach(dim -> out.put(dim, List.of()));
        out.put(CollectionFacet.DIM, List.of());
        return out;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        synchronized (this) { // built once per reader, not by every search that sees a new one
            current = facetState;
            if (current != null && current.reader() == reader) {
                return current.state();
            }
            return buildFacetState(reader);
        }
    }

    private SortedSetDocValuesReaderState buildFacetState(IndexReader reader) throws IOException {
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, LuceneDocuments.facetsConfig());
        } catch (IllegalArgumentException emptyIndex) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }
}
