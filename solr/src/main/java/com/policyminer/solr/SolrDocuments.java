package com.policyminer.solr;

import com.policyminer.compare.IndicatorConcepts;
import com.policyminer.extract.DocumentView;
import com.policyminer.extract.Extraction;
import com.policyminer.index.EntityFields;
import com.policyminer.index.IndexedReport;
import com.policyminer.index.LuceneDocuments;
import com.policyminer.index.ReportCollections;
import com.policyminer.index.SentenceRuns;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.index.StoredMentions;
import com.policyminer.index.StoredPages;
import com.policyminer.model.EntityType;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;
import com.policyminer.model.ParsedDocument;
import org.apache.solr.common.SolrInputDocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as one Solr nested document: the report is the root (its id is its path, as the embedded index keys a
 * report by path), its figures and its extraction document are children. Re-adding the root replaces the whole
 * block, on the one shard its id routes to: a report and all it produced are replaced together.
 */
public final class SolrDocuments {

    /** The uniqueKey field (the schema's {@code id}); the root's is the report's path. */
    public static final String ID = "id";

    private static final IndicatorConcepts CONCEPTS = IndicatorConcepts.standard();

    private SolrDocuments() {
    }

    public static SolrInputDocument block(IndexedReport report) {
        ParsedDocument d = report.analyzed().document();
        Extraction x = report.extraction();
        SolrInputDocument root = common(d, Schema.TYPE_REPORT, d.path());
        root.addField(Schema.TITLE.fieldName(), d.title());
        root.addField(Schema.TITLE_SORT.fieldName(), d.title());
        root.addField(Schema.BODY.fieldName(), d.text());
        root.addField(Schema.BODY_BIGRAM.fieldName(), d.text());
        root.addField(Schema.FILE_NAME.fieldName(), d.fileName());
        root.addField(Schema.NAME.fieldName(), LuceneDocuments.nameWords(d.fileName()));
        if (!d.pages().isEmpty()) {
            root.addField(Schema.PAGE_MAP.fieldName(), StoredPages.write(d.pages()));
        }
        if (d.date() != null) {
            root.addField(Schema.DATE.fieldName(), d.date().toEpochDay());
            root.addField(Schema.YEAR.fieldName(), d.date().getYear());
        }
        root.addField(Schema.FORMAT.fieldName(), d.format());
        root.addField(Schema.SIZE.fieldName(), d.sizeBytes());
        ReportCollections.collections(d).forEach(c -> root.addField(Schema.COLLECTION.fieldName(), c));
        ReportCollections.tags(d).forEach(t -> root.addField(Schema.TAG.fieldName(), t));
        String source = d.metadata().get(ParsedDocument.SOURCE_URL);
        if (source != null) {
            root.addField(Schema.SOURCE_URL.fieldName(), source);
            root.addField(Schema.SOURCE.fieldName(), com.policyminer.parse.SourceUrl.words(source));
        }
        String uploader = d.metadata().get(ParsedDocument.UPLOADED_BY);
        if (uploader != null) {
            root.addField(Schema.UPLOADER.fieldName(), uploader);
        }
        root.addField(Schema.FINGERPRINT.fieldName(), report.fingerprint().toBytes());
        root.addField(Schema.MENTION_UNITS.fieldName(), EntityFields.units(d.text(), x).toBytes());
        Map<EntityType, Map<String, Integer>> entities = new LinkedHashMap<>();
        for (EntityType t : EntityType.values()) {
            Map<String, Integer> names = names(t, x);
            entities.put(t, names);
            names.keySet().forEach(n -> root.addField(EntityFields.field(t).fieldName(), n));
        }
        root.addField(Schema.DOCUMENT_JSON.fieldName(), StoredJson.write(DocumentView.of(d, Extraction.NONE).withText("")));
        int[] leads = SentenceRuns.leadOffsets(x.figures());
        for (int i = 0; i < leads.length; i++) {
            root.addChildDocument(figure(d, x.figures().get(i), i, leads[i]));
        }
        if (entities.values().stream().anyMatch(names -> !names.isEmpty())) {
            root.addChildDocument(extraction(d, x, entities));
        }
        return root;
    }

