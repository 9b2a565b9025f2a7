package com.policyminer.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongHeap;

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
 * the larger part of a broad search), laid out in the reader's ordinals ({@link FacetLayout}): the bit set values
 * counted first, then the listed values, without those of a large dimension that cannot reach its top.
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

    /** Reads each segment's values and lays them out in the reader state's ordinals before a search needs them. */
    void prepare(SortedSetDocValuesReaderState state) throws IOException {
        layoutOf(state);
    }

    /** The top {@code topN} values of each dimension among the collected documents. */
    Map<String, List<SearchResult.FacetCount>> count(SortedSetDocValuesReaderState state, List<MatchSet.Leaf> hits,
                                                     List<String> dims, int topN) throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        dims.forEach(d -> out.put(d, new ArrayList<>()));
        if (state == null) {
            return out;
        }
        FacetLayout layout = layoutOf(state);
        int[] counts = new int[layout.totals().length];
        // the bit set values first: with them, the least count a value needs to reach the top of a large dimension
        FixedBitSet[] ranks = new FixedBitSet[layout.leaves()];
        for (MatchSet.Leaf m : hits) {
            if (m.count() > 0) {
                LeafFacets leaf = layout.leaf(m.context().ord);
                ranks[m.context().ord] = leaf.ranks(m.docs());
                leaf.countFrequent(ranks[m.context().ord], counts, layout);
            }
        }
        int floor = layout.countBounded(ranks, counts, dims, topN);
        for (MatchSet.Leaf m : hits) {
            if (m.count() > 0) {
                layout.leaf(m.context().ord).countListed(ranks[m.context().ord], m.count(), floor, layout.totals(), counts);
            }
        }
        SortedSetDocValues values = state.getDocValues();
        AtomicReferenceArray<String> names = labelsOf(state, counts.length);
        for (String dim : dims) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            if (range != null) {
                out.put(dim, top(values, names, counts, range, topN));
            }
        }
        return out;
    }

    private volatile FacetLayout layout;

    private FacetLayout layoutOf(SortedSetDocValuesReaderState state) throws IOException {
        FacetLayout current = layout;
        if (current != null && current.state() == state) {
            return current;
        }
        synchronized (this) {
            current = layout;
            if (current == null || current.state() != state) {
                current = new FacetLayout(state, leaf -> segment(leaf.reader(), state.getField()));
                layout = current;
            }
            return current;
        }
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
