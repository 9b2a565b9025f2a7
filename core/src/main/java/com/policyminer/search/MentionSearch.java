package com.policyminer.search;

import com.policyminer.index.Context;
import com.policyminer.index.LuceneDocuments;
import com.policyminer.index.EntityFields;
import com.policyminer.model.EntityType;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredMentions;
import com.policyminer.model.Mention;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mentions of regions, organizations and policies. Each report's mentions are stored once, in its
 * extraction document, one small JSON array per kind, with its entities as filter terms and
 * {@code type␟entity␟count} doc values: counts per entity come from doc values alone; the mentions
 * themselves are read report by report, in path order, until the limit is reached.
 */
public final class MentionSearch implements EntityMentions {

    /** Reports read per round while collecting mentions. */
    private static final int BATCH = 32;
    /** The most reports a search for the next page of a pass asks for (the pages grow from {@link #BATCH}). */
    private static final int MAX_PAGE = 4096;

    private final ReferenceManager<IndexSearcher> searchers;
    private final SearchSlots slots;

    /** @param slots the engine's search slots: each call here takes one, as report and figure searches do */
    public MentionSearch(ReferenceManager<IndexSearcher> searchers, SearchSlots slots) {
        this.searchers = searchers;
        this.slots = slots;
    }

    /** Passes over the reports' mentions so far (what the entity lists' tests count). */
    private final java.util.concurrent.atomic.AtomicLong reportPasses = new java.util.concurrent.atomic.AtomicLong();

    long reportPasses() {
        return reportPasses.get();
    }

