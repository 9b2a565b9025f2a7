package com.policyminer.solr;

import com.policyminer.compare.DocumentMentions;
import com.policyminer.compare.FigureLoader;
import com.policyminer.compare.MentionUnits;
import com.policyminer.index.EntityFields;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.index.StoredMentions;
import com.policyminer.model.EntityType;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;
import com.policyminer.search.CorpusSource;
import com.policyminer.search.SearchBusyException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The comparisons' corpus on a SolrCloud collection, read with cursors: the figure child documents' stored JSON
 * (by report path, then offset), the reports' texts (by path) with the mentions of their extraction child, the same
 * stored values the embedded index reads. A version is the collection's document count and highest
 * {@code _version_} (one query sorted on {@code _version_}'s doc values): every add, replace or delete changes one
 * of them, so the table is read again only after the collection changed. Nothing is held between reads: a figure
 * shown is read back from the collection as it is then (a report replaced meanwhile is a 503 "try again").
 */
final class SolrCorpus implements CorpusSource {

    /** Figures read per request. */
    private static final int FIGURES = 1000;
    /** Reports (with their texts) read per request. */
    private static final int REPORTS = 32;
    private static final String VERSION = "_version_";

    private final SolrClient solr;
    private final String collection;

    SolrCorpus(SolrClient solr, String collection) {
        this.solr = solr;
        this.collection = collection;
    }

    @Override
    public Version current() throws IOException {
        SolrQuery q = new SolrQuery("*:*").setRows(1).setFields(SolrDocuments.ID, VERSION)
                .setSort(VERSION, SolrQuery.ORDER.desc);
        SolrDocumentList docs = query(q).getResults();
        Object newest = docs.isEmpty() ? null : docs.get(0).getFirstValue(VERSION);
        return new CollectionVersion(List.of(docs.getNumFound(), newest == null ? 0L : ((Number) newest).longValue()));
    }

    private final class CollectionVersion implements Version {
        private final Object id;

        CollectionVersion(Object id) {
            this.id = id;
        }

        @Override
        public Object id() {
            return id;
        }

        @Override
        public void figures(FigureVisitor each) throws IOException {
            SolrQuery q = new SolrQuery("*:*").addFilterQuery(type(Schema.TYPE_FIGURE))
                    .setFields(Schema.ITEM_JSON.fieldName()).setRows(FIGURES)
                    .setSort(Schema.PATH.fieldName(), SolrQuery.ORDER.asc).addSort(Schema.START.fieldName(), SolrQuery.ORDER.asc)
                    .addSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
            forEach(q, d -> each.accept(StoredJson.read(SolrDocuments.string(d, Schema.ITEM_JSON), Figure.class), -1));
        }

        @Override
        public void reports(ReportVisitor each) throws IOException {
            SolrQuery q = new SolrQuery("*:*").addFilterQuery(type(Schema.TYPE_REPORT)).setRows(REPORTS)
                    .setFields(Schema.DOC_ID.fieldName(), Schema.PATH.fieldName(), Schema.TITLE.fieldName(), Schema.BODY.fieldName())
                    .setSort(Schema.PATH.fieldName(), SolrQuery.ORDER.asc).addSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
            Set<String> seen = new HashSet<>();
            List<SolrDocument> batch = new ArrayList<>();
            forEach(q, d -> {
                batch.add(d);
                if (batch.size() == REPORTS) {
                    reportsOf(batch, seen, each);
                    batch.clear();
                }
            });
            reportsOf(batch, seen, each);
        }

        /**
         * Each report's mention units as ingest kept them (no text is read); the reports added by an older build,
         * which have none, are read with their texts afterwards and their units worked out again.
         */
        @Override
        public void mentionUnits(UnitsVisitor each) throws IOException {
            SolrQuery q = new SolrQuery("*:*").addFilterQuery(type(Schema.TYPE_REPORT)).setRows(FIGURES)
                    .setFields(Schema.DOC_ID.fieldName(), Schema.PATH.fieldName(), Schema.MENTION_UNITS.fieldName())
                    .setSort(Schema.PATH.fieldName(), SolrQuery.ORDER.asc).addSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
            Set<String> seen = new HashSet<>();
            List<String> fromText = new ArrayList<>();
            forEach(q, d -> {
                String id = SolrDocuments.string(d, Schema.DOC_ID);
                byte[] kept = SolrWorks.bytes(d.getFirstValue(Schema.MENTION_UNITS.fieldName()));
                MentionUnits units = null;
                if (kept != null) {
                    try {
                        units = MentionUnits.fromBytes(kept, 0, kept.length);
                    } catch (IllegalArgumentException e) {
                        org.slf4j.LoggerFactory.getLogger(SolrCorpus.class).warn(
                                "co-occurrence: report {}: its mention units cannot be read ({}); its text is read instead", id, e.getMessage());
                    }
                }
                if (units == null) {
                    fromText.add(SolrDocuments.string(d, Schema.PATH));
                } else if (seen.add(id)) {
                    each.accept(units);
                }
            });
            for (int from = 0; from < fromText.size(); from += REPORTS) {
                reportsOf(reportsAt(fromText.subList(from, Math.min(fromText.size(), from + REPORTS))), seen,
                        (path, report) -> each.accept(MentionUnits.of(report)));
            }
            if (!fromText.isEmpty() && TOLD_TO_REINDEX.compareAndSet(false, true)) {
                org.slf4j.LoggerFactory.getLogger(SolrCorpus.class).info("co-occurrence: {} reports of collection {} were added "
                        + "by an older build, without their mention units: their texts were read instead; adding them again "
                        + "(ingest into an empty collection) makes the corpus view faster", fromText.size(), collection);
            }
        }

        /** Each report of a batch read (in their order, a content id once), with the mentions of its extraction child. */
        private void reportsOf(List<SolrDocument> reports, Set<String> seen, ReportVisitor each) throws IOException {
            Map<String, List<Mention>> mentions = mentionsOf(reports.stream().map(d -> SolrDocuments.string(d, Schema.PATH)).toList());
            for (SolrDocument d : reports) {
                String id = SolrDocuments.string(d, Schema.DOC_ID);
                if (seen.add(id)) {
                    String path = SolrDocuments.string(d, Schema.PATH);
                    each.accept(path, new DocumentMentions(id, SolrDocuments.string(d, Schema.TITLE), SolrDocuments.string(d, Schema.BODY),
                            mentions.getOrDefault(path, List.of())));
                }
            }
        }

        @Override
        public void reportsMentioning(Predicate<List<Mention>> wanted, ReportVisitor each) throws IOException {
            Map<String, List<Mention>> found = new LinkedHashMap<>(); // path → mentions, by path
            Set<String> seen = new HashSet<>();
            forEach(extractions(), d -> {
                List<Mention> all = mentions(d);
                if (seen.add(SolrDocuments.string(d, Schema.DOC_ID)) && wanted.test(all)) {
                    found.put(SolrDocuments.string(d, Schema.PATH), all);
                }
            });
            List<String> paths = new ArrayList<>(found.keySet());
            for (int from = 0; from < paths.size(); from += REPORTS) {
                List<String> some = paths.subList(from, Math.min(paths.size(), from + REPORTS));
                for (SolrDocument d : reportsAt(some)) {
                    String path = SolrDocuments.string(d, Schema.PATH);
                    each.accept(path, new DocumentMentions(SolrDocuments.string(d, Schema.DOC_ID), SolrDocuments.string(d, Schema.TITLE),
                            SolrDocuments.string(d, Schema.BODY), found.get(path)));
                }
            }
        }

        @Override
        public FigureLoader loader() {
            return SolrCorpus.this::figure;
        }

        @Override
        public void retain() {
        }

        @Override
        public void release() {
        }
    }

    /** Whether a report read from its text has been told of in the log (once per process). */
    private static final java.util.concurrent.atomic.AtomicBoolean TOLD_TO_REINDEX = new java.util.concurrent.atomic.AtomicBoolean();

    /** The report documents at these paths, with their texts, by path. */
    private SolrDocumentList reportsAt(List<String> paths) throws IOException {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(type(Schema.TYPE_REPORT), "{!terms f=" + Schema.PATH.fieldName() + " v=$pm.paths separator=$pm.sep}")
                .setFields(Schema.DOC_ID.fieldName(), Schema.PATH.fieldName(), Schema.TITLE.fieldName(), Schema.BODY.fieldName())
                .setRows(paths.size()).setSort(Schema.PATH.fieldName(), SolrQuery.ORDER.asc);
        q.set("pm.sep", SEPARATOR);
        q.set("pm.paths", String.join(SEPARATOR, paths));
        return query(q).getResults();
    }

    /** A separator no path holds (paths are joined by it in a {@code {!terms}} parameter). */
    private static final String SEPARATOR = "\u001e";

    /** The mentions of the reports at these paths (their extraction children), by path. */
    private Map<String, List<Mention>> mentionsOf(List<String> paths) throws IOException {
        Map<String, List<Mention>> out = new HashMap<>();
        if (paths.isEmpty()) {
            return out;
        }
        SolrQuery q = extractions().addFilterQuery("{!terms f=" + Schema.PATH.fieldName() + " v=$pm.paths separator=$pm.sep}")
                .setRows(paths.size());
        q.set("pm.sep", SEPARATOR);
        q.set("pm.paths", String.join(SEPARATOR, paths));
        for (SolrDocument d : query(q).getResults()) {
            out.put(SolrDocuments.string(d, Schema.PATH), mentions(d));
        }
        return out;
    }

    /** The extraction children (each report's mentions), by path. */
    private static SolrQuery extractions() {
        List<String> fields = new ArrayList<>(List.of(Schema.DOC_ID.fieldName(), Schema.PATH.fieldName()));
        for (EntityType t : EntityType.values()) {
            fields.add(EntityFields.mentions(t).fieldName());
        }
        return new SolrQuery("*:*").addFilterQuery(type(Schema.TYPE_EXTRACTION)).setFields(fields.toArray(String[]::new))
                .setRows(REPORTS * 4).setSort(Schema.PATH.fieldName(), SolrQuery.ORDER.asc).addSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
    }

    /** The regions, organizations and policies of an extraction child, in text order (as the embedded index reads them). */
    private static List<Mention> mentions(SolrDocument d) {
        String docId = SolrDocuments.string(d, Schema.DOC_ID);
        List<Mention> all = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            String json = SolrDocuments.string(d, EntityFields.mentions(t));
            if (json != null) {
                all.addAll(StoredMentions.read(json, t.recordClass(), docId));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /** The figure of report {@code docId} at {@code start..end}, as the collection holds it now. */
    private Figure figure(String docId, int start, int end, int where) {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(type(Schema.TYPE_FIGURE),
                        "{!term f=" + Schema.DOC_ID.fieldName() + " v=$pm.id}", Schema.START.fieldName() + ":" + start)
                .setFields(Schema.ITEM_JSON.fieldName()).setRows(64);
        q.set("pm.id", docId);
        try {
            for (SolrDocument d : query(q).getResults()) {
                Figure f = StoredJson.read(SolrDocuments.string(d, Schema.ITEM_JSON), Figure.class);
                if (f.end() == end) {
                    return f;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new SearchBusyException("report " + docId + " changed while it was compared; try again", 1);
    }

    private interface DocumentVisitor {
        void accept(SolrDocument d) throws IOException;
    }

    /** Every document {@code q} matches, in its order, a page at a time (a cursor). */
    private void forEach(SolrQuery q, DocumentVisitor each) throws IOException {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q);
            for (SolrDocument d : r.getResults()) {
                each.accept(d);
            }
            if (cursor.equals(r.getNextCursorMark())) {
                return;
            }
            cursor = r.getNextCursorMark();
        }
    }

    private static String type(String type) {
        return Schema.TYPE.fieldName() + ":" + type;
    }


    private QueryResponse query(SolrQuery q) throws IOException {
        try {
            return solr.query(collection, q, SolrRequest.METHOD.POST);
        } catch (SolrServerException e) {
            throw new IOException("solr: the comparisons' corpus: " + e.getMessage(), e);
        }
    }
}
