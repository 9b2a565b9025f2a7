package com.policyminer.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mentions of regions, organizations and policies: counts per entity (from doc values, without
 * loading stored fields), and the mentions themselves with their context.
 */
public final class MentionSearch {

    public static final Set<String> TYPES = Set.of("region", "org", "policy");
    private static final Set<String> FIELDS = Set.of(Schema.MENTION_TYPE.fieldName(), Schema.ENTITY.fieldName(),
            Schema.DOC_ID.fieldName(), Schema.DOC_TITLE.fieldName(), Schema.PATH.fieldName(), Schema.CONTEXT.fieldName(),
            Schema.ITEM_JSON.fieldName());

    private final SearcherManager searchers;

    public MentionSearch(SearcherManager searchers) {
        this.searchers = searchers;
    }

    /** Every entity of a type with its counts, most mentioned first. */
    public List<EntityCount> counts(String type) throws IOException {
        checkType(type);
        IndexSearcher s = searchers.acquire();
        try {
            Map<String, long[]> mentions = new HashMap<>();
            Map<String, Set<String>> docs = new HashMap<>();
            s.search(query(type, List.of(), List.of()), new SimpleCollector() {
                private SortedDocValues entity;
                private SortedDocValues docId;
                private org.apache.lucene.index.NumericDocValues count;

                @Override
                protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
                    entity = ctx.reader().getSortedDocValues(Schema.ENTITY.fieldName());
                    docId = ctx.reader().getSortedDocValues(Schema.DOC_ID.fieldName());
                    count = ctx.reader().getNumericDocValues(Schema.MENTION_COUNT.fieldName());
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (entity == null || !entity.advanceExact(doc) || !docId.advanceExact(doc)) {
                        return;
                    }
                    String name = entity.lookupOrd(entity.ordValue()).utf8ToString();
                    long n = count != null && count.advanceExact(doc) ? count.longValue() : 1;
                    mentions.computeIfAbsent(name, k -> new long[1])[0] += n;
                    docs.computeIfAbsent(name, k -> new HashSet<>()).add(docId.lookupOrd(docId.ordValue()).utf8ToString());
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            List<EntityCount> out = new ArrayList<>();
            mentions.forEach((name, n) -> out.add(new EntityCount(type, name, n[0], docs.get(name).size())));
            out.sort(Comparator.comparingLong(EntityCount::mentions).reversed().thenComparing(EntityCount::name));
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Mentions of the given entities (any, if empty) of a type (any, if null), in reading order.
     * {@code limit} bounds the mentions returned (and the entity-in-report records read).
     */
    public List<MentionHit> mentions(String type, List<String> entities, List<String> docIds, int limit) throws IOException {
        if (type != null) {
            checkType(type);
        }
        IndexSearcher s = searchers.acquire();
        try {
            Query q = query(type, entities, docIds);
            TopDocs top = s.search(q, Math.max(1, limit), new Sort(new SortField(Schema.PATH.fieldName(), SortField.Type.STRING),
                    new SortField(Schema.START.fieldName(), SortField.Type.INT)));
            List<MentionHit> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = s.storedFields().document(sd.doc, FIELDS);
                JsonNode items = StoredJson.MAPPER.readTree(d.get(Schema.ITEM_JSON.fieldName()));
                JsonNode contexts = StoredJson.MAPPER.readTree(d.get(Schema.CONTEXT.fieldName()));
                for (int i = 0; i < items.size(); i++) {
                    JsonNode item = items.get(i);
                    out.add(new MentionHit(d.get(Schema.MENTION_TYPE.fieldName()), d.get(Schema.ENTITY.fieldName()),
                            d.get(Schema.DOC_ID.fieldName()), d.get(Schema.DOC_TITLE.fieldName()), d.get(Schema.PATH.fieldName()),
                            item.path("surface").asText(), item.path("start").asInt(), item.path("end").asInt(),
                            contexts.path(i).asText("")));
                }
            }
            // one stored document holds one entity's mentions in a report: interleave them in reading order
            out.sort(java.util.Comparator.comparing(MentionHit::docPath).thenComparingInt(MentionHit::start));
            if (out.size() > limit) {
                return new ArrayList<>(out.subList(0, limit));
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** The stored mention records (as JSON) of one entity, e.g. to read a policy's issuer and date. */
    public List<JsonNode> items(String type, String entity, int limit) throws IOException {
        checkType(type);
        IndexSearcher s = searchers.acquire();
        try {
            List<JsonNode> out = new ArrayList<>();
            for (ScoreDoc sd : s.search(query(type, List.of(entity), List.of()), Math.max(1, limit)).scoreDocs) {
                JsonNode items = StoredJson.MAPPER.readTree(s.storedFields().document(sd.doc, Set.of(Schema.ITEM_JSON.fieldName()))
                        .get(Schema.ITEM_JSON.fieldName()));
                items.forEach(out::add);
                if (out.size() >= limit) {
                    break;
                }
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    private static Query query(String type, List<String> entities, List<String> docIds) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_MENTION)), BooleanClause.Occur.FILTER);
        if (type != null) {
            b.add(new TermQuery(new Term(Schema.MENTION_TYPE.fieldName(), type)), BooleanClause.Occur.FILTER);
        }
        if (!entities.isEmpty()) {
            b.add(new TermInSetQuery(Schema.ENTITY.fieldName(), entities.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
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
