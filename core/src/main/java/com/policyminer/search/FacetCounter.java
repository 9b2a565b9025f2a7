package com.policyminer.search;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Facet counts over the matching reports, as Lucene's {@code SortedSetDocValuesFacetCounts}
 * computes them (same doc values, same ordinal ranges per dimension, same order: count, then
 * label) but read from a plain array of each segment's ordinals, built once per segment: a report
 * carries a hundred or more facet values (every region it names), and decoding them from doc values
 * for every match was the larger part of a broad search. When the matches are most of a segment's
 * reports (a broad query), the counts are the segment's totals minus those of the reports that did
 * not match: exact, and the fewer reports a query leaves out, the less there is to count.
 */
final class FacetCounter {

    /**
     * A segment's facet ordinals: those of document {@code d} are {@code ords[start[d] .. start[d + 1])}.
     * {@code withValues} lists the documents that have any (deleted ones too: the segment's core does
     * not know its deletions), and {@code totals} counts each ordinal over all of them.
     */
    private record Uninverted(int[] start, int[] ords, int[] withValues, int[] totals) {
    }

    private final Map<Object, Uninverted> segments = new ConcurrentHashMap<>();

    /**
     * The label of each ordinal of the current reader state, read when first shown: reading one from
     * doc values decompresses a block of the terms dictionary, and the top values of each dimension
     * are much the same from one query to the next.
     */
    private record Labels(SortedSetDocValuesReaderState state, AtomicReferenceArray<String> byOrd) {
    }

    private volatile Labels labels;

