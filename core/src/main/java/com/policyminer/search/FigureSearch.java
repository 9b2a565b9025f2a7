package com.policyminer.search;

import com.policyminer.index.Analyzers;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.model.Figure;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Searches extracted figures: by subject, indicator, year, unit, kind, document and value range. */
public final class FigureSearch {

    private static final Set<String> FIELDS = Set.of(Schema.ITEM_JSON.fieldName(), Schema.DOC_TITLE.fieldName(),
            Schema.PATH.fieldName());

    private final ReferenceManager<IndexSearcher> searchers;
    private final Analyzers analyzers;
    private final RegionExpander regions;

    private final SearchSlots slots;
    private final FigureQueries queries;

    public FigureSearch(ReferenceManager<IndexSearcher> searchers, Analyzers analyzers, RegionExpander regions, SearchSlots slots) {
        this.searchers = searchers;
        this.analyzers = analyzers;
        this.regions = regions;
        this.slots = slots;
        this.queries = new FigureQueries(analyzers, regions);
    }

    public FigureSearch(ReferenceManager<IndexSearcher> searchers, Analyzers analyzers, RegionExpander regions) {
        this(searchers, analyzers, regions, SearchSlots.perCore());
    }

    /** Queued with the report searches (see {@link SearchSlots}). */
    public FigureResult search(FigureQuery fq) throws IOException {
        return slots.call(() -> searchInSlot(fq));
    }

    /** How long a figure search may take; then it stops and the result is flagged partial (as a report search is). */
    static final java.time.Duration DEADLINE = ReportSearch.DEADLINE;
    /** {@link #DEADLINE}, lowered by tests. */
    volatile java.time.Duration deadline = DEADLINE;

    private FigureResult searchInSlot(FigureQuery fq) throws IOException {
        IndexSearcher held = searchers.acquire();
        try {
            // a searcher over the same reader that stops collecting at the deadline (its timeout is its own state)
            IndexSearcher s = new IndexSearcher(held.getIndexReader());
            long end = System.nanoTime() + deadline.toNanos();
            java.util.function.BooleanSupplier late = () -> System.nanoTime() - end >= 0;
            s.setTimeout(late::getAsBoolean);
            Query q = s.rewrite(build(fq));
            int window = fq.page() * fq.size();
            long total;
            int[] docs = null;
            if (inReadingOrder(fq.sort())) {
                // the exact total counted (no sort value read), the page by walking the paths in order when that is
                // cheaper; past the deadline, the sorted search below, which stops at it and says the answer is partial
                total = s.count(q);
                docs = late.getAsBoolean() ? null
                        : PathOrderPage.first(s, s.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f), window, total, late);
            } else {
                total = -1;
            }
            if (docs == null) {
                TopDocs top = s.search(q, new TopFieldCollectorManager(sort(fq.sort()), window, null, Integer.MAX_VALUE, false));
                total = top.totalHits.value;
                docs = java.util.Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
            }
            List<FigureHit> hits = new ArrayList<>();
            org.apache.lucene.index.StoredFields stored = s.storedFields(); // one reader: it keeps the block it decompressed last
            for (int i = (fq.page() - 1) * fq.size(); i < docs.length; i++) {
                Document d = stored.document(docs[i], FIELDS);
                hits.add(new FigureHit(StoredJson.read(d.get(Schema.ITEM_JSON.fieldName()), Figure.class),
                        d.get(Schema.DOC_TITLE.fieldName()), d.get(Schema.PATH.fieldName())));
            }
            return new FigureResult(total, fq.page(), fq.size(), hits, s.timedOut());
        } finally {
            searchers.release(held);
        }
    }

    /** Figures an export finds per turn in a search slot. */
    static final int EXPORT_PAGE = 5_000;
    /** {@link #EXPORT_PAGE}, lowered by tests. */
    volatile int exportPage = EXPORT_PAGE;

    /**
     * Every figure that matches {@code fq} (its page and size ignored), in its sort order, from the
     * {@code offset}-th on, at most {@code limit}, handed to {@code sink} one by one. The matching runs
     * in search slots, {@link #EXPORT_PAGE} figures a turn (search-after paging); reading the figures and
     * writing them (to a client that may be slow) runs outside any slot, so an export of 100,000 rows
     * holds at most one page of hits in memory and never keeps a slot while it writes. All pages come
     * from one index version.
     */
    public FigureExport export(FigureQuery fq, long offset, long limit, FigureSink sink) throws IOException {
        Query q = build(fq);
        Sort sort = sort(fq.sort());
        IndexSearcher s = searchers.acquire();
        try {
            long total = -1;
            long skipped = 0;
            long written = 0;
            ScoreDoc after = null;
            int pageSize = exportPage;
            while (written < limit) {
                ScoreDoc from = after;
                TopDocs page = slots.call(() -> {
                    if (from != null) {
                        // a later page: no total asked, so only the figures that can still enter it are visited
                        return SortedPage.of(s, q, pageSize, (org.apache.lucene.search.FieldDoc) from, sort);
                    }
                    return s.search(q, new TopFieldCollectorManager(sort, pageSize, null, Integer.MAX_VALUE, false));
                });
                if (total < 0) {
                    total = page.totalHits.value;
                    sink.total(total);
                }
                org.apache.lucene.index.StoredFields stored = s.storedFields();
                for (ScoreDoc sd : page.scoreDocs) {
                    if (skipped < offset) {
                        skipped++;
                        continue;
                    }
                    if (written >= limit) {
                        break;
                    }
                    Document d = stored.document(sd.doc, FIELDS);
                    sink.accept(new FigureHit(StoredJson.read(d.get(Schema.ITEM_JSON.fieldName()), Figure.class),
                            d.get(Schema.DOC_TITLE.fieldName()), d.get(Schema.PATH.fieldName())));
                    written++;
                }
                if (page.scoreDocs.length < pageSize) {
                    break;
                }
                after = page.scoreDocs[page.scoreDocs.length - 1];
            }
            return new FigureExport(Math.max(0, total), written);
        } finally {
            searchers.release(s);
        }
    }

    private Query build(FigureQuery fq) {
        return queries.build(fq);
    }

    /** Whether figures sorted so come in reading order: by report path, then offset (any sort but value and year). */
    private static boolean inReadingOrder(String sort) {
        return switch (sort) {
            case "value", "-value", "year", "-year" -> false;
            default -> true;
        };
    }

    private static Sort sort(String sort) {
        SortField byDoc = new SortField(Schema.PATH.fieldName(), SortField.Type.STRING);
        SortField byStart = new SortField(Schema.START.fieldName(), SortField.Type.INT);
        return switch (sort) {
            case "value", "-value" -> new Sort(new SortField(Schema.NORMALIZED_VALUE.fieldName(),
                    SortField.Type.LONG, sort.startsWith("-")), byDoc, byStart);
            case "year", "-year" -> {
                SortField y = new SortField(Schema.YEAR.fieldName(), SortField.Type.INT, sort.startsWith("-"));
                y.setMissingValue(sort.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE);
                yield new Sort(y, byDoc, byStart);
            }
            default -> new Sort(byDoc, byStart);
        };
    }
}
