package com.policyminer.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import java.io.IOException;

/**
 * One page of a query's matches in a field's order ({@link IndexSearcher#searchAfter(FieldDoc, Query, int, Sort)}'s
 * answer), found with the sort's own pruning: once the page is full, the sort's comparator says which documents can
 * still enter it (for a keyword field indexed with its doc values, those whose term sorts before the page's last), and
 * only those are visited.
 *
 * <p>{@code IndexSearcher} scores a conjunction of filters (extraction documents ∧ mention type ∧ entity) with
 * Lucene 9.12's {@code ConjunctionBulkScorer}, which ignores that pruning: every match was read and compared to show
 * the first 50 of a region mentioned in 30,000 reports. Here each segment's matches are collected document at a
 * time, following the comparator's competitive iterator.
 */
final class SortedPage {

    private SortedPage() {
    }

    /** The first {@code n} matches of {@code q} after {@code after} (null: from the start) in {@code sort}'s order. */
    static TopFieldDocs of(IndexSearcher s, Query q, int n, FieldDoc after, Sort sort) throws IOException {
        return of(s, q, n, after, sort, null);
    }

    /** As {@link #of(IndexSearcher, Query, int, FieldDoc, Sort)}, counting into {@code collected[0]} the matches compared. */
    static TopFieldDocs of(IndexSearcher s, Query q, int n, FieldDoc after, Sort sort, long[] collected) throws IOException {
        // the total is not asked for: the pruning may start as soon as the page is full
        TopFieldCollector c = new TopFieldCollectorManager(sort, Math.max(1, n), after, Math.max(1, n)).newCollector();
        Weight w = s.createWeight(s.rewrite(q), c.scoreMode(), 1f);
        for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
            LeafCollector leaf;
            try {
                leaf = c.getLeafCollector(ctx);
            } catch (CollectionTerminatedException nothingHere) {
                continue;
            }
            Scorer scorer = w.scorer(ctx);
            if (scorer == null) {
                continue;
            }
            LeafCollector counted = collected == null ? leaf : counting(leaf, collected);
            try {
                docAtATime(counted, scorer, ctx.reader().getLiveDocs());
            } catch (CollectionTerminatedException segmentDone) {
                // the collector needs no more of this segment
            }
            leaf.finish();
        }
        return c.topDocs();
    }

    /**
     * Collects a segment's matches in document order, skipping ahead to the next document the collector can still
     * take (its competitive iterator, which narrows as the page fills), as Lucene's {@code Weight.DefaultBulkScorer}
     * does (not public API).
     */
    private static void docAtATime(LeafCollector collector, Scorer scorer, Bits live) throws IOException {
        collector.setScorer(scorer);
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        DocIdSetIterator competitive = collector.competitiveIterator();
        int doc = approximation.nextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            if (competitive != null) {
                int next = competitive.docID();
                if (next < doc) {
                    next = competitive.advance(doc);
                }
                if (next != doc) {
                    doc = approximation.advance(next);
                    continue;
                }
            }
            if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
                collector.collect(doc);
            }
            doc = approximation.nextDoc();
        }
    }

    private static LeafCollector counting(LeafCollector leaf, long[] collected) {
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
                leaf.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                collected[0]++;
                leaf.collect(doc);
            }

            @Override
            public DocIdSetIterator competitiveIterator() throws IOException {
                return leaf.competitiveIterator();
            }
        };
    }
}
