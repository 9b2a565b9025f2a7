package com.policyminer.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.io.IOException;

/**
 * A query's own score plus a constant: the tiers of a relaxed query ({@link PlainQuery}), where every
 * chunk a report matches adds {@link PlainQuery#TIER} and an exact match a little more, so a report
 * that matches more chunks always ranks first and BM25 orders reports within a tier.
 */
final class ScorePlus extends DoubleValuesSource {

    private final double plus;

    private ScorePlus(double plus) {
        this.plus = plus;
    }

    static Query of(Query q, double plus) {
        return new FunctionScoreQuery(q, new ScorePlus(plus));
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
        return new DoubleValues() {
            @Override
            public double doubleValue() throws IOException {
                return scores.doubleValue() + plus;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                return scores.advanceExact(doc);
            }
        };
    }

    @Override
    public boolean needsScores() {
        return true;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public Explanation explain(LeafReaderContext ctx, int docId, Explanation scoreExplanation) {
        return Explanation.match((float) (scoreExplanation.getValue().doubleValue() + plus),
                "score + " + plus, scoreExplanation);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(plus);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScorePlus other && other.plus == plus;
    }

    @Override
    public String toString() {
        return "score+" + plus;
    }
}