    /** The index version searches see now (as of the last refresh): the key of what is kept per version. */
    org.apache.lucene.index.IndexReader reader() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader();
        } finally {
            searchers.release(s);
        }
    }

    /** Every entity of a type with its counts, most mentioned first. */
    public List<EntityCount> counts(EntityType type) throws IOException {
        return slots.call(() -> countsInSlot(type));
    }

    /** As {@link #counts(EntityType)}, counted in these reports only (all when the list is empty). */
    @Override
    public List<EntityCount> counts(EntityType type, List<String> docIds) throws IOException {
        return slots.call(() -> countsInSlot(type, docIds));
    }

    /**
     * Runs several of the {@code …InSlot} methods in one slot (a caller that needs many lookups
     * queues once, not once per lookup). Never call the public methods from {@code work}: a second
     * slot taken by the holder of one can wait forever.
     */
    <T> T inOneSlot(org.apache.lucene.util.IOSupplier<T> work) throws IOException {
        return slots.call(work);
    }

    List<EntityCount> countsInSlot(EntityType type) throws IOException {
        return countsInSlot(type, List.of());
    }

    private List<EntityCount> countsInSlot(EntityType type, List<String> docIds) throws IOException {
        String prefix = type.dim() + LuceneDocuments.COUNT_SEPARATOR;
        IndexSearcher s = searchers.acquire();
        try {
            Map<String, long[]> totals = new HashMap<>(); // entity → {mentions, documents}
            s.search(query(type, List.of(), docIds), new SimpleCollector() {
                private SortedSetDocValues values;
                private long[] docsPerValue;

                @Override
                protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                    flush();
                    values = ctx.reader().getSortedSetDocValues(Schema.ENTITY_COUNT.fieldName());
                    docsPerValue = values == null ? null : new long[(int) values.getValueCount()];
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (values != null && values.advanceExact(doc)) {
                        for (int i = 0; i < values.docValueCount(); i++) {
                            docsPerValue[(int) values.nextOrd()]++;
                        }
                    }
                }

                /** Turns the leaf's per-value document counts into per-entity totals: one lookup per value. */
                private void flush() throws IOException {
                    if (values == null) {
                        return;
                    }
                    for (int ord = 0; ord < docsPerValue.length; ord++) {
                        if (docsPerValue[ord] == 0) {
                            continue;
                        }
                        String v = values.lookupOrd(ord).utf8ToString();
                        int last = v.lastIndexOf(LuceneDocuments.COUNT_SEPARATOR);
                        if (!v.startsWith(prefix) || last <= prefix.length()) {
                            continue;
                        }
                        long[] t = totals.computeIfAbsent(v.substring(prefix.length(), last), k -> new long[2]);
                        t[0] += Long.parseLong(v.substring(last + 1)) * docsPerValue[ord];
                        t[1] += docsPerValue[ord];
                    }
                    values = null;
                }

                @Override
                public void finish() throws IOException {
                    flush();
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            List<EntityCount> out = new ArrayList<>();
            totals.forEach((name, t) -> out.add(new EntityCount(type.dim(), name, t[0], t[1])));
            out.sort(Comparator.comparingLong(EntityCount::mentions).reversed().thenComparing(EntityCount::name));
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Mentions of the given entities (any, if empty) of a type (any, if null), in reading order
     * (by report path, then offset). {@code limit} bounds the mentions returned.
     */
    public List<MentionHit> mentions(EntityType type, List<String> entities, List<String> docIds, int limit) throws IOException {
        return slots.call(() -> mentionsInSlot(type, entities, docIds, limit, true));
    }

    /**
     * As {@link #mentions(EntityType, List, List, int)}, without the context around each mention ("" instead):
     * the reports' texts are not read, for a caller that needs only where the mentions are.
     */
    public List<MentionHit> mentionsWithoutContext(EntityType type, List<String> entities, List<String> docIds, int limit)
            throws IOException {
        return slots.call(() -> mentionsInSlot(type, entities, docIds, limit, false));
    }

    List<MentionHit> mentionsInSlot(EntityType type, List<String> entities, List<String> docIds, int limit) throws IOException {
        return mentionsInSlot(type, entities, docIds, limit, true);
    }

    private List<MentionHit> mentionsInSlot(EntityType type, List<String> entities, List<String> docIds, int limit,
                                            boolean withContext) throws IOException {
        List<EntityType> types = type == null ? List.of(EntityType.values()) : List.of(type);
        Set<String> wanted = Set.copyOf(entities);
        List<MentionHit> out = new ArrayList<>();
        forEachReport(query(type, entities, docIds), types, wanted, (s, stored, doc, d, found) -> {
            String docId = d.get(Schema.DOC_ID.fieldName());
            out.addAll(ReportMentionHits.of(docId, d.get(Schema.DOC_TITLE.fieldName()), d.get(Schema.PATH.fieldName()), found,
                    wanted, () -> withContext ? body(s, stored, doc, docId) : ""));
            return out.size() < limit;
        });
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    /**
     * The mention records of one entity in the first {@code reports} reports (by path) that
     * mention it, e.g. to read a policy's issuer and date where a report gives them.
     */
    public List<Mention> items(EntityType type, String entity, int reports) throws IOException {
        return slots.call(() -> itemsInSlot(type, entity, reports));
    }

    List<Mention> itemsInSlot(EntityType t, String entity, int reports) throws IOException {
        List<Mention> out = new ArrayList<>();
        int[] read = {0};
        forEachReport(query(t, List.of(entity), List.of()), List.of(t), Set.of(entity), (s, stored, doc, d, found) -> {
            for (Mention m : found.getOrDefault(t, List.of())) {
                if (entity.equals(t.entityOf(m))) {
                    out.add(m);
                }
            }
            return ++read[0] < reports;
        });
        return out;
    }

    /**
     * The mention records of every entity of a type, from the first {@code reports} reports
     * (by path) that mention each: what {@link #items} gives for one entity, for all in one pass.
     */
    public Map<String, List<Mention>> records(EntityType type, int reports) throws IOException {
        return slots.call(() -> recordsInSlot(type, reports));
    }

    Map<String, List<Mention>> recordsInSlot(EntityType t, int reports) throws IOException {
        FirstRecords first = new FirstRecords(t, reports);
        forEachReport(query(t, List.of(), List.of()), List.of(t), Set.of(), (s, stored, doc, d, found) -> {
            first.add(found.getOrDefault(t, List.of()));
            return true;
        });
        return first.records();
    }

    // ---- what the entity lists are made from (EntityMentions), each call in one slot ----

    @Override
    public Object version() throws IOException {
        return reader();
    }

    @Override
    public List<EntityMentions.Entity> entities(EntityType type, int reports) throws IOException {
        return slots.call(() -> {
            Map<String, List<Mention>> records = recordsInSlot(type, reports);
            return countsInSlot(type).stream()
                    .map(c -> new EntityMentions.Entity(c, records.getOrDefault(c.name(), List.of()))).toList();
        });
    }

    @Override
    public java.util.Optional<EntityMentions.Entity> entity(EntityType type, Set<String> names, int reports) throws IOException {
        return slots.call(() -> {
            for (EntityCount c : countsInSlot(type)) {
                if (names.contains(c.name())) {
                    return java.util.Optional.of(new EntityMentions.Entity(c, itemsInSlot(type, c.name(), reports)));
                }
            }
            return java.util.Optional.<EntityMentions.Entity>empty();
        });
    }

    private interface ReportVisitor {
        /** @return whether to go on with the next report */
        boolean visit(IndexSearcher s, org.apache.lucene.index.StoredFields reader, int doc, Document stored,
                      Map<EntityType, List<Mention>> mentions) throws IOException;
    }

    /**
     * Reads the extraction documents matching {@code q} in path order until the visitor has enough, with the
     * mentions of the {@code wanted} entities (all when empty) of each type.
     */
    private void forEachReport(Query q, List<EntityType> types, Set<String> wanted, ReportVisitor visitor) throws IOException {
        Set<String> fields = new java.util.HashSet<>(Set.of(Schema.DOC_ID.fieldName(), Schema.DOC_TITLE.fieldName(),
                Schema.PATH.fieldName()));
        types.forEach(t -> fields.add(EntityFields.mentions(t).fieldName()));
        reportPasses.incrementAndGet();
        IndexSearcher s = searchers.acquire();
        try {
            Sort byPath = new Sort(new SortField(Schema.PATH.fieldName(), SortField.Type.STRING));
            FieldDoc after = null;
            // one reader for the whole pass, and each page's documents read in index order: a reader keeps the
            // block of stored fields it decompressed last, and neighbouring reports share blocks
            org.apache.lucene.index.StoredFields stored = s.storedFields();
            // each search for the next page visits every matching report (to sort them): the pages double, so a
            // pass over many reports searches a few times, not once per BATCH reports
            int pageSize = BATCH;
            while (true) {
                TopDocs page = SortedPage.of(s, q, pageSize, after, byPath);
                for (int from = 0; from < page.scoreDocs.length; from += BATCH) { // read BATCH at a time: the visitor may stop
                    ScoreDoc[] batch = java.util.Arrays.copyOfRange(page.scoreDocs, from, Math.min(page.scoreDocs.length, from + BATCH));
                    Document[] docs = inIndexOrder(stored, batch, fields);
                    for (int i = 0; i < docs.length; i++) {
                        Document d = docs[i];
                        Map<EntityType, List<Mention>> found = new java.util.EnumMap<>(EntityType.class);
                        for (EntityType t : types) {
                            String json = d.get(EntityFields.mentions(t).fieldName());
                            if (json != null) {
                                found.put(t, new ArrayList<>(StoredMentions.read(json, t.recordClass(), d.get(Schema.DOC_ID.fieldName()), wanted)));
                            }
                        }
                        if (!visitor.visit(s, stored, batch[i].doc, d, found)) {
                            return;
                        }
                    }
                }
                if (page.scoreDocs.length < pageSize) {
                    return;
                }
                after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
                pageSize = Math.min(pageSize * 2, MAX_PAGE);
            }
        } finally {
            searchers.release(s);
        }
    }

    /** The stored fields of these hits, in the hits' order, read in index order. */
    private static Document[] inIndexOrder(org.apache.lucene.index.StoredFields stored, ScoreDoc[] hits, Set<String> fields)
            throws IOException {
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
        Document[] out = new Document[hits.length];
        for (int i : order) {
            out[i] = stored.document(hits[i].doc, fields);
        }
        return out;
    }

    /** Every mention of one report (the block at {@code path}), by kind (kinds it does not mention are absent). */
    static Map<EntityType, List<Mention>> ofReport(IndexSearcher s, String docId, String path) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_EXTRACTION)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.DOC_ID.fieldName(), docId)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.PATH.fieldName(), path)), BooleanClause.Occur.FILTER)
                .build();
        Map<EntityType, List<Mention>> out = new java.util.EnumMap<>(EntityType.class);
        TopDocs top = s.search(q, 1);
        if (top.scoreDocs.length == 1) {
            Document d = s.storedFields().document(top.scoreDocs[0].doc);
            for (EntityType t : EntityType.values()) {
                String json = d.get(EntityFields.mentions(t).fieldName());
                if (json != null) {
                    out.put(t, read(json, t, docId));
                }
            }
        }
        return out;
    }

    /** One kind's mentions as stored on a report's extraction document. */
    static List<Mention> read(String json, EntityType t, String docId) {
        return new ArrayList<>(StoredMentions.read(json, t.recordClass(), docId));
    }

    /**
     * The text of the report whose extraction document is {@code extraction}: a report's block ends with its
     * extraction document and then the report ({@link Schema}), so the report is the next document, read with the
     * same stored-fields reader (which often holds its block already); looked up by id should it not be there.
     */
    private static String body(IndexSearcher s, org.apache.lucene.index.StoredFields stored, int extraction, String docId)
            throws IOException {
        if (extraction + 1 < s.getIndexReader().maxDoc()) {
            Document next = stored.document(extraction + 1, REPORT_TEXT);
            if (Schema.TYPE_REPORT.equals(next.get(Schema.TYPE.fieldName())) && docId.equals(next.get(Schema.DOC_ID.fieldName()))) {
                String body = next.get(Schema.BODY.fieldName());
                return body == null ? "" : body;
            }
        }
        return body(s, docId);
    }

    private static final Set<String> REPORT_TEXT = Set.of(Schema.TYPE.fieldName(), Schema.DOC_ID.fieldName(), Schema.BODY.fieldName());

    private static String body(IndexSearcher s, String docId) throws IOException {
        Query report = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_REPORT)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.DOC_ID.fieldName(), docId)), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = s.search(report, 1);
        if (top.scoreDocs.length == 0) {
            return "";
        }
        String body = s.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.BODY.fieldName())).get(Schema.BODY.fieldName());
        return body == null ? "" : body;
    }

    private static Query query(EntityType type, List<String> entities, List<String> docIds) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_EXTRACTION)), BooleanClause.Occur.FILTER);
        if (type != null) {
            b.add(new TermQuery(new Term(Schema.MENTION_TYPES.fieldName(), type.dim())), BooleanClause.Occur.FILTER);
        }
        if (!entities.isEmpty()) {
            List<BytesRef> names = entities.stream().distinct().map(BytesRef::new).toList();
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (EntityType t : EntityType.values()) {
                if (type == null || type == t) {
                    any.add(new TermInSetQuery(EntityFields.field(t).fieldName(), names), BooleanClause.Occur.SHOULD);
                }
            }
            b.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (!docIds.isEmpty()) {
            b.add(new TermInSetQuery(Schema.DOC_ID.fieldName(), docIds.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