    /** Reads each segment's ordinals (and their map to the reader's) before a search needs them. */
    void prepare(org.apache.lucene.index.IndexReader reader, SortedSetDocValuesReaderState state) throws IOException {
        SortedSetDocValues values = state.getDocValues();
        OrdinalMap toGlobal = values instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            Uninverted u = uninverted(leaf.reader(), state.getField());
            if (u != null && toGlobal != null) {
                globalOrds(state, toGlobal, leaf.ord, u.totals.length);
            }
        }
    }

    /** The top {@code topN} values of each dimension among the collected documents. */
    Map<String, List<SearchResult.FacetCount>> count(SortedSetDocValuesReaderState state, FacetsCollector hits,
                                                     List<String> dims, int topN) throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        dims.forEach(d -> out.put(d, new ArrayList<>()));
        if (state == null) {
            return out;
        }
        SortedSetDocValues values = state.getDocValues();
        OrdinalMap toGlobal = values instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        int[] counts = new int[(int) values.getValueCount()];
        for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
            if (m.totalHits == 0) {
                continue;
            }
            Uninverted u = uninverted(m.context.reader(), state.getField());
            if (u == null) {
                continue;
            }
            // each segment counts into its own ordinals (a few thousand: the counts stay in the CPU's nearest cache and
            // each value costs one increment, not a lookup of its reader ordinal as well), then adds them to the
            // reader's (a segment's map to them is kept per reader state)
            int[] global = toGlobal == null ? null : globalOrds(state, toGlobal, m.context.ord, u.totals.length);
            int[] segment = global == null ? counts : new int[u.totals.length];
            if (m.totalHits * 2 > u.withValues.length) {
                countByComplement(u, m, segment);
            } else {
                int[] start = u.start;
                int[] ords = u.ords;
                DocIdSetIterator it = m.bits.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    for (int k = start[doc], end = start[doc + 1]; k < end; k++) {
                        segment[ords[k]]++;
                    }
                }
            }
            if (global != null) {
                for (int ord = 0; ord < segment.length; ord++) {
                    counts[global[ord]] += segment[ord];
                }
            }
        }
        AtomicReferenceArray<String> names = labelsOf(state, counts.length);
        for (String dim : dims) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            if (range != null) {
                out.put(dim, top(values, names, counts, range, topN));
            }
        }
        return out;
    }

    /**
     * The segment's totals, less the ordinals of every document with values that is not a match
     * (deleted documents never match, so they are taken out here too).
     */
    private static void countByComplement(Uninverted u, FacetsCollector.MatchingDocs m, int[] counts) throws IOException {
        org.apache.lucene.util.Bits matched = m.bits.bits(); // the collector's own bit set, when it kept one
        if (matched == null) {
            FixedBitSet copy = new FixedBitSet(m.context.reader().maxDoc());
            copy.or(m.bits.iterator());
            matched = copy;
        }
        for (int ord = 0; ord < u.totals.length; ord++) {
            counts[ord] += u.totals[ord];
        }
        int[] start = u.start;
        int[] ords = u.ords;
        for (int doc : u.withValues) {
            if (!matched.get(doc)) {
                for (int k = start[doc], end = start[doc + 1]; k < end; k++) {
                    counts[ords[k]]--;
                }
            }
        }
    }

    /** Each segment's ordinals as the reader state's (global) ordinals, by the segment's place in the reader. */
    private record GlobalOrds(SortedSetDocValuesReaderState state, AtomicReferenceArray<int[]> byLeaf) {
    }

    private volatile GlobalOrds globalOrds;

    private int[] globalOrds(SortedSetDocValuesReaderState state, OrdinalMap toGlobal, int leaf, int segmentValues) {
        GlobalOrds current = globalOrds;
        if (current == null || current.state != state) {
            current = new GlobalOrds(state, new AtomicReferenceArray<>(state.getReader().leaves().size()));
            globalOrds = current;
        }
        int[] mapped = current.byLeaf.get(leaf);
        if (mapped == null) {
            LongValues global = toGlobal.getGlobalOrds(leaf);
            mapped = new int[segmentValues];
            for (int ord = 0; ord < segmentValues; ord++) {
                mapped[ord] = (int) global.get(ord);
            }
            current.byLeaf.set(leaf, mapped);
        }
        return mapped;
    }

    private AtomicReferenceArray<String> labelsOf(SortedSetDocValuesReaderState state, int size) {
        Labels current = labels;
        if (current == null || current.state != state) {
            current = new Labels(state, new AtomicReferenceArray<>(size));
            labels = current;
        }
        return current.byOrd;
    }

    private static List<SearchResult.FacetCount> top(SortedSetDocValues values, AtomicReferenceArray<String> names, int[] counts,
                                                     SortedSetDocValuesReaderState.OrdRange range, int topN) throws IOException {
        // count in the high half, the ordinal reversed in the low: one sort gives count desc, then label (ordinal) asc
        long[] found = new long[range.end - range.start + 1];
        int n = 0;
        for (int ord = range.start; ord <= range.end; ord++) {
            if (counts[ord] > 0) {
                found[n++] = ((long) counts[ord] << 32) | (Integer.MAX_VALUE - ord);
            }
        }
        Arrays.sort(found, 0, n);
        List<SearchResult.FacetCount> out = new ArrayList<>();
        for (int i = n - 1; i >= Math.max(0, n - topN); i--) {
            int ord = Integer.MAX_VALUE - (int) found[i];
            String label = names.get(ord);
            if (label == null) {
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                label = path[path.length - 1];
                names.set(ord, label);
            }
            out.add(new SearchResult.FacetCount(label, found[i] >>> 32));
        }
        return out;
    }

    private Uninverted uninverted(LeafReader reader, String field) throws IOException {
        var helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return uninvert(reader, field);
        }
        Uninverted u = segments.get(helper.getKey());
        if (u == null) {
            u = uninvert(reader, field);
            if (segments.putIfAbsent(helper.getKey(), u) == null) {
                helper.addClosedListener(segments::remove);
            }
        }
        return u;
    }

    private static Uninverted uninvert(LeafReader reader, String field) throws IOException {
        SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
        int maxDoc = reader.maxDoc();
        int[] start = new int[maxDoc + 1];
        int[] ords = new int[1024];
        int[] withValues = new int[64];
        int[] totals = new int[(int) dv.getValueCount()];
        int n = 0;
        int docs = 0;
        int next = 0;
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            while (next <= doc) {
                start[next++] = n;
            }
            withValues = ArrayUtil.grow(withValues, docs + 1);
            withValues[docs++] = doc;
            int count = dv.docValueCount();
            ords = ArrayUtil.grow(ords, n + count);
            for (int i = 0; i < count; i++) {
                int ord = (int) dv.nextOrd();
                ords[n++] = ord;
                totals[ord]++;
            }
        }
        while (next <= maxDoc) {
            start[next++] = n;
        }
        return new Uninverted(start, ArrayUtil.copyOfSubArray(ords, 0, n), ArrayUtil.copyOfSubArray(withValues, 0, docs), totals);
    }
}
