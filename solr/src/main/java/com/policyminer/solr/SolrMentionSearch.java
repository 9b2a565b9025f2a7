package com.policyminer.solr;

import com.policyminer.index.EntityFields;
import com.policyminer.index.LuceneDocuments;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredMentions;
import com.policyminer.model.EntityType;
import com.policyminer.model.Mention;
import com.policyminer.search.EntityCount;
import com.policyminer.search.EntityMentions;
import com.policyminer.search.FirstRecords;
import com.policyminer.search.MentionHit;
import com.policyminer.search.ReportMentionHits;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mentions and what the entity lists are made from, on a SolrCloud collection: the reports' extraction child
 * documents hold the same stored mention JSON and {@code type␟entity␟count} values as the embedded index's; the
 * counts are facets on those values, the mentions are read report by report in path order (a cursor), and each
 * report's hits are made by the embedded index's code ({@link ReportMentionHits}, {@link FirstRecords}).
 */
final class SolrMentionSearch implements EntityMentions {

    /** Reports read per request while collecting mentions. */
    private static final int BATCH = 64;
    private static final String SEPARATOR = String.valueOf(LuceneDocuments.COUNT_SEPARATOR);
    private static final String EXTRACTIONS = Schema.TYPE.fieldName() + ":" + Schema.TYPE_EXTRACTION;

    private final SolrClient solr;
    private final String collection;

    SolrMentionSearch(SolrClient solr, String collection) {
        this.solr = solr;
        this.collection = collection;
    }

