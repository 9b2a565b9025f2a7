package com.policyminer.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The matching documents of a search, one bit set per segment, for the facet counts. Lucene's {@code FacetsCollector}
 * gathers them in a {@code DocIdSetBuilder}, which buffers document numbers and sorts them before it turns dense;
 * a broad query matches a third of the reports, so a bit set from the first match is the cheaper way (at 20,000
 * reports the builder's buffer was 8% of a broad search's samples).
 */
final class MatchSet implements Collector {

    /** The matches of one segment. */
    record Leaf(LeafReaderContext context, FixedBitSet docs, int count) {
    }

    private final List<Leaf> leaves = new ArrayList<>();

    /** The segments with their matches, in the order they were searched (a segment without matches too). */
    List<Leaf> leaves() {
        return leaves;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
        FixedBitSet docs = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
        return new LeafCollector() {
            private int count;

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) {
                docs.set(doc);
                count++;
            }

            @Override
            public void finish() {
                leaves.add(new Leaf(context, docs, count));
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** One collector per slice of the index; the segments of all of them together. */
    static CollectorManager<MatchSet, MatchSet> manager() {
        return new CollectorManager<>() {
            @Override
            public MatchSet newCollector() {
                return new MatchSet();
            }

            @Override
            public MatchSet reduce(Collection<MatchSet> collectors) {
                MatchSet all = new MatchSet();
                collectors.forEach(c -> all.leaves.addAll(c.leaves));
                return all;
            }
        };
    }
}
