package com.policyminer.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two-pass count (a head per large dimension, then only the tail values that can reach the top) gives what
 * Lucene's SortedSetDocValuesFacetCounts gives, value for value and in order, over a random index: several segments
 * with deletions, values from once to nearly every report, counts tied across the top's edge, many random match sets
 * and top sizes below, at and above the head's.
 */
class FacetLayoutTest {

    private static final List<String> DIMS = List.of("region", "org", "year", "empty");
    private static final int DOCS = 3000;

    @Test
    void sameTopsAsLuceneAndTheTailIsSkipped() throws IOException {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("region", true);
        config.setMultiValued("org", true);
        Random random = new Random(2026);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < DOCS; i++) {
                Document d = new Document();
                d.add(new StringField("id", "d" + i, Field.Store.NO));
                if (random.nextInt(5) != 0) { // a fifth have no values (figure and mention documents)
                    for (int r = 0; r < 60; r++) { // sixty regions in a tenth to a third of the reports (bit sets) ...
                        if (random.nextInt(30) < 3 + r % 8) {
                            d.add(new SortedSetDocValuesFacetField("region", "c" + r));
                        }
                    }
                    int regions = random.nextInt(12);
                    for (int r = 0; r < regions; r++) { // ... and hundreds more, most of them seldom (listed)
                        d.add(new SortedSetDocValuesFacetField("region", "r" + skewed(random, 400)));
                    }
                    int orgs = random.nextInt(6);
                    for (int o = 0; o < orgs; o++) {
                        d.add(new SortedSetDocValuesFacetField("org", "o" + skewed(random, 150)));
                    }
                    if (i % 3 == 0) { // twenty values on exactly the same reports: their counts always tie
                        for (int t = 0; t < 20; t++) {
                            d.add(new SortedSetDocValuesFacetField("org", "tie" + t));
                        }
                    }
                    d.add(new SortedSetDocValuesFacetField("year", String.valueOf(2000 + random.nextInt(20))));
                }
                w.addDocument(config.build(d));
                if (random.nextInt(400) == 0) {
                    w.commit();
                }
            }
            for (int i = 0; i < DOCS; i++) {
                if (random.nextInt(10) == 0) {
                    w.deleteDocuments(new Term("id", "d" + i));
                }
            }
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                assertTrue(reader.leaves().size() > 4, "the test needs several segments");
                IndexSearcher s = new IndexSearcher(reader);
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
                FacetCounter counter = new FacetCounter();
                FacetLayout layout = new FacetLayout(state, leaf -> SegmentFacets.of(leaf.reader(), state.getField()));
                assertEquals(List.of("region"), layout.cutDims(), "the regions' bit sets fill a top, the organisations' do not");
                int skipped = 0;
                for (int q = 0; q < 60; q++) {
                    Query query = randomMatches(random, q);
                    FacetsCollector hits = s.search(query, new FacetsCollectorManager());
                    SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, hits);
                    List<MatchSet.Leaf> matches = s.search(query, MatchSet.manager()).leaves();
                    for (int topN : new int[] {1, 5, 20, 50, 64, 65, 500}) {
                        Map<String, List<SearchResult.FacetCount>> ours = counter.count(state, matches, DIMS, topN);
                        for (String dim : DIMS) {
                            assertEquals(FacetCounterTest.expected(lucene, dim, topN), ours.get(dim), "match set " + q + " " + dim + " top " + topN);
                        }
                        if (topN == 5 && floorsAbove(layout, matches, topN)) {
                            skipped++;
                        }
                    }
                }
                assertTrue(skipped > 10, "the tails were skipped for only " + skipped + " match sets");
            }
        }
    }

    /**
     * A value whose total is exactly the floor, all of whose reports match, ties with the top's last value and comes
     * first by label: it must be counted (the floor is the least total counted, not one more), a listed value as well
     * as a bit set one.
     */
    @Test
    void aValueWhoseTotalIsTheFloorIsCounted() throws IOException {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("region", true);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 100; i++) {
                Document d = new Document();
                d.add(new StringField("id", "d" + i, Field.Store.NO));
                for (int c = 0; c < FacetLayout.FILLED; c++) { // in every report: bit sets
                    d.add(new SortedSetDocValuesFacetField("region", String.format("c%02d", c)));
                }
                if (i < 3) { // in three reports of 100: listed
                    d.add(new SortedSetDocValuesFacetField("region", "a"));
                } else if (i < 10) { // in seven: a bit set (one in 16 or more)
                    d.add(new SortedSetDocValuesFacetField("region", "b"));
                }
                w.addDocument(config.build(d));
            }
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                IndexSearcher s = new IndexSearcher(reader);
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
                FacetCounter counter = new FacetCounter();
                for (String value : List.of("a", "b")) {
                    List<BytesRef> ids = new ArrayList<>();
                    for (int i = value.equals("a") ? 0 : 3; i < (value.equals("a") ? 3 : 10); i++) {
                        ids.add(new BytesRef("d" + i));
                    }
                    Query itsReports = new TermInSetQuery("id", ids);
                    List<SearchResult.FacetCount> top = counter.count(state, s.search(itsReports, MatchSet.manager()).leaves(),
                            List.of("region"), 2).get("region");
                    assertEquals(List.of(new SearchResult.FacetCount(value, ids.size()), new SearchResult.FacetCount("c00", ids.size())),
                            top, value);
                }
            }
        }
    }

    /** Whether the bit set values set a floor above zero for the listed values. */
    private static boolean floorsAbove(FacetLayout layout, List<MatchSet.Leaf> matches, int topN) {
        int[] counts = new int[layout.totals().length];
        FixedBitSet[] ranks = new FixedBitSet[layout.leaves()];
        for (MatchSet.Leaf m : matches) {
            if (m.count() > 0) {
                ranks[m.context().ord] = layout.leaf(m.context().ord).ranks(m.docs());
            }
        }
        return layout.countBounded(ranks, counts, DIMS, topN) > 0;
    }

    /** A value from 0 to {@code n - 1}, small ones much more often. */
    private static int skewed(Random random, int n) {
        return (int) (n * Math.pow(random.nextDouble(), 3));
    }

    /** Random reports, from none to all of them: uniformly, or in runs (neighbouring documents, as a segment holds them). */
    private static Query randomMatches(Random random, int q) {
        double share = q % 10 == 0 ? (q % 20 == 0 ? 1.0 : 0.0) : random.nextDouble();
        List<BytesRef> ids = new ArrayList<>();
        boolean runs = q % 3 == 1;
        for (int i = 0; i < DOCS; i++) {
            boolean in = runs ? (i / 97 + q) % 7 < share * 7 : random.nextDouble() < share;
            if (in) {
                ids.add(new BytesRef("d" + i));
            }
        }
        return new TermInSetQuery("id", ids);
    }

}
