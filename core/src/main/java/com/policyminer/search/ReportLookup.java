package com.policyminer.search;

import com.policyminer.extract.DocumentView;
import com.policyminer.extract.Extraction;
import com.policyminer.model.EntityType;
import com.policyminer.index.Analyzers;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reports by id: the list, one report with its text and extracted items, and similar reports. */
public final class ReportLookup {

    private static final Set<String> SUMMARY = Set.of(Schema.DOC_ID.fieldName(), Schema.PATH.fieldName(),
            Schema.FILE_NAME.fieldName(), Schema.TITLE.fieldName(), Schema.DATE.fieldName(), Schema.FORMAT.fieldName(), Schema.SIZE.fieldName());

    private final ReferenceManager<IndexSearcher> searchers;
    private final Analyzers analyzers;
    private final SearchSlots slots;

    public ReportLookup(ReferenceManager<IndexSearcher> searchers, Analyzers analyzers) {
        this(searchers, analyzers, SearchSlots.perCore());
    }

    /**
     * @param slots the engine's search slots: the heavy reads (the list, a document view, similar reports)
     *              queue with the searches, so they too run one per core and are refused when the queue is full
     */
    public ReportLookup(ReferenceManager<IndexSearcher> searchers, Analyzers analyzers, SearchSlots slots) {
        this.searchers = searchers;
        this.analyzers = analyzers;
        this.slots = slots;
    }

    public List<ReportSummary> list() throws IOException {
        return slots.call(this::listInSlot);
    }

