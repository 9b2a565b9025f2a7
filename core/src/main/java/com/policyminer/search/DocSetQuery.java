package com.policyminer.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of a bit set over one reader's top-level document numbers, as a query (constant score, for a
 * filter clause): a conjunction leads with it when it is the rarest clause, so a query restricted to a few
 * documents visits those alone. Only for the reader the set was made for; never cached (the set is one view's).
 */
final class DocSetQuery extends Query {

    private final FixedBitSet docs;
    /** How many documents the set has: the cost of each segment's part at most (a conjunction leads with the cheapest). */
    private final long size;

    DocSetQuery(FixedBitSet docs) {
        this.docs = docs;
        this.size = docs.cardinality();
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                int maxDoc = context.reader().maxDoc();
                if (!WorkCollapse.anyIn(docs, context.docBase, maxDoc)) {
                    return null; // none here: a conjunction with it makes no scorers for this segment
                }
                DocIdSetIterator it = WorkCollapse.slice(docs, context.docBase, maxDoc, Math.min(size, maxDoc));
                return new ConstantScoreScorer(this, score(), scoreMode, it);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocSetQuery(" + size + " docs)";
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
