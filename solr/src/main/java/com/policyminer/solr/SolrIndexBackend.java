package com.policyminer.solr;

import com.policyminer.index.IndexBackend;
import com.policyminer.index.IndexedReport;
import com.policyminer.index.Schema;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The write port on a SolrCloud collection: each report is one nested document ({@link SolrDocuments}), so an
 * upsert replaces the report with its figures and extraction in one update, and a delete removes the block.
 */
public final class SolrIndexBackend implements IndexBackend {

    private final SolrClient solr;
    private final String collection;

    public SolrIndexBackend(SolrClient solr, String collection) {
        this.solr = solr;
        this.collection = collection;
    }

    @Override
    public void upsert(IndexedReport report) throws IOException {
        try {
            // the block's root is the report: re-adding it replaces the old block (children included)
            solr.add(collection, SolrDocuments.block(report));
        } catch (SolrServerException e) {
            throw new IOException("solr: upsert of " + report.analyzed().document().path() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void deleteByPath(String path) throws IOException {
        try {
            solr.deleteByQuery(collection, "{!term f=_root_}" + path);
        } catch (SolrServerException e) {
            throw new IOException("solr: delete of " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void commit() throws IOException {
        try {
            solr.commit(collection);
        } catch (SolrServerException e) {
            throw new IOException("solr: commit: " + e.getMessage(), e);
        }
    }

    /** The collection's schema comes from the checked-in configset, which a test keeps equal to the schema. */
    @Override
    public boolean isStale() {
        return false;
    }

    @Override
    public void markCurrent() throws IOException {
        commit();
    }

    @Override
    public Map<String, String> indexedReports() throws IOException {
        Map<String, String> out = new TreeMap<>();
        SolrQuery q = new SolrQuery(Schema.TYPE.fieldName() + ":" + Schema.TYPE_REPORT)
                .setFields(Schema.PATH.fieldName(), Schema.DOC_ID.fieldName())
                .setRows(1000)
                .setSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        try {
            while (true) {
                q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
                QueryResponse r = solr.query(collection, q);
                for (SolrDocument d : r.getResults()) {
                    out.put((String) d.getFirstValue(Schema.PATH.fieldName()), (String) d.getFirstValue(Schema.DOC_ID.fieldName()));
                }
                if (cursor.equals(r.getNextCursorMark())) {
                    return out;
                }
                cursor = r.getNextCursorMark();
            }
        } catch (SolrServerException e) {
            throw new IOException("solr: list of reports: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // the client belongs to the caller
    }
}
