package com.policyminer.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.io.IOException;

/**
 * What building a report query asks of the index: how many documents a query matches, and whether a term is
 * in any. The embedded index answers from its searcher ({@link #of}); a sharded backend answers for the whole
 * collection, so every shard builds the same query (see the Solr module's {@code ReplayedCounts}).
 */
public interface IndexCounts {

    long count(Query q) throws IOException;

    /** True when some document has the term (its document frequency is not zero). */
    boolean hasTerm(Term t) throws IOException;

    static IndexCounts of(IndexSearcher s) {
        return new IndexCounts() {
            @Override
            public long count(Query q) throws IOException {
                return s.count(q);
            }

            @Override
            public boolean hasTerm(Term t) throws IOException {
                return s.getIndexReader().docFreq(t) > 0;
            }
        };
    }
}