    private List<ReportSummary> listInSlot() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            int n = Math.max(1, s.getIndexReader().maxDoc());
            TopDocs all = s.search(reports(), n);
            List<ReportSummary> out = new ArrayList<>();
            org.apache.lucene.index.StoredFields stored = s.storedFields(); // one reader: it keeps the block it decompressed last
            for (ScoreDoc sd : all.scoreDocs) {
                out.add(summary(stored.document(sd.doc, SUMMARY)));
            }
            out.sort(java.util.Comparator.comparing(ReportSummary::path));
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** Number of reports in the index. */
    public int count() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(reports());
        } finally {
            searchers.release(s);
        }
    }

    /** True when a report with this id is in the index. */
    public boolean exists(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return find(s, id).isPresent();
        } finally {
            searchers.release(s);
        }
    }

    /** The document view (text, metadata, mentions, figures), queued with the searches. */
    public Optional<DocumentView> get(String id) throws IOException {
        return slots.call(() -> getInSlot(id));
    }

    private Optional<DocumentView> getInSlot(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Optional<Integer> doc = find(s, id);
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            Document stored = s.storedFields().document(doc.get(),
                    Set.of(Schema.DOCUMENT_JSON.fieldName(), Schema.BODY.fieldName(), Schema.PATH.fieldName()));
            String path = stored.get(Schema.PATH.fieldName());
            DocumentView view = StoredJson.read(stored.get(Schema.DOCUMENT_JSON.fieldName()), DocumentView.class)
                    .withText(stored.get(Schema.BODY.fieldName()));
            // the view is stored without its mentions and figures, which the report's other documents hold
            // (looked up by id and path: the documents of this report's own block)
            Map<EntityType, List<Mention>> mentions = MentionSearch.ofReport(s, id, path);
            return Optional.of(DocumentView.of(view.document(), new Extraction(
                    cast(mentions.get(EntityType.REGION)), cast(mentions.get(EntityType.ORGANIZATION)),
                    cast(mentions.get(EntityType.POLICY)), figures(s, id, path))));
        } finally {
            searchers.release(s);
        }
    }

    /**
     * The report as stored, without its text, mentions and figures: path, format, metadata, blocks,
     * tables and pages (what the page images need, at a fraction of {@link #get}'s cost).
     */
    public Optional<DocumentView> stored(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Optional<Integer> doc = find(s, id);
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            String json = s.storedFields().document(doc.get(), Set.of(Schema.DOCUMENT_JSON.fieldName()))
                    .get(Schema.DOCUMENT_JSON.fieldName());
            return Optional.of(StoredJson.read(json, DocumentView.class));
        } finally {
            searchers.release(s);
        }
    }

    /** A report's summary (id, path, file name, title, date, format, size), without its text. */
    public Optional<ReportSummary> summary(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Optional<Integer> doc = find(s, id);
            return doc.isEmpty() ? Optional.empty() : Optional.of(summary(s.storedFields().document(doc.get(), SUMMARY)));
        } finally {
            searchers.release(s);
        }
    }

    /** Reports most like this one ("more like this" over the segmented body), best first. */
    public Optional<List<ReportSummary>> similar(String id, int limit) throws IOException {
        return slots.call(() -> similarInSlot(id, limit));
    }

    private Optional<List<ReportSummary>> similarInSlot(String id, int limit) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Optional<Integer> doc = find(s, id);
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(analyzers.hanlp());
            mlt.setFieldNames(new String[] {Schema.BODY.fieldName()});
            mlt.setMinTermFreq(2);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(2);
            mlt.setMaxQueryTerms(40);
            String text = s.storedFields().document(doc.get(), Set.of(Schema.BODY.fieldName())).get(Schema.BODY.fieldName());
            // the opening 100,000 characters say what a report is about, and bound the work of one request
            Query like = mlt.like(Schema.BODY.fieldName(), new StringReader(text.length() > 100_000 ? text.substring(0, 100_000) : text));
            Query q = new BooleanQuery.Builder()
                    .add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_REPORT)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.DOC_ID.fieldName(), id)), BooleanClause.Occur.MUST_NOT)
                    .build();
            List<ReportSummary> out = new ArrayList<>();
            for (ScoreDoc sd : s.search(q, limit).scoreDocs) {
                out.add(summary(s.storedFields().document(sd.doc, SUMMARY)));
            }
            return Optional.of(out);
        } finally {
            searchers.release(s);
        }
    }

    /** The report's figures in the order extracted (a block keeps its documents in the order written). */
    private static List<Figure> figures(IndexSearcher s, String id, String path) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.DOC_ID.fieldName(), id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.PATH.fieldName(), path)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_FIGURE)), BooleanClause.Occur.FILTER)
                .build();
        List<Figure> out = new ArrayList<>();
        org.apache.lucene.index.StoredFields stored = s.storedFields(); // one reader for the block's neighbouring documents
        for (ScoreDoc sd : s.search(q, Math.max(1, s.count(q)), Sort.INDEXORDER).scoreDocs) {
            out.add(StoredJson.read(stored.document(sd.doc, Set.of(Schema.ITEM_JSON.fieldName()))
                    .get(Schema.ITEM_JSON.fieldName()), Figure.class));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <M extends Mention> List<M> cast(List<Mention> mentions) {
        return mentions == null ? List.of() : (List<M>) (List<?>) mentions;
    }

    private static Optional<Integer> find(IndexSearcher s, String id) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.DOC_ID.fieldName(), id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_REPORT)), BooleanClause.Occur.FILTER)
                .build();
        TopDocs td = s.search(q, 1);
        return td.scoreDocs.length == 0 ? Optional.empty() : Optional.of(td.scoreDocs[0].doc);
    }

    private static Query reports() {
        return new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_REPORT));
    }

    private static ReportSummary summary(Document d) {
        return new ReportSummary(d.get(Schema.DOC_ID.fieldName()), d.get(Schema.PATH.fieldName()), d.get(Schema.FILE_NAME.fieldName()),
                d.get(Schema.TITLE.fieldName()), d.get(Schema.DATE.fieldName()), d.get(Schema.FORMAT.fieldName()),
                d.getField(Schema.SIZE.fieldName()) == null ? 0 : d.getField(Schema.SIZE.fieldName()).numericValue().longValue());
    }
}
