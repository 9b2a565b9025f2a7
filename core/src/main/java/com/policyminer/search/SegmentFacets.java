package com.policyminer.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;

/**
 * One segment's facet values, read once from its doc values and laid out for counting: the documents that have
 * any ({@link #withValues}, deleted ones too: a segment's core does not know its deletions) are numbered by their
 * rank among them (the index holds about 37 documents per report at 100,000 generated reports, most of them figure and mention documents, which have none). A value
 * that many of them have (one in {@value #FREQUENT} or more: the years, the formats, the most named regions …) is
 * kept as a bit set over the ranks, counted by intersecting it with the matches' ranks, 64 reports a step; the
 * other values are listed report after report ({@link LeafFacets} maps them to the reader's ordinals and counts them).
 */
final class SegmentFacets {

    /**
     * A value held by at least one report in this many is counted by bit set intersection. At 100,000 generated reports
     * (a segment's counts fit the CPU's nearest cache, so a listed value costs one increment per matching report, while
     * a bit set costs its whole length, read from memory, per search) one in 16 was 3.5% cheaper a search than one in
     * 32 (154 bit sets instead of 338 in the largest segment, 15 listed values a report instead of 7), as was one in 8.
     */
    static final int FREQUENT = 16;

    /** The documents with values, in order; a document's rank is its place here. */
    private final int[] withValues;
    /** The other values of the document of rank {@code i} are {@code ords[start[i] .. start[i + 1])}. */
    private final int[] start;
    private final int[] ords;
    /** Each other value's count over all documents with values (0 for a frequent value). */
    private final int[] otherTotals;
    /** The frequent values, and for each, the ranks of the documents that have it. */
    private final int[] frequent;
    private final FixedBitSet[] frequentRanks;

    private SegmentFacets(int[] withValues, int[] start, int[] ords, int[] otherTotals, int[] frequent, FixedBitSet[] frequentRanks) {
        this.withValues = withValues;
        this.start = start;
        this.ords = ords;
        this.otherTotals = otherTotals;
        this.frequent = frequent;
        this.frequentRanks = frequentRanks;
    }

    /** The number of values of the segment (its ordinals are {@code 0 .. valueCount - 1}). */
    int valueCount() {
        return otherTotals.length;
    }

    /** The number of documents with values (the ranks are {@code 0 .. ranked() - 1}). */
    int ranked() {
        return withValues.length;
    }

    /** The other (listed) values of the document of rank {@code rank}: {@code ords()[start()[rank] .. start()[rank + 1])}. */
    int[] start() {
        return start;
    }

    int[] ords() {
        return ords;
    }

    /** Each listed value's count over all documents with values (0 for a frequent value), by segment ordinal. */
    int[] otherTotals() {
        return otherTotals;
    }

    /** The frequent values (segment ordinals). */
    int[] frequent() {
        return frequent;
    }

    /** The ranks of the documents that have the frequent value {@code frequent()[f]}. */
    FixedBitSet frequentRanks(int f) {
        return frequentRanks[f];
    }

    /**
     * The ranks of the matching documents (a bit set over the segment's documents): each rank's bit from its
     * document's, 64 ranks a word, without a branch per document.
     */
    FixedBitSet ranks(FixedBitSet matches) {
        FixedBitSet ranks = new FixedBitSet(Math.max(1, withValues.length));
        long[] docBits = matches.getBits();
        long[] rankBits = ranks.getBits();
        for (int word = 0, from = 0; from < withValues.length; word++, from += 64) {
            int to = Math.min(withValues.length, from + 64);
            long bits = 0;
            for (int rank = from; rank < to; rank++) {
                int doc = withValues[rank];
                bits |= ((docBits[doc >> 6] >>> doc) & 1L) << (rank - from);
            }
            rankBits[word] = bits;
        }
        return ranks;
    }

    /** Reads the segment's values of {@code field}. */
    static SegmentFacets of(LeafReader reader, String field) throws IOException {
        SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
        int[] start = new int[64];
        int[] ords = new int[1024];
        int[] withValues = new int[64];
        int[] totals = new int[(int) dv.getValueCount()];
        int n = 0;
        int docs = 0;
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            withValues = ArrayUtil.grow(withValues, docs + 1);
            start = ArrayUtil.grow(start, docs + 2);
            start[docs] = n;
            withValues[docs++] = doc;
            int count = dv.docValueCount();
            ords = ArrayUtil.grow(ords, n + count);
            for (int i = 0; i < count; i++) {
                int ord = (int) dv.nextOrd();
                ords[n++] = ord;
                totals[ord]++;
            }
        }
        start = ArrayUtil.grow(start, docs + 1);
        start[docs] = n;
        // the frequent values to bit sets over the ranks; the others stay in the lists, which shrink to them
        int[] frequentOf = new int[totals.length]; // a value's place among the frequent ones, plus one (0: not frequent)
        int frequentCount = 0;
        for (int ord = 0; ord < totals.length; ord++) {
            if (totals[ord] > 0 && (long) totals[ord] * FREQUENT >= docs) {
                frequentOf[ord] = ++frequentCount;
            }
        }
        int[] frequent = new int[frequentCount];
        FixedBitSet[] frequentRanks = new FixedBitSet[frequentCount];
        for (int ord = 0; ord < totals.length; ord++) {
            if (frequentOf[ord] > 0) {
                frequent[frequentOf[ord] - 1] = ord;
                frequentRanks[frequentOf[ord] - 1] = new FixedBitSet(Math.max(1, docs));
            }
        }
        int kept = 0;
        for (int rank = 0; rank < docs; rank++) {
            int from = start[rank];
            start[rank] = kept;
            for (int k = from; k < start[rank + 1]; k++) {
                int ord = ords[k];
                if (frequentOf[ord] > 0) {
                    frequentRanks[frequentOf[ord] - 1].set(rank);
                } else {
                    ords[kept++] = ord;
                }
            }
        }
        start[docs] = kept;
        for (int f : frequent) {
            totals[f] = 0;
        }
        return new SegmentFacets(ArrayUtil.copyOfSubArray(withValues, 0, docs), ArrayUtil.copyOfSubArray(start, 0, docs + 1),
                ArrayUtil.copyOfSubArray(ords, 0, kept), totals, frequent, frequentRanks);
    }
}
