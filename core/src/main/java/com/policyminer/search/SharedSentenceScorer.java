package com.policyminer.search;

import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.io.IOException;

/**
 * {@link SharedSentenceQuery} in one segment: the documents the inner scorer matches, each followed by the figures of
 * its run (the documents right after it whose {@code sentence_lead} points back at it). The inner scorer stays on a
 * run's first figure while the run's other figures are returned, so {@link #score()} is that figure's score for all
 * of them. Runs are contiguous and their other figures have no sentence words (the inner query never matches them),
 * so the inner iterator only moves forward: advancing into the middle of a run looks at the run's first figure
 * once, which lies behind the target but after every document the inner iterator was on.
 */
final class SharedSentenceScorer extends Scorer {

    private final Scorer inner;
    private final DocIdSetIterator matches;
    /** Null: no figure in this segment shares another's sentence. */
    private final NumericDocValues leads;
    private final int maxDoc;
    private int doc = -1;

    SharedSentenceScorer(Weight weight, Scorer inner, NumericDocValues leads, int maxDoc) {
        super(weight);
        this.inner = inner;
        this.matches = inner.iterator();
        this.leads = leads;
        this.maxDoc = maxDoc;
    }

    @Override
    public int docID() {
        return doc;
    }

    /** The inner scorer's score where it stands: on this document, or on the first figure of this document's run. */
    @Override
    public float score() throws IOException {
        return inner.score();
    }

    /** A bound for every document: a run's figures score as its first one, which may lie before {@code upTo}'s range. */
    @Override
    public float getMaxScore(int upTo) {
        return Float.MAX_VALUE;
    }

    @Override
    public DocIdSetIterator iterator() {
        return new DocIdSetIterator() {
            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() throws IOException {
                return advance(doc + 1);
            }

            @Override
            public int advance(int target) throws IOException {
                return doc = next(target);
            }

            @Override
            public long cost() {
                return matches.cost();
            }
        };
    }

    /** The first match at or after {@code target}. */
    private int next(int target) throws IOException {
        if (target >= maxDoc) {
            return DocIdSetIterator.NO_MORE_DOCS;
        }
        int m = matches.docID(); // never past the previous match, so before target
        if (leads != null && m < target && leads.advanceExact(target)) {
            long back = leads.longValue();
            if (back > 0 && back <= target) {
                int lead = target - (int) back;
                if (m < lead) {
                    m = matches.advance(lead);
                }
                if (m == lead) {
                    return target;
                }
            }
        }
        return m < target ? matches.advance(target) : m;
    }
}
