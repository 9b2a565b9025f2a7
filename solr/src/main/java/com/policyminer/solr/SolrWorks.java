package com.policyminer.solr;

import com.policyminer.index.Schema;
import com.policyminer.model.Provenance;
import com.policyminer.search.CorpusSource;
import com.policyminer.search.WorkCatalog;
import com.policyminer.works.IncrementalGrouper;
import com.policyminer.works.TextFingerprint;
import com.policyminer.works.WorkGrouper;
import com.policyminer.works.Works;
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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The works of a SolrCloud collection, kept per collection version (its document count and highest
 * {@code _version_}, as {@link SolrCorpus}): each new version reads every report's fingerprint, path, file name,
 * provenance, collections and tags with a cursor (the values the embedded index reads from its doc values), and
 * groups them with the embedded index's code ({@link IncrementalGrouper}, which compares only the reports added,
 * changed or removed since the last version). A pair whose estimate is near the rule is verified on the reports'
 * stored texts, read from the collection when needed. The view has no document numbers ({@code workOrdinal} is
 * empty): search collapses by content id ({@link SolrSearchService}).
 */
final class SolrWorks {

    /** Reports read per request. */
    private static final int PAGE = 1000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] FIELDS = {Schema.DOC_ID.fieldName(), Schema.PATH.fieldName(), Schema.FILE_NAME.fieldName(),
            Schema.FINGERPRINT.fieldName(), Schema.SOURCE_URL.fieldName(), Schema.UPLOADER.fieldName(),
            Schema.UPLOADED_AT.fieldName(), Schema.COLLECTION.fieldName(), Schema.TAG.fieldName()};

    private final SolrClient solr;
    private final String collection;
    private final CorpusSource versions;
    private final IncrementalGrouper grouper = new IncrementalGrouper();

    /** The works as of one collection version. */
    private record Kept(Object version, WorkCatalog.View view) {
    }

    private volatile Kept kept;

    SolrWorks(SolrClient solr, String collection, CorpusSource versions) {
        this.solr = solr;
        this.collection = collection;
        this.versions = versions;
    }

    /**
     * The works as of the collection's current version: the version is asked for at each call (searches ask at once),
     * the works read and grouped again only when it changed (one reading at a time).
     */
    WorkCatalog.View get() throws IOException {
        CorpusSource.Version now = versions.current();
        Object id = now.id();
        now.release();
        Kept k = kept;
        if (k != null && k.version().equals(id)) {
            return k.view();
        }
        synchronized (this) {
            k = kept;
            if (k == null || !k.version().equals(id)) {
                k = new Kept(id, load());
                kept = k;
            }
            return k.view();
        }
    }

    private WorkCatalog.View load() throws IOException {
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        Map<String, WorkGrouper.File> files = new HashMap<>();
        Map<String, Provenance> provenance = new HashMap<>();
        Map<String, List<String>> collections = new HashMap<>();
        Map<String, List<String>> tags = new HashMap<>();
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(Schema.TYPE.fieldName() + ":" + Schema.TYPE_REPORT)
                .setFields(FIELDS).setRows(PAGE).setSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q);
            for (SolrDocument d : r.getResults()) {
                byte[] print = bytes(d.getFirstValue(Schema.FINGERPRINT.fieldName()));
                if (print == null) {
                    continue;
                }
                String id = string(d, Schema.DOC_ID);
                String path = string(d, Schema.PATH);
                String name = string(d, Schema.FILE_NAME);
                files.put(id, new WorkGrouper.File(id, path, name, TextFingerprint.fromBytes(print, 0, print.length)));
                Object at = d.getFirstValue(Schema.UPLOADED_AT.fieldName());
                provenance.put(id, new Provenance(path, name,
                        at == null ? null : java.time.Instant.ofEpochMilli(((Number) at).longValue()).toString(),
                        blankIsNull(string(d, Schema.SOURCE_URL)), blankIsNull(string(d, Schema.UPLOADER))));
                List<String> in = strings(d, Schema.COLLECTION);
                if (!in.isEmpty()) {
                    collections.put(id, in);
                }
                List<String> with = strings(d, Schema.TAG);
                if (!with.isEmpty()) {
                    tags.put(id, with);
                }
            }
            if (cursor.equals(r.getNextCursorMark())) {
                break;
            }
            cursor = r.getNextCursorMark();
        }
        Works works = grouper.update(files.values(), exactJaccard());
        Map<String, Integer> ordinalOfWork = new HashMap<>();
        for (int i = 0; i < works.works().size(); i++) {
            ordinalOfWork.put(works.works().get(i).id(), i);
        }
        return new WorkCatalog.View(works, new int[0], works.workOfDocument(), ordinalOfWork, provenance, collections, tags,
                (System.nanoTime() - t0) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
    }

    /** The exact shingle similarity of two reports, from their stored texts (read for the few pairs near the rule). */
    private WorkGrouper.ExactJaccard exactJaccard() {
        Map<String, long[]> shingles = new HashMap<>();
        java.util.function.Function<String, long[]> read = id -> {
            SolrQuery q = new SolrQuery("*:*").addFilterQuery(Schema.TYPE.fieldName() + ":" + Schema.TYPE_REPORT,
                    "{!term f=" + Schema.DOC_ID.fieldName() + " v=$pm.id}").setFields(Schema.BODY.fieldName()).setRows(1);
            q.set("pm.id", id);
            try {
                SolrDocumentList found = query(q).getResults();
                String text = found.isEmpty() ? null : string(found.get(0), Schema.BODY);
                return TextFingerprint.shingleSet(text == null ? "" : text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return (a, b) -> TextFingerprint.jaccard(shingles.computeIfAbsent(a.docId(), read), shingles.computeIfAbsent(b.docId(), read));
    }

    /** A binary field's value as SolrJ returns it (bytes, a buffer, or base64 text), null when absent. */
    static byte[] bytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof java.nio.ByteBuffer bb) {
            byte[] b = new byte[bb.remaining()];
            bb.duplicate().get(b);
            return b;
        }
        return v == null ? null : java.util.Base64.getDecoder().decode(v.toString());
    }

    private static List<String> strings(SolrDocument d, Schema f) {
        Collection<Object> values = d.getFieldValues(f.fieldName());
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.toString()));
        // in the doc values' order (UTF-8 bytes), as the embedded index reads them
        out.sort((x, y) -> new org.apache.lucene.util.BytesRef(x).compareTo(new org.apache.lucene.util.BytesRef(y)));
        return List.copyOf(out);
    }

    private static String blankIsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String string(SolrDocument d, Schema f) {
        Object v = d.getFirstValue(f.fieldName());
        return v == null ? "" : v.toString();
    }

    private QueryResponse query(SolrQuery q) throws IOException {
        try {
            return solr.query(collection, q, SolrRequest.METHOD.POST);
        } catch (SolrServerException e) {
            throw new IOException("solr: the works: " + e.getMessage(), e);
        }
    }
}
