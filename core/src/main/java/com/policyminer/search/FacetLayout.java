package com.policyminer.search;

import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The facet values of one reader state, ranked by how many reports have them (their total over the index, deleted
 * reports too: never less than a count), and each segment's laid out in the reader's ordinals ({@link LeafFacets}).
 * A search counts the bit set values first (a lower bound of each value's count: exact in the segments where it is a
 * bit set, 0 elsewhere). In a dimension whose bit set values alone fill a top of {@value #FILLED} (the regions: the
 * most named ones are in a fifth of the reports or more, a bit set in every segment), the {@code N}th largest of those bounds is at most the {@code N}th largest
 * count, so a listed value whose total is below it cannot reach the dimension's top {@code N} (N values count more);
 * the walk over the matching reports skips it. Every other listed value is counted, as before.
 */
final class FacetLayout {

    /**
     * How many of a dimension's values must be a bit set in every segment that has them (their counts exact after the
     * bit sets) for its listed values to be cut: a dimension whose bit set values are few, or a bit set only in small
     * segments, would give a floor too low to skip anything and cost a test for each value it counts.
     */
    static final int FILLED = 50;

    private final SortedSetDocValuesReaderState state;
    /** Each value's total over the documents with values, by global ordinal. */
    private final int[] totals;
    /** Whether a value's dimension can be cut, by global ordinal. */
    private final boolean[] canCut;
    /** Each value's place when ordered by total (descending), then ordinal; and the value at each place. */
    private final int[] place;
    private final int[] byPlace;
    /** Per dimension that can be cut: its name and its values that are a bit set in some segment. */
    private final List<String> cutDims;
    private final int[][] bounded;
    private final LeafFacets[] byLeaf;

    interface Segments {
        SegmentFacets of(LeafReaderContext leaf) throws IOException;
    }

    FacetLayout(SortedSetDocValuesReaderState state, Segments segments) throws IOException {
        this.state = state;
        SortedSetDocValues values = state.getDocValues();
        OrdinalMap map = values instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        int valueCount = (int) values.getValueCount();
        List<LeafReaderContext> leaves = state.getReader().leaves();
        SegmentFacets[] segmentOf = new SegmentFacets[leaves.size()];
        int[][] toGlobal = new int[leaves.size()][];
        totals = new int[valueCount];
        boolean[] aBitSet = new boolean[valueCount];
        boolean[] listed = new boolean[valueCount];
        for (LeafReaderContext leaf : leaves) {
            SegmentFacets u = segments.of(leaf);
            segmentOf[leaf.ord] = u;
            int[] mapped = null;
            if (map != null) {
                LongValues global = map.getGlobalOrds(leaf.ord);
                mapped = new int[u.otherTotals().length];
                for (int ord = 0; ord < mapped.length; ord++) {
                    mapped[ord] = (int) global.get(ord);
                }
            }
            toGlobal[leaf.ord] = mapped;
            int[] other = u.otherTotals();
            for (int ord = 0; ord < other.length; ord++) {
                totals[mapped == null ? ord : mapped[ord]] += other[ord];
                listed[mapped == null ? ord : mapped[ord]] |= other[ord] > 0;
            }
            for (int f = 0; f < u.frequent().length; f++) {
                int g = mapped == null ? u.frequent()[f] : mapped[u.frequent()[f]];
                totals[g] += u.frequentRanks(f).cardinality();
                aBitSet[g] = true;
            }
        }
        Integer[] order = new Integer[valueCount];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> totals[a] != totals[b] ? Integer.compare(totals[b], totals[a]) : Integer.compare(a, b));
        byPlace = new int[valueCount];
        place = new int[valueCount];
        for (int p = 0; p < valueCount; p++) {
            byPlace[p] = order[p];
            place[order[p]] = p;
        }
        canCut = new boolean[valueCount];
        cutDims = new ArrayList<>();
        List<int[]> boundedList = new ArrayList<>();
        for (Map.Entry<String, SortedSetDocValuesReaderState.OrdRange> dim : state.getPrefixToOrdRange().entrySet()) {
            SortedSetDocValuesReaderState.OrdRange range = dim.getValue();
            int[] bits = new int[range.end - range.start + 1];
            int n = 0;
            int always = 0;
            for (int ord = range.start; ord <= range.end; ord++) {
                if (aBitSet[ord]) {
                    bits[n++] = ord;
                    always += listed[ord] ? 0 : 1;
                }
            }
            if (always >= FILLED) {
                cutDims.add(dim.getKey());
                boundedList.add(Arrays.copyOf(bits, n));
                Arrays.fill(canCut, range.start, range.end + 1, true);
            }
        }
        bounded = boundedList.toArray(new int[0][]);
        byLeaf = new LeafFacets[leaves.size()];
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            byLeaf[leaf] = new LeafFacets(segmentOf[leaf], toGlobal[leaf], this);
        }
    }

    SortedSetDocValuesReaderState state() {
        return state;
    }

    int[] totals() {
        return totals;
    }

    /** The dimensions whose listed values can be cut. */
    List<String> cutDims() {
        return cutDims;
    }

    boolean canCut(int ord) {
        return canCut[ord];
    }

    int place(int ord) {
        return place[ord];
    }

    int ordAt(int place) {
        return byPlace[place];
    }

    LeafFacets leaf(int ord) {
        return byLeaf[ord];
    }

    /**
     * After the bit sets are counted: the total a listed value of a dimension that can be cut needs to be counted,
     * the least over the asked dimensions of the {@code topN}th largest count of their bit set values (0, all
     * counted, when one has fewer than {@code topN} with a count; none counted when no such dimension is asked for).
     */
    int floor(int[] counts, List<String> dims, int topN) {
        int floor = Integer.MAX_VALUE;
        for (int d = 0; d < cutDims.size() && topN > 0; d++) {
            if (dims.contains(cutDims.get(d))) {
                int[] bound = bounded[d];
                if (bound.length < topN) {
                    return 0;
                }
                int[] c = new int[bound.length];
                for (int i = 0; i < bound.length; i++) {
                    c[i] = counts[bound[i]];
                }
                Arrays.sort(c);
                floor = Math.min(floor, c[c.length - topN]);
            }
        }
        return floor;
    }
}
