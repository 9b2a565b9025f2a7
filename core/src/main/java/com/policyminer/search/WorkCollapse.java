package com.policyminer.search;

import com.policyminer.index.Schema;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The collapse stage of a report search: a work (one report in several files) is one hit, its best
 * matching file in the search's own order. One pass over the matches finds, for each work with
 * more than one file, the file that ranks first; the others are then left out of the query
 * ({@link #collapsed}), so the totals, the facet counts, paging and cursors of the search that
 * follows all count works. An index where every work has one file skips the pass.
 */
final class WorkCollapse {

    private WorkCollapse() {
    }

    /** The query without the files that another file of their work outranks, or the query itself when none does. */
    static Query collapsed(IndexSearcher s, Query query, WorkShape works, boolean byDate) throws IOException {
        if (!works.anyMultiFile()) {
            return query;
        }
        // only the files of works with several can be outranked: the pass visits those alone (a conjunction leads with
        // the rarest clause; the collector's competitive iterator alone is not used by a conjunction's bulk scorer,
        // and the pass scored every match); the filter adds nothing to the scores
        Query theirs = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new DocSetQuery(works.multiFileDocs()), BooleanClause.Occur.FILTER)
                .build();
        Best found = s.search(theirs, new CollectorManager<Collector, Best>() {
            @Override
            public Collector newCollector() {
                return new BestPerWork(works, byDate);
            }

            @Override
            public Best reduce(Collection<Collector> collectors) {
                Best all = new Best();
                collectors.forEach(c -> all.mergeFrom(((BestPerWork) c).best));
                return all;
            }
        });
        List<BytesRef> outranked = found.outranked();
        if (outranked.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(Schema.DOC_ID.fieldName(), outranked), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    /** A matching file of a work with its sort key (date, score, content key), and the other matching files. */
    private static final class Best {
        private record Entry(long date, float score, long key, BytesRef id) {
            boolean before(Entry o, boolean byDate) {
                if (byDate && date != o.date) {
                    return date > o.date;
                }
                if (score != o.score) {
                    return score > o.score;
                }
                return key < o.key;
            }
        }

        private final Map<Integer, Entry> best = new HashMap<>();
        private final List<BytesRef> losers = new ArrayList<>();
        private boolean byDate;

        void offer(int work, Entry e) {
            Entry current = best.get(work);
            if (current == null) {
                best.put(work, e);
            } else if (e.before(current, byDate)) {
                losers.add(current.id());
                best.put(work, e);
            } else {
                losers.add(e.id());
            }
        }

        void mergeFrom(Best other) {
            byDate = other.byDate;
            losers.addAll(other.losers);
            other.best.forEach(this::offer);
        }

        List<BytesRef> outranked() {
            return losers.stream().distinct().toList();
        }
    }

    private static final class BestPerWork implements Collector {
        private final int[] workOrdinal;
        private final int[] sizes;
        private final FixedBitSet multiFileDocs;
        private final Best best = new Best();

        BestPerWork(WorkShape works, boolean byDate) {
            this.workOrdinal = works.view().workOrdinal();
            this.sizes = works.sizes();
            this.multiFileDocs = works.multiFileDocs();
            best.byDate = byDate;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            if (!anyIn(multiFileDocs, context.docBase, context.reader().maxDoc())) {
                // no file of a work with several here: the segment is skipped before its doc values and scorers are made
                throw new CollectionTerminatedException();
            }
            SortedDocValues ids = context.reader().getSortedDocValues(Schema.DOC_ID.fieldName());
            NumericDocValues keys = context.reader().getNumericDocValues(Schema.DOC_KEY.fieldName());
            // the date only orders a search by date (decoding it for every file of a work was most of this pass)
            NumericDocValues dates = best.byDate ? context.reader().getNumericDocValues(Schema.DATE.fieldName()) : null;
            int base = context.docBase;
            DocIdSetIterator competitive = slice(multiFileDocs, base, context.reader().maxDoc());
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                /** Only the reports of works with several files matter: the scorer may skip the rest. */
                @Override
                public DocIdSetIterator competitiveIterator() {
                    return competitive;
                }

                @Override
                public void collect(int doc) throws IOException {
                    int top = base + doc;
                    int work = top < workOrdinal.length ? workOrdinal[top] : -1;
                    if (work < 0 || sizes[work] < 2 || ids == null || !ids.advanceExact(doc)) {
                        return;
                    }
                    long key = keys != null && keys.advanceExact(doc) ? keys.longValue() : 0;
                    long date = dates != null && dates.advanceExact(doc) ? dates.longValue() : Long.MIN_VALUE;
                    BytesRef id = BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue()));
                    best.offer(work, new Best.Entry(date, scorer.score(), key, id));
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }

    /** Whether {@code docs} (top-level numbers) has a document in the segment of {@code maxDoc} documents from {@code base}. */
    static boolean anyIn(FixedBitSet docs, int base, int maxDoc) {
        int end = Math.min(base + maxDoc, docs.length());
        return base < end && docs.nextSetBit(base) < end;
    }

    /** The set bits of {@code docs} (top-level numbers) in one segment, as the segment's document numbers. */
    static DocIdSetIterator slice(FixedBitSet docs, int base, int maxDoc) {
        return slice(docs, base, maxDoc, Math.max(0, Math.min(base + maxDoc, docs.length()) - base));
    }

    /** As {@link #slice(FixedBitSet, int, int)}, with the cost it reports (at most how many documents it gives). */
    static DocIdSetIterator slice(FixedBitSet docs, int base, int maxDoc, long cost) {
        int end = Math.min(base + maxDoc, docs.length());
        return new DocIdSetIterator() {
            private int doc = -1;

            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() {
                return advance(doc + 1);
            }

            @Override
            public int advance(int target) {
                // compared before adding the segment's base: a conjunction may ask for NO_MORE_DOCS (Integer.MAX_VALUE)
                int next = target >= end - base ? NO_MORE_DOCS : docs.nextSetBit(base + target);
                doc = next == NO_MORE_DOCS || next >= end ? NO_MORE_DOCS : next - base;
                return doc;
            }

            @Override
            public long cost() {
                return cost;
            }
        };
    }
}
