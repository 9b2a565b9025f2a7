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

import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The write port on a SolrCloud collection: each report is one nested document ({@link SolrDocuments}), so an
 * upsert replaces the report with its figures and extraction in one update, and a delete removes the block. An update
 * the cluster cannot take for a while (a node down) is tried again, not lost.
 */
public final class SolrIndexBackend implements IndexBackend {

    private static final Logger LOG = LoggerFactory.getLogger(SolrIndexBackend.class);

    private final SolrClient solr;
    private final String collection;

    public SolrIndexBackend(SolrClient solr, String collection) {
        this.solr = solr;
        this.collection = collection;
    }

    /** How long an update is tried again while the cluster cannot take it (a node down, a shard electing its leader). */
    static final Duration RETRY_FOR = Duration.ofSeconds(60);

    private interface Update {
        void run() throws SolrServerException, IOException;
    }

    /**
     * Runs an update, again and again (waits growing to 2 s) while the cluster fails it for a reason that passes
     * (no connection, no leader, a 5xx), for {@link #RETRY_FOR} at most; a request the cluster refuses (4xx) fails at
     * once. Updates are idempotent (a report's block is keyed by its path), so a retried one is never there twice.
     */
    private void retried(String what, Update update) throws IOException {
        long end = System.nanoTime() + RETRY_FOR.toNanos();
        long wait = 200;
        while (true) {
            try {
                update.run();
                return;
            } catch (SolrServerException | IOException | SolrException e) {
                if (e instanceof SolrException se && se.code() >= 400 && se.code() < 500) {
                    throw new IOException("solr: " + what + ": " + e.getMessage(), e);
                }
                if (System.nanoTime() - end > 0) {
                    throw new IOException("solr: " + what + " failed for " + RETRY_FOR.toSeconds() + " s: " + e.getMessage(), e);
                }
                LOG.warn("solr: {} failed ({}); trying again in {} ms", what, e.getMessage(), wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw new IOException("solr: " + what + ": interrupted", stop);
                }
                wait = Math.min(2000, wait * 2);
            }
        }
    }

    @Override
    public void upsert(IndexedReport report) throws IOException {
        // the block's root is the report: re-adding it replaces the old block (children included)
        var block = SolrDocuments.block(report);
        retried("upsert of " + report.analyzed().document().path(), () -> solr.add(collection, block));
    }

    @Override
    public void deleteByPath(String path) throws IOException {
        retried("delete of " + path, () -> solr.deleteByQuery(collection, "{!term f=_root_}" + path));
    }

    @Override
    public void commit() throws IOException {
        retried("commit", () -> solr.commit(collection));
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
