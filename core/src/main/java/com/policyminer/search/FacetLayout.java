package com.policyminer.search;

import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongHeap;
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
 * most named ones are in a fifth of the reports or more, a bit set in every segment), the {@code N}th largest of
 * those bounds is at most the {@code N}th largest count, so a value whose total is below it cannot reach the
 * dimension's top {@code N} (N values count more): the walk over the matching reports skips it if listed, and the
 * bit sets, counted most common first, stop at it. Every other value is counted, as before.
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
    /**
     * Per dimension that can be cut: its name, its values that are a bit set in some segment, most common first, and
     * where: the bit sets of value {@code bounded[d][i]} are {@code (inLeaf[d][j], asFrequent[d][j])} for {@code j} in
     * {@code from[d][i] .. from[d][i + 1]} (segment, place among its frequent values).
     */
    private final List<String> cutDims;
    private final int[][] bounded;
    private final int[][] from;
    private final int[][] inLeaf;
    private final int[][] asFrequent;
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
                int[] byTotal = Arrays.copyOf(bits, n);
                Integer[] sorted = new Integer[n];
                Arrays.setAll(sorted, i -> byTotal[i]);
                Arrays.sort(sorted, (a, b) -> Integer.compare(place[a], place[b]));
                Arrays.setAll(byTotal, i -> sorted[i]);
                boundedList.add(byTotal);
                Arrays.fill(canCut, range.start, range.end + 1, true);
            }
        }
        bounded = boundedList.toArray(new int[0][]);
        byLeaf = new LeafFacets[leaves.size()];
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            byLeaf[leaf] = new LeafFacets(segmentOf[leaf], toGlobal[leaf], this);
        }
        // where each bounded value is a bit set
        from = new int[bounded.length][];
        inLeaf = new int[bounded.length][];
        asFrequent = new int[bounded.length][];
        for (int d = 0; d < bounded.length; d++) {
            int[] index = new int[valueCount];
            Arrays.fill(index, -1);
            for (int i = 0; i < bounded[d].length; i++) {
                index[bounded[d][i]] = i;
            }
            int[] perValue = new int[bounded[d].length + 1];
            for (LeafFacets leaf : byLeaf) {
                for (int g : leaf.frequentOrds()) {
                    if (index[g] >= 0) {
                        perValue[index[g] + 1]++;
                    }
                }
            }
            for (int i = 0; i < bounded[d].length; i++) {
                perValue[i + 1] += perValue[i];
            }
            from[d] = perValue.clone();
            inLeaf[d] = new int[perValue[bounded[d].length]];
            asFrequent[d] = new int[perValue[bounded[d].length]];
            for (int leaf = 0; leaf < byLeaf.length; leaf++) {
                int[] frequent = byLeaf[leaf].frequentOrds();
                for (int f = 0; f < frequent.length; f++) {
                    if (index[frequent[f]] >= 0) {
                        int at = perValue[index[frequent[f]]]++;
                        inLeaf[d][at] = leaf;
                        asFrequent[d][at] = f;
                    }
                }
            }
        }
    }

    /** The number of segments. */
    int leaves() {
        return byLeaf.length;
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
     * Counts the bit set values of the asked dimensions that can be cut, most common first, into {@code counts}, and
     * returns the floor: the total a listed value of such a dimension needs to be counted, the least over them of the
     * {@code topN}th largest count of their bit set values (each a lower bound of the value's count, exact where it is
     * a bit set: the {@code topN}th largest is at most the {@code topN}th largest count). A value whose total is below
     * its dimension's {@code topN}th largest so far cannot reach the top, nor can those after it: their bit sets are
     * not counted either. 0 (all counted) when a dimension has fewer than {@code topN} bit set values; none counted
     * when no such dimension is asked for.
     *
     * @param ranks each segment's matching ranks (null: none)
     */
    int countBounded(FixedBitSet[] ranks, int[] counts, List<String> dims, int topN) {
        int floor = Integer.MAX_VALUE;
        for (int d = 0; d < cutDims.size() && topN > 0; d++) {
            if (!dims.contains(cutDims.get(d))) {
                continue;
            }
            int[] values = bounded[d];
            LongHeap best = new LongHeap(topN); // the topN largest counts so far
            for (int i = 0; i < values.length; i++) {
                int ord = values[i];
                if (best.size() == topN && totals[ord] < best.top()) {
                    break;
                }
                int count = 0;
                for (int j = from[d][i]; j < from[d][i + 1]; j++) {
                    FixedBitSet matched = ranks[inLeaf[d][j]];
                    if (matched != null) {
                        count += byLeaf[inLeaf[d][j]].countFrequent(asFrequent[d][j], matched);
                    }
                }
                counts[ord] += count;
                best.insertWithOverflow(count);
            }
            floor = Math.min(floor, best.size() == topN ? (int) best.top() : 0);
        }
        return floor;
    }
}
