package com.policyminer.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A search's term queries with their terms looked up once in the searcher's reader ({@link TermStates}: each segment's
 * place of the term and its statistics). Lucene looks a term up again for every weight made of its query, and a report
 * search makes three of the same words: the collapse pass, the pass over the matches and the highlighter's. The
 * queries are equal to the ones given (a term query's equality and text do not include its states) and score the
 * same: the statistics are the reader's either way. Only term queries under boolean and boost queries are looked up;
 * the rest are left to Lucene.
 */
final class LookedUpTerms {

    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new HashMap<>();

    LookedUpTerms(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** {@code q} with its term queries carrying their looked-up terms. */
    Query apply(Query q) throws IOException {
        if (q instanceof TermQuery t) {
            TermStates found = states.get(t.getTerm());
            if (found == null) {
                found = TermStates.build(searcher, t.getTerm(), true);
                states.put(t.getTerm(), found);
            }
            return new TermQuery(t.getTerm(), found);
        }
        if (q instanceof BoostQuery b) {
            return new BoostQuery(apply(b.getQuery()), b.getBoost());
        }
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                out.add(apply(c.getQuery()), c.getOccur());
            }
            return out.build();
        }
        return q;
    }
}
