package com.policyminer.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.extract.DocumentView;
import com.policyminer.index.Context;
import com.policyminer.index.LuceneDocuments;
import com.policyminer.index.LuceneDocuments.EntityType;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.model.Mention;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;
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
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mentions of regions, organizations and policies. Each report's mentions are stored once, in its
 * extraction document (the report's view as JSON), with its entities as filter terms and
 * {@code type␟entity␟count} doc values: counts per entity come from doc values alone; the mentions
 * themselves are read report by report, in path order, until the limit is reached.
 */
public final class MentionSearch {

    public static final Set<String> TYPES = Set.of("region", "org", "policy");
    /** Reports read per round while collecting mentions. */
    private static final int BATCH = 32;
    private static final Set<String> FIELDS = Set.of(Schema.DOC_ID.fieldName(), Schema.DOC_TITLE.fieldName(),
            Schema.PATH.fieldName(), Schema.DOCUMENT_JSON.fieldName());

    private final SearcherManager searchers;

    public MentionSearch(SearcherManager searchers) {
        this.searchers = searchers;
    }

    /** Every entity of a type with its counts, most mentioned first. */
    public List<EntityCount> counts(String type) throws IOException {
        checkType(type);
        String prefix = type + LuceneDocuments.COUNT_SEPARATOR;
        IndexSearcher s = searchers.acquire();
        try {
            Map<String, long[]> totals = new HashMap<>(); // entity → {mentions, documents}
            s.search(query(type, List.of(), List.of()), new SimpleCollector() {
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
            totals.forEach((name, t) -> out.add(new EntityCount(type, name, t[0], t[1])));
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
    public List<MentionHit> mentions(String type, List<String> entities, List<String> docIds, int limit) throws IOException {
        if (type != null) {
            checkType(type);
        }
        Set<String> wanted = Set.copyOf(entities);
        List<MentionHit> out = new ArrayList<>();
        forEachReport(query(type, entities, docIds), (s, d, view) -> {
            String text = null;
            for (Mention m : view.mentions()) {
                String mType = typeOf(m);
                String entity = entityOf(m);
                if ((type != null && !type.equals(mType)) || (!wanted.isEmpty() && !wanted.contains(entity))) {
                    continue;
                }
                if (text == null) {
                    text = body(s, d.get(Schema.DOC_ID.fieldName()));
                }
                out.add(new MentionHit(mType, entity, d.get(Schema.DOC_ID.fieldName()), d.get(Schema.DOC_TITLE.fieldName()),
                        d.get(Schema.PATH.fieldName()), m.surface(), m.start(), m.end(),
                        m.end() <= text.length() ? Context.around(text, m.start(), m.end()) : ""));
            }
            return out.size() < limit;
        });
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    /** The mention records (as JSON) of one entity, e.g. to read a policy's issuer and date. */
    public List<JsonNode> items(String type, String entity, int limit) throws IOException {
        checkType(type);
        List<JsonNode> out = new ArrayList<>();
        forEachReport(query(type, List.of(entity), List.of()), (s, d, view) -> {
            for (Mention m : view.mentions()) {
                if (type.equals(typeOf(m)) && entity.equals(entityOf(m)) && out.size() < limit) {
                    out.add(StoredJson.MAPPER.valueToTree(m));
                }
            }
            return out.size() < limit;
        });
        return out;
    }

    private interface ReportVisitor {
        /** @return whether to go on with the next report */
        boolean visit(IndexSearcher s, Document stored, DocumentView view) throws IOException;
    }

    /** Reads the extraction documents matching {@code q} in path order until the visitor has enough. */
    private void forEachReport(Query q, ReportVisitor visitor) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Sort byPath = new Sort(new SortField(Schema.PATH.fieldName(), SortField.Type.STRING));
            FieldDoc after = null;
            while (true) {
                TopDocs page = after == null ? s.search(q, BATCH, byPath) : s.searchAfter(after, q, BATCH, byPath);
                for (ScoreDoc sd : page.scoreDocs) {
                    Document d = s.storedFields().document(sd.doc, FIELDS);
                    DocumentView view = StoredJson.read(d.get(Schema.DOCUMENT_JSON.fieldName()), DocumentView.class);
                    if (!visitor.visit(s, d, view)) {
                        return;
                    }
                }
                if (page.scoreDocs.length < BATCH) {
                    return;
                }
                after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
            }
        } finally {
            searchers.release(s);
        }
    }

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

    static String typeOf(Mention m) {
        if (m instanceof RegionMention) {
            return EntityType.REGION.dim;
        }
        if (m instanceof OrganizationMention) {
            return EntityType.ORG.dim;
        }
        return m instanceof PolicyMention ? EntityType.POLICY.dim : "";
    }

    static String entityOf(Mention m) {
        if (m instanceof RegionMention r) {
            return r.name();
        }
        if (m instanceof OrganizationMention o) {
            return o.name();
        }
        return m instanceof PolicyMention p ? p.title() : "";
    }

    private static Query query(String type, List<String> entities, List<String> docIds) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_EXTRACTION)), BooleanClause.Occur.FILTER);
        if (!entities.isEmpty()) {
            List<BytesRef> names = entities.stream().distinct().map(BytesRef::new).toList();
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (EntityType t : EntityType.values()) {
                if (type == null || type.equals(t.dim)) {
                    any.add(new TermInSetQuery(t.field.fieldName(), names), BooleanClause.Occur.SHOULD);
                }
            }
            b.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (!docIds.isEmpty()) {
            b.add(new TermInSetQuery(Schema.DOC_ID.fieldName(), docIds.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void checkType(String type) {
        if (!TYPES.contains(type)) {
            throw new BadQueryException("type must be one of region, org, policy");
        }
    }
}
