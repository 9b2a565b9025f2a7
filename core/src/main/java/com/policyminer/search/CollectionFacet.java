package com.policyminer.search;

import com.policyminer.index.Schema;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The collection facet, most reports first, then by name. Collapsed by works, it counts works: a
 * matching work counts once in each collection any of its files is in (so a collection's count is what
 * filtering by it finds: its files' works). Without works, each matching file counts in its own
 * collections (the {@code collection} doc values its sidecar or corpus folders give it).
 */
final class CollectionFacet {

    static final String DIM = "collection";

    private CollectionFacet() {
    }

    /**
     * @param works the works the search was collapsed by, or null (every file is a hit)
     */
    static List<SearchResult.FacetCount> count(List<MatchSet.Leaf> hits, WorkShape works, int topN) throws IOException {
        Map<String, Long> counts = works == null ? byFile(hits) : byWork(hits, works);
        List<SearchResult.FacetCount> out = new ArrayList<>();
        counts.forEach((label, n) -> out.add(new SearchResult.FacetCount(label, n)));
        out.sort(java.util.Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
                .thenComparing(SearchResult.FacetCount::label));
        return List.copyOf(out.subList(0, Math.min(topN, out.size())));
    }

    private static Map<String, Long> byWork(List<MatchSet.Leaf> hits, WorkShape shape) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        if (shape.inCollections() == null) {
            return counts; // no report is in a collection
        }
        int[] workOrdinal = shape.view().workOrdinal();
        long[] byNumber = new long[shape.collections().size()];
        FixedBitSet seen = new FixedBitSet(Math.max(1, shape.sizes().length));
        for (MatchSet.Leaf m : hits) {
            DocIdSetIterator it = m.count() == 0 ? DocIdSetIterator.empty() : new BitSetIterator(m.docs(), m.count());
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                int top = m.context().docBase + doc;
                int ordinal = top < workOrdinal.length ? workOrdinal[top] : -1;
                if (ordinal < 0 || seen.getAndSet(ordinal)) {
                    continue;
                }
                for (int c : shape.inCollections()[ordinal]) {
                    byNumber[c]++;
                }
            }
        }
        for (int c = 0; c < byNumber.length; c++) {
            if (byNumber[c] > 0) {
                counts.put(shape.collections().get(c), byNumber[c]);
            }
        }
        return counts;
    }

    private static Map<String, Long> byFile(List<MatchSet.Leaf> hits) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (MatchSet.Leaf m : hits) {
            if (m.count() == 0) {
                continue;
            }
            SortedSetDocValues dv = m.context().reader().getSortedSetDocValues(Schema.COLLECTION.fieldName());
            if (dv == null) {
                continue;
            }
            long[] segment = new long[(int) Math.min(Integer.MAX_VALUE, dv.getValueCount())];
            DocIdSetIterator it = new BitSetIterator(m.docs(), m.count());
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (dv.advanceExact(doc)) {
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        segment[(int) dv.nextOrd()]++;
                    }
                }
            }
            for (int ord = 0; ord < segment.length; ord++) {
                if (segment[ord] > 0) {
                    counts.merge(dv.lookupOrd(ord).utf8ToString(), segment[ord], Long::sum);
                }
            }
        }
        return counts;
    }
}
