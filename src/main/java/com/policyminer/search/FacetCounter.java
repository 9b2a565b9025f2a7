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
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facet counts over the matching reports, as Lucene's {@code SortedSetDocValuesFacetCounts}
 * computes them (same doc values, same ordinal ranges per dimension, same order: count, then
 * label) but read from a plain array of each segment's ordinals, built once per segment: a report
 * carries a hundred or more facet values (every region it names), and decoding them from doc values
 * for every match was the larger part of a broad search.
 */
final class FacetCounter {

    /** A segment's facet ordinals: those of document {@code d} are {@code ords[start[d] .. start[d + 1])}. */
    private record Uninverted(int[] start, int[] ords) {
    }

    private final Map<Object, Uninverted> segments = new ConcurrentHashMap<>();

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
            int[] segmentCounts = toGlobal == null ? counts : new int[counts.length];
            DocIdSetIterator it = m.bits.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                for (int k = u.start[doc]; k < u.start[doc + 1]; k++) {
                    segmentCounts[u.ords[k]]++;
                }
            }
            if (toGlobal != null) {
                LongValues global = toGlobal.getGlobalOrds(m.context.ord);
                for (int ord = 0; ord < segmentCounts.length; ord++) {
                    if (segmentCounts[ord] > 0) {
                        counts[(int) global.get(ord)] += segmentCounts[ord];
                    }
                }
            }
        }
        for (String dim : dims) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            if (range != null) {
                out.put(dim, top(values, counts, range, topN));
            }
        }
        return out;
    }

    private static List<SearchResult.FacetCount> top(SortedSetDocValues values, int[] counts,
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
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
            out.add(new SearchResult.FacetCount(path[path.length - 1], found[i] >>> 32));
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
        int n = 0;
        int next = 0;
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            while (next <= doc) {
                start[next++] = n;
            }
            int count = dv.docValueCount();
            ords = ArrayUtil.grow(ords, n + count);
            for (int i = 0; i < count; i++) {
                ords[n++] = (int) dv.nextOrd();
            }
        }
        while (next <= maxDoc) {
            start[next++] = n;
        }
        return new Uninverted(start, ArrayUtil.copyOfSubArray(ords, 0, n));
    }
}