    /** @param lead as in the embedded index: how many figures back the one holding this figure's sentence is (0: itself) */
    private static SolrInputDocument figure(ParsedDocument d, Figure f, int i, int lead) {
        SolrInputDocument doc = common(d, Schema.TYPE_FIGURE, d.path() + "!figure!" + i);
        doc.addField(Schema.DOC_TITLE.fieldName(), d.title());
        doc.addField(Schema.SUBJECT.fieldName(), f.subject());
        doc.addField(Schema.INDICATOR.fieldName(), f.indicator());
        doc.addField(Schema.INDICATOR_CONCEPT.fieldName(), CONCEPTS.resolve(f.indicator(), f.normalizedUnit(), f.kind()).conceptId());
        doc.addField(Schema.SUBJECT_TYPE.fieldName(), f.subjectType());
        doc.addField(Schema.UNIT.fieldName(), f.unit());
        doc.addField(Schema.NORMALIZED_UNIT.fieldName(), f.normalizedUnit());
        doc.addField(Schema.KIND.fieldName(), f.kind());
        doc.addField(Schema.NORMALIZED_VALUE.fieldName(), f.normalizedValue());
        if (f.year() != null) {
            doc.addField(Schema.YEAR.fieldName(), f.year());
        }
        // children keep their order in the block, so the offset points at the same figure as embedded
        doc.addField(Schema.SENTENCE.fieldName(), lead == 0 ? f.sentence() : "");
        if (lead > 0) {
            doc.addField(Schema.SENTENCE_LEAD.fieldName(), lead);
        }
        doc.addField(Schema.START.fieldName(), f.start());
        if (f.page() != null) {
            doc.addField(Schema.PAGE.fieldName(), f.page());
        }
        doc.addField(Schema.ITEM_JSON.fieldName(), StoredJson.write(f));
        return doc;
    }

    private static SolrInputDocument extraction(ParsedDocument d, Extraction x, Map<EntityType, Map<String, Integer>> entities) {
        SolrInputDocument doc = common(d, Schema.TYPE_EXTRACTION, d.path() + "!extraction");
        doc.addField(Schema.DOC_TITLE.fieldName(), d.title());
        for (EntityType t : EntityType.values()) {
            Map<String, Integer> names = entities.get(t);
            if (names.isEmpty()) {
                continue;
            }
            doc.addField(Schema.MENTION_TYPES.fieldName(), t.dim());
            names.forEach((name, n) -> {
                doc.addField(EntityFields.field(t).fieldName(), name);
                doc.addField(Schema.ENTITY_COUNT.fieldName(), t.dim() + '\u001f' + name + '\u001f' + n);
            });
            doc.addField(EntityFields.mentions(t).fieldName(), StoredMentions.write(named(t, x)));
        }
        return doc;
    }

    private static SolrInputDocument common(ParsedDocument d, String type, String id) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(ID, id);
        doc.addField(Schema.TYPE.fieldName(), type);
        doc.addField(Schema.PATH.fieldName(), d.path());
        doc.addField(Schema.DOC_ID.fieldName(), d.id());
        // the tie-break of equal scores, as in the embedded index (see LuceneDocuments.docKey)
        doc.addField(Schema.DOC_KEY.fieldName(), LuceneDocuments.docKey(d.id()));
        return doc;
    }

    /** This kind's mentions that name an entity, in reading order (as the embedded index keeps them). */
    private static List<? extends Mention> named(EntityType t, Extraction x) {
        List<? extends Mention> all = switch (t) {
            case REGION -> x.regions();
            case ORGANIZATION -> x.organizations();
            case POLICY -> x.policies();
        };
        return all.stream().filter(m -> t.entityOf(m) != null && !t.entityOf(m).isBlank()).toList();
    }

    private static Map<String, Integer> names(EntityType t, Extraction x) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : named(t, x)) {
            counts.merge(t.entityOf(m), 1, Integer::sum);
        }
        return counts;
    }

    /** A stored field's first value as text, null when the document has none. */
    static String string(org.apache.solr.common.SolrDocument d, Schema f) {
        Object v = d.getFirstValue(f.fieldName());
        return v == null ? null : v.toString();
    }
}
