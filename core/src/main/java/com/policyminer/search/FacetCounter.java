package com.policyminer.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Facet counts over the matching reports, as Lucene's {@code SortedSetDocValuesFacetCounts}
 * computes them (same doc values, same ordinal ranges per dimension, same order: count, then
 * label) but from each segment's values read once ({@link SegmentFacets}: a report carries some
 * forty facet values, every region it names, and decoding them from doc values for every match was
 * the larger part of a broad search), counted per segment and added to the reader's ordinals.
 */
final class FacetCounter {

    private final Map<Object, SegmentFacets> segments = new ConcurrentHashMap<>();

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
            SegmentFacets u = segment(leaf.reader(), state.getField());
            if (toGlobal != null) {
                globalOrds(state, toGlobal, leaf.ord, u.valueCount());
            }
        }
    }

    /** The top {@code topN} values of each dimension among the collected documents. */
    Map<String, List<SearchResult.FacetCount>> count(SortedSetDocValuesReaderState state, List<MatchSet.Leaf> hits,
                                                     List<String> dims, int topN) throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        dims.forEach(d -> out.put(d, new ArrayList<>()));
        if (state == null) {
            return out;
        }
        SortedSetDocValues values = state.getDocValues();
        OrdinalMap toGlobal = values instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        int[] counts = new int[(int) values.getValueCount()];
        for (MatchSet.Leaf m : hits) {
            if (m.count() == 0) {
                continue;
            }
            SegmentFacets u = segment(m.context().reader(), state.getField());
            // each segment counts into its own ordinals (a few thousand: the counts stay in the CPU's nearest cache and
            // each value costs one increment, not a lookup of its reader ordinal as well), then adds them to the
            // reader's (a segment's map to them is kept per reader state)
            int[] global = toGlobal == null ? null : globalOrds(state, toGlobal, m.context().ord, u.valueCount());
            int[] segment = global == null ? counts : new int[u.valueCount()];
            u.count(m.docs(), segment);
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
        // count in the high half, the ordinal reversed in the low: the largest keys are count desc, then label
        // (ordinal) asc; the top N kept in a heap (a dimension has thousands of values with a count: a sort of all
        // of them was a tenth of the facet counting)
        LongHeap best = new LongHeap(Math.max(1, topN));
        for (int ord = range.start; ord <= range.end; ord++) {
            if (counts[ord] > 0) {
                best.insertWithOverflow(((long) counts[ord] << 32) | (Integer.MAX_VALUE - ord));
            }
        }
        int n = topN <= 0 ? 0 : best.size();
        long[] found = new long[n];
        for (int i = 0; i < n; i++) {
            found[i] = best.pop(); // smallest first
        }
        List<SearchResult.FacetCount> out = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
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

    private SegmentFacets segment(LeafReader reader, String field) throws IOException {
        var helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return SegmentFacets.of(reader, field);
        }
        SegmentFacets u = segments.get(helper.getKey());
        if (u == null) {
            u = SegmentFacets.of(reader, field);
            if (segments.putIfAbsent(helper.getKey(), u) == null) {
                helper.addClosedListener(segments::remove);
            }
        }
        return u;
    }
}
