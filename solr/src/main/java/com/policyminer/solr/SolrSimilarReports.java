package com.policyminer.solr;

import com.policyminer.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "More like this" on a SolrCloud collection, as the embedded index makes it ({@code ReportLookup#similar}): Lucene's
 * {@link MoreLikeThis}, with the same settings, picks the report's 40 most telling words of its body, from the
 * collection's statistics rather than one shard's (Solr's own {@code {!mlt}} picks them on each shard, from that
 * shard's counts: two shards would search two different queries). It runs here, in the client, over a reader that
 * answers only what it asks: how many reports have a body and, for each candidate word, how many reports hold it
 * (counted by the collection, live reports). Each shard then scores the words chosen with the collection's
 * statistics ({@code ExactStatsCache}), as the embedded index scores them.
 */
final class SolrSimilarReports {

    /** As the embedded index: the opening 100,000 characters say what a report is about. */
    private static final int MAX_CHARS = 100_000;
    /** Words counted per request. */
    private static final int COUNTS = 200;
    private static final String BODY = Schema.BODY.fieldName();
    private static final String REPORTS = Schema.TYPE.fieldName() + ":" + Schema.TYPE_REPORT;

    private final SolrClient solr;
    private final String collection;
    private final Analyzer analyzer;

    SolrSimilarReports(SolrClient solr, String collection, Analyzer analyzer) {
        this.solr = solr;
        this.collection = collection;
        this.analyzer = analyzer;
    }

    /** The reports most like report {@code id}, best first, with {@code fields}; empty when there is no such report. */
    Optional<SolrDocumentList> similar(String id, int limit, String fields) throws IOException {
        SolrQuery find = new SolrQuery("{!term f=" + Schema.DOC_ID.fieldName() + " v=$pm.id}").addFilterQuery(REPORTS)
                .setFields(BODY).setRows(1).setSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
        find.set("pm.id", id);
        SolrDocumentList found = query(find).getResults();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object body = found.get(0).getFirstValue(BODY);
        String text = body == null ? "" : body.toString();
        text = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;

        // first the words the selection asks about (every count 1), then the selection with the collection's counts
        CollectionCounts asked = new CollectionCounts(1, Map.of());
        like(asked, text);
        CollectionCounts counts = new CollectionCounts(reportsWithBody(), count(asked.asked));
        List<String> words = new ArrayList<>();
        collectWords(like(counts, text), words);

        SolrQuery q = new SolrQuery();
        StringBuilder should = new StringBuilder("{!bool");
        for (int i = 0; i < words.size(); i++) {
            q.set("pm.w" + i, "{!term f=" + BODY + " v=$pm.t" + i + "}");
            q.set("pm.t" + i, words.get(i));
            should.append(" should=$pm.w").append(i);
        }
        q.set("pm.like", should.append('}').toString());
        q.set("pm.id", id);
        q.set("pm.not", "{!term f=" + Schema.DOC_ID.fieldName() + " v=$pm.id}");
        q.set("pm.type", REPORTS);
        q.setQuery("{!bool must=$pm.like filter=$pm.type must_not=$pm.not}");
        q.setFields(fields).setRows(limit);
        if (words.isEmpty()) {
            return Optional.of(new SolrDocumentList());
        }
        return Optional.of(query(q).getResults());
    }

    /** The "more like this" query of {@code text} with these counts. */
    private Query like(CollectionCounts counts, String text) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(counts);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {BODY});
        mlt.setMinTermFreq(2);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(40);
        return mlt.like(BODY, new StringReader(text));
    }

    /** The words of the query, in its order (a boolean query of term queries, possibly boosted). */
    private static void collectWords(Query q, List<String> out) {
        if (q instanceof BooleanQuery b) {
            for (BooleanClause c : b.clauses()) {
                collectWords(c.getQuery(), out);
            }
        } else if (q instanceof org.apache.lucene.search.BoostQuery b) {
            collectWords(b.getQuery(), out);
        } else if (q instanceof TermQuery t) {
            out.add(t.getTerm().text());
        } else {
            throw new IllegalStateException("unexpected clause in a 'more like this' query: " + q);
        }
    }

    /** Reports with a body (the field's document count). */
    private long reportsWithBody() throws IOException {
        SolrQuery q = new SolrQuery(BODY + ":[* TO *]").addFilterQuery(REPORTS).setRows(0);
        return query(q).getResults().getNumFound();
    }

    /** How many reports hold each word in their body, counted over the collection. */
    private Map<String, Integer> count(Set<String> words) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        List<String> all = new ArrayList<>(words);
        for (int from = 0; from < all.size(); from += COUNTS) {
            List<String> some = all.subList(from, Math.min(all.size(), from + COUNTS));
            SolrQuery q = new SolrQuery("*:*").addFilterQuery(REPORTS).setRows(0).setFacet(true);
            for (int i = 0; i < some.size(); i++) {
                q.set("pm.t" + i, some.get(i));
                q.addFacetQuery("{!term f=" + BODY + " v=$pm.t" + i + " key=t" + i + "}");
            }
            Map<String, Integer> counted = query(q).getFacetQuery();
            for (int i = 0; i < some.size(); i++) {
                Integer n = counted == null ? null : counted.get("t" + i);
                out.put(some.get(i), n == null ? 0 : n);
            }
        }
        return out;
    }

    private QueryResponse query(SolrQuery q) throws IOException {
        try {
            return solr.query(collection, q, SolrRequest.METHOD.POST);
        } catch (SolrServerException e) {
            throw new IOException("solr: similar reports: " + e.getMessage(), e);
        }
    }

    /**
     * A reader that knows nothing but the body's document count and the document frequency of some words (what
     * {@link MoreLikeThis} asks of a reader), and remembers the words it was asked about.
     */
    private static final class CollectionCounts extends FilterLeafReader {
        private final long docCount;
        private final Map<String, Integer> docFreq;
        final Set<String> asked = new LinkedHashSet<>();

        /** @param docCount reports with a body; {@code docFreq}: reports holding each word (1 for any word not given) */
        CollectionCounts(long docCount, Map<String, Integer> docFreq) {
            super(EMPTY);
            this.docCount = docCount;
            this.docFreq = docFreq;
        }

        @Override
        public Terms terms(String field) {
            return BODY.equals(field) ? new CountedTerms() : null;
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }

        private final class CountedTerms extends Terms {
            @Override
            public TermsEnum iterator() {
                return new CountedTermsEnum();
            }

            @Override
            public long size() {
                return -1;
            }

            @Override
            public long getSumTotalTermFreq() {
                return -1;
            }

            @Override
            public long getSumDocFreq() {
                return -1;
            }

            @Override
            public int getDocCount() {
                return Math.toIntExact(docCount);
            }

            @Override
            public boolean hasFreqs() {
                return true;
            }

            @Override
            public boolean hasOffsets() {
                return false;
            }

            @Override
            public boolean hasPositions() {
                return true;
            }

            @Override
            public boolean hasPayloads() {
                return false;
            }
        }

        /** Seeks a word exactly, and says how many reports hold it; nothing else. */
        private final class CountedTermsEnum extends BaseTermsEnum {
            private BytesRef term;
            private int freq;

            @Override
            public boolean seekExact(BytesRef text) {
                String word = text.utf8ToString();
                asked.add(word);
                freq = docFreq.isEmpty() ? 1 : docFreq.getOrDefault(word, 0);
                term = freq > 0 ? BytesRef.deepCopyOf(text) : null;
                return freq > 0;
            }

            @Override
            public SeekStatus seekCeil(BytesRef text) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void seekExact(long ord) {
                throw new UnsupportedOperationException();
            }

            @Override
            public BytesRef term() {
                return term;
            }

            @Override
            public long ord() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int docFreq() {
                return freq;
            }

            @Override
            public long totalTermFreq() {
                return freq;
            }

            @Override
            public PostingsEnum postings(PostingsEnum reuse, int flags) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ImpactsEnum impacts(int flags) {
                throw new UnsupportedOperationException();
            }

            @Override
            public BytesRef next() {
                return null;
            }
        }
    }

    /** An index of one empty document: what {@link CollectionCounts} filters (its answers are its own). */
    private static final LeafReader EMPTY = emptyLeaf();

    private static LeafReader emptyLeaf() {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                w.addDocument(new Document());
            }
            return DirectoryReader.open(dir).leaves().get(0).reader();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
