package com.policyminer.search;

import com.policyminer.index.Schema;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * The first matches of a query in reading order (by path, then start, then document: the figures' "document" sort),
 * found by walking the paths in order and taking each one's matches, instead of comparing every match: a page of a
 * region's 120,000 figures reads a hundred reports' blocks, not 120,000 sort values.
 *
 * <p>A walk is worth it when the matches are dense in path order; {@link #first} says no (null) when the matches
 * expected per path are too few for the page to fill soon, when the walk outgrows its budget (the matches were
 * where they were not expected), or when a document might lack a path (the walk would not see it); the caller then
 * sorts every match, as before.
 */
final class PathOrderPage {

    /** Paths walked, at most, per match the sort would have compared: what a walk may cost before sorting wins. */
    static final double PATHS_PER_MATCH = 1 / 16.0;
    /** A walk may always take this many paths. */
    static final int MIN_PATHS = 64;

    private PathOrderPage() {
    }

    /**
     * The first {@code n} matches of {@code w} (global document numbers, in reading order), or null when walking the
     * paths would cost more than sorting the {@code total} matches or {@code stop} says so (a deadline passed).
     */
    static int[] first(IndexSearcher s, Weight w, int n, long total, BooleanSupplier stop) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        long paths = 0;
        for (LeafReaderContext ctx : leaves) {
            Terms terms = ctx.reader().terms(Schema.PATH.fieldName());
            if (terms == null ? ctx.reader().maxDoc() > 0
                    : terms.getDocCount() != ctx.reader().maxDoc() || terms.getSumDocFreq() != terms.getDocCount() || terms.size() < 0) {
                return null; // a document without one path: the walk would not find it
            }
            paths += terms == null ? 0 : terms.size();
        }
        if (n <= 0 || total <= 0) {
            return new int[0];
        }
        long budget = Math.max(MIN_PATHS, (long) (total * PATHS_PER_MATCH));
        if ((double) n * paths / total > budget) {
            return null; // too few matches per path: the page would fill late
        }
        return walk(s, w, n, budget, stop);
    }

    /** The first {@code n} matches, walking at most {@code budget} paths (null when they do not hold them, or on {@code stop}). */
    static int[] walk(IndexSearcher s, Weight w, int n, long budget, BooleanSupplier stop) throws IOException {
        PriorityQueue<Cursor> byPath = new PriorityQueue<>((a, b) -> a.term.compareTo(b.term));
        for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
            Terms terms = ctx.reader().terms(Schema.PATH.fieldName());
            if (terms != null) {
                Cursor c = new Cursor(ctx, w, terms.iterator());
                if (c.next()) {
                    byPath.add(c);
                }
            }
        }
        List<long[]> found = new ArrayList<>(); // {start, global doc}
        List<long[]> ofPath = new ArrayList<>();
        long walked = 0;
        while (!byPath.isEmpty() && found.size() < n) {
            if (++walked > budget || walked % 64 == 0 && stop.getAsBoolean()) {
                return null;
            }
            BytesRef path = BytesRef.deepCopyOf(byPath.peek().term);
            ofPath.clear();
            while (!byPath.isEmpty() && byPath.peek().term.equals(path)) { // the same path in several segments (an old copy deleted)
                Cursor c = byPath.poll();
                c.matchesOfTerm(ofPath);
                if (c.next()) {
                    byPath.add(c);
                }
            }
            ofPath.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            found.addAll(ofPath);
        }
        int[] out = new int[Math.min(n, found.size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) found.get(i)[1];
        }
        return out;
    }

    /** One segment's paths in order, and which of their documents match. */
    private static final class Cursor {
        private final LeafReaderContext ctx;
        private final Weight weight;
        private final TermsEnum terms;
        private final Bits live;
        private BytesRef term;
        private PostingsEnum postings;
        /** The matches in document order, while the paths asked for come in document order too. */
        private DocIdSetIterator approximation;
        private TwoPhaseIterator twoPhase;
        private boolean noMatches;
        /** Every match of the segment, once a path came before the one read last. */
        private FixedBitSet all;
        private NumericDocValues starts;

        Cursor(LeafReaderContext ctx, Weight weight, TermsEnum terms) {
            this.ctx = ctx;
            this.weight = weight;
            this.terms = terms;
            this.live = ctx.reader().getLiveDocs();
        }

        boolean next() throws IOException {
            term = terms.next();
            return term != null;
        }

        /** Adds {start, global doc} of each live match among the current path's documents. */
        void matchesOfTerm(List<long[]> out) throws IOException {
            postings = terms.postings(postings, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if ((live == null || live.get(d)) && matches(d)) {
                    out.add(new long[] {start(d), ctx.docBase + d});
                }
            }
        }

        private boolean matches(int d) throws IOException {
            if (all != null) {
                return all.get(d);
            }
            if (approximation == null && !noMatches) {
                Scorer scorer = weight.scorer(ctx);
                noMatches = scorer == null;
                if (scorer != null) {
                    twoPhase = scorer.twoPhaseIterator();
                    approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
                }
            }
            if (noMatches) {
                return false;
            }
            int at = approximation.docID();
            if (at > d) { // a path earlier in the segment: every match marked once, then looked up
                all = everyMatch();
                return all.get(d);
            }
            if (at < d) {
                at = approximation.advance(d);
            }
            return at == d && (twoPhase == null || twoPhase.matches());
        }

        private FixedBitSet everyMatch() throws IOException {
            FixedBitSet bits = new FixedBitSet(ctx.reader().maxDoc());
            Scorer scorer = weight.scorer(ctx);
            TwoPhaseIterator tp = scorer.twoPhaseIterator();
            DocIdSetIterator it = tp == null ? scorer.iterator() : tp.approximation();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (tp == null || tp.matches()) {
                    bits.set(d);
                }
            }
            return bits;
        }

        /** The figure's start (0 when it has none, as the sort takes it). */
        private long start(int d) throws IOException {
            if (starts == null || starts.docID() > d) {
                starts = ctx.reader().getNumericDocValues(Schema.START.fieldName());
            }
            return starts != null && starts.advanceExact(d) ? starts.longValue() : 0;
        }
    }
}
