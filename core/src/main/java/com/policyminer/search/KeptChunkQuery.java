package com.policyminer.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.Arrays;

/**
 * A chunk of a query scored from {@link KeptChunkScores}: the same matches and the same scores as the chunk itself,
 * read from arrays instead of its postings and norms. Without scores (a count, a filter) it is the chunk's own weight;
 * matches and explanations are the chunk's. Its text is the chunk's, as a clause of a boolean query shows it.
 */
final class KeptChunkQuery extends Query {

    private final Query chunk;
    private final KeptChunkScores kept;

    KeptChunkQuery(Query chunk, KeptChunkScores kept) {
        this.chunk = chunk;
        this.kept = kept;
    }

    Query chunk() {
        return chunk;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = chunk.rewrite(searcher);
        return rewritten == chunk ? this : new KeptChunkQuery(rewritten, kept);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return searcher.createWeight(chunk, scoreMode, boost);
        }
        // the weight a conjunction's pass gives the chunk (it collects every match, sorted by score)
        Weight weight = searcher.createWeight(chunk, ScoreMode.COMPLETE, boost);
        KeptChunkScores.Scores scores = kept.scores(searcher, chunk, weight, boost);
        return scores == null ? weight : new KeptWeight(this, weight, scores);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        chunk.visit(visitor);
    }

    @Override
    public String toString(String field) {
        // as a boolean query's clause shows a boolean chunk: in brackets (so a query's text is the same kept or not)
        return chunk instanceof BooleanQuery ? "(" + chunk.toString(field) + ")" : chunk.toString(field);
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && ((KeptChunkQuery) o).chunk.equals(chunk) && ((KeptChunkQuery) o).kept == kept;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + chunk.hashCode();
    }

    private static final class KeptWeight extends Weight {
        private final Weight chunk;
        private final KeptChunkScores.Scores scores;

        KeptWeight(Query query, Weight chunk, KeptChunkScores.Scores scores) {
            super(query);
            this.chunk = chunk;
            this.scores = scores;
        }

        @Override
        public Scorer scorer(LeafReaderContext leaf) {
            KeptChunkScores.Leaf l = scores.leaves().get(leaf.ord);
            return l.docs().length == 0 ? null : new KeptScorer(this, l);
        }

        @Override
        public Matches matches(LeafReaderContext leaf, int doc) throws IOException {
            return chunk.matches(leaf, doc);
        }

        @Override
        public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
            return chunk.explain(leaf, doc);
        }

        @Override
        public int count(LeafReaderContext leaf) throws IOException {
            return chunk.count(leaf);
        }

        @Override
        public boolean isCacheable(LeafReaderContext leaf) {
            return false; // it carries scores; the query cache keeps filters only
        }
    }

    /** A segment's kept matches in doc order, advanced by galloping then binary search. */
    static final class KeptScorer extends Scorer {
        private final int[] docs;
        private final float[] scores;
        private final float max;
        private int i = -1;
        private int doc = -1;

        KeptScorer(Weight weight, KeptChunkScores.Leaf leaf) {
            super(weight);
            this.docs = leaf.docs();
            this.scores = leaf.scores();
            this.max = leaf.max();
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public float score() {
            return scores[i];
        }

        @Override
        public float getMaxScore(int upTo) {
            return max;
        }

        @Override
        public DocIdSetIterator iterator() {
            return new DocIdSetIterator() {
                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return at(i + 1);
                }

                @Override
                public int advance(int target) {
                    if (i + 1 >= docs.length) {
                        return at(docs.length);
                    }
                    int lo = i + 1;
                    int hi = lo;
                    int step = 1;
                    while (hi < docs.length && docs[hi] < target) { // gallop: below target up to lo
                        lo = hi + 1;
                        hi += step;
                        step <<= 1;
                    }
                    int found = Arrays.binarySearch(docs, lo, Math.min(hi + 1, docs.length), target);
                    return at(found >= 0 ? found : -found - 1);
                }

                @Override
                public long cost() {
                    return docs.length;
                }
            };
        }

        private int at(int index) {
            i = index;
            doc = index < docs.length ? docs[index] : DocIdSetIterator.NO_MORE_DOCS;
            return doc;
        }
    }
}