    /** As the embedded {@code MentionSearch#mentions}: by report path, then offset; {@code withContext} false gives "". */
    List<MentionHit> mentions(EntityType type, List<String> entities, List<String> docIds, int limit, boolean withContext)
            throws IOException {
        List<EntityType> types = type == null ? List.of(EntityType.values()) : List.of(type);
        Set<String> wanted = Set.copyOf(entities);
        List<MentionHit> out = new ArrayList<>();
        if (limit <= 0) {
            return out;
        }
        forEachReport(query(type, entities, docIds), types, wanted, (d, found) -> {
            String docId = SolrDocuments.string(d, Schema.DOC_ID);
            out.addAll(ReportMentionHits.of(docId, SolrDocuments.string(d, Schema.DOC_TITLE), SolrDocuments.string(d, Schema.PATH), found, wanted,
                    () -> withContext ? body(docId) : ""));
            return out.size() < limit;
        });
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    /** The backend cannot say when the collection changed: the lists are read each time. */
    @Override
    public Object version() {
        return null;
    }

    @Override
    public List<EntityCount> counts(EntityType type, List<String> docIds) throws IOException {
        String prefix = type.dim() + LuceneDocuments.COUNT_SEPARATOR;
        SolrQuery q = query(type, List.of(), docIds).setRows(0).setFacet(true).setFacetLimit(-1).setFacetMinCount(1)
                .setFacetPrefix(prefix).addFacetField(Schema.ENTITY_COUNT.fieldName());
        Map<String, long[]> totals = new HashMap<>(); // entity → {mentions, documents}
        FacetField values = query(q).getFacetField(Schema.ENTITY_COUNT.fieldName());
        if (values != null && values.getValues() != null) {
            for (FacetField.Count c : values.getValues()) {
                String v = c.getName();
                int last = v.lastIndexOf(LuceneDocuments.COUNT_SEPARATOR);
                if (!v.startsWith(prefix) || last <= prefix.length()) {
                    continue;
                }
                long[] t = totals.computeIfAbsent(v.substring(prefix.length(), last), k -> new long[2]);
                t[0] += Long.parseLong(v.substring(last + 1)) * c.getCount();
                t[1] += c.getCount();
            }
        }
        List<EntityCount> out = new ArrayList<>();
        totals.forEach((name, t) -> out.add(new EntityCount(type.dim(), name, t[0], t[1])));
        out.sort(Comparator.comparingLong(EntityCount::mentions).reversed().thenComparing(EntityCount::name));
        return out;
    }

    @Override
    public List<Entity> entities(EntityType type, int reports) throws IOException {
        FirstRecords first = new FirstRecords(type, reports);
        forEachReport(query(type, List.of(), List.of()), List.of(type), Set.of(), (d, found) -> {
            first.add(found.getOrDefault(type, List.of()));
            return true;
        });
        return first.with(counts(type, List.of()));
    }

    @Override
    public Optional<Entity> entity(EntityType type, Set<String> names, int reports) throws IOException {
        for (EntityCount c : counts(type, List.of())) {
            if (names.contains(c.name())) {
                FirstRecords first = new FirstRecords(type, reports);
                int[] read = {0};
                forEachReport(query(type, List.of(c.name()), List.of()), List.of(type), Set.of(c.name()), (d, found) -> {
                    first.add(found.getOrDefault(type, List.of()));
                    return ++read[0] < reports;
                });
                return Optional.of(new Entity(c, first.records().getOrDefault(c.name(), List.of())));
            }
        }
        return Optional.empty();
    }

    private interface ReportVisitor {
        /** @return whether to go on with the next report */
        boolean visit(SolrDocument extraction, Map<EntityType, List<Mention>> mentions) throws IOException;
    }

    /** Reads the extraction documents matching {@code q} in path order until the visitor has enough. */
    private void forEachReport(SolrQuery q, List<EntityType> types, Set<String> wanted, ReportVisitor visitor) throws IOException {
        List<String> fields = new ArrayList<>(List.of(Schema.DOC_ID.fieldName(), Schema.DOC_TITLE.fieldName(), Schema.PATH.fieldName()));
        types.forEach(t -> fields.add(EntityFields.mentions(t).fieldName()));
        q.setFields(fields.toArray(String[]::new)).setRows(BATCH)
                .setSort(Schema.PATH.fieldName(), SolrQuery.ORDER.asc).addSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q);
            for (SolrDocument d : r.getResults()) {
                Map<EntityType, List<Mention>> found = new EnumMap<>(EntityType.class);
                for (EntityType t : types) {
                    Object json = d.getFirstValue(EntityFields.mentions(t).fieldName());
                    if (json != null) {
                        found.put(t, new ArrayList<>(StoredMentions.read(json.toString(), t.recordClass(), SolrDocuments.string(d, Schema.DOC_ID), wanted)));
                    }
                }
                if (!visitor.visit(d, found)) {
                    return;
                }
            }
            if (cursor.equals(r.getNextCursorMark())) {
                return;
            }
            cursor = r.getNextCursorMark();
        }
    }

    /** The extraction documents of a type (any, if null) naming one of the entities (any, if empty), of these reports (all, if empty). */
    private static SolrQuery query(EntityType type, List<String> entities, List<String> docIds) {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(EXTRACTIONS);
        if (type != null) {
            q.addFilterQuery("{!term f=" + Schema.MENTION_TYPES.fieldName() + "}" + type.dim());
        }
        if (!entities.isEmpty()) {
            // the names through parameters, joined by a separator no name holds: none is parsed as syntax
            q.set("pm.sep", SEPARATOR);
            q.set("pm.names", String.join(SEPARATOR, entities.stream().distinct().toList()));
            StringBuilder any = new StringBuilder("{!bool");
            int i = 0;
            for (EntityType t : EntityType.values()) {
                if (type == null || type == t) {
                    String p = "pm.q" + i++;
                    q.set(p, "{!terms f=" + EntityFields.field(t).fieldName() + " separator=$pm.sep v=$pm.names}");
                    any.append(" should=$").append(p);
                }
            }
            q.addFilterQuery(any.append('}').toString());
        }
        if (!docIds.isEmpty()) {
            q.set("pm.docs", String.join(",", docIds));
            q.addFilterQuery("{!terms f=" + Schema.DOC_ID.fieldName() + " v=$pm.docs}");
        }
        return q;
    }

    /** A report's text (the first report with this id, as embedded), or "". */
    private String body(String docId) throws IOException {
        SolrQuery q = new SolrQuery("{!term f=" + Schema.DOC_ID.fieldName() + " v=$pm.id}").addFilterQuery(
                Schema.TYPE.fieldName() + ":" + Schema.TYPE_REPORT).setFields(Schema.BODY.fieldName()).setRows(1)
                .setSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
        q.set("pm.id", docId);
        var found = query(q).getResults();
        Object body = found.isEmpty() ? null : found.get(0).getFirstValue(Schema.BODY.fieldName());
        return body == null ? "" : body.toString();
    }


    private QueryResponse query(SolrQuery q) throws IOException {
        try {
            return solr.query(collection, q, SolrRequest.METHOD.POST);
        } catch (SolrServerException e) {
            throw new IOException("solr: mentions: " + e.getMessage(), e);
        }
    }
}
