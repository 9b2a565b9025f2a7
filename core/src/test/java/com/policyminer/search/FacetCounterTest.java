package com.policyminer.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our facet counting gives what Lucene's SortedSetDocValuesFacetCounts gives (each match's values read from doc
 * values and counted), value for value and in order, on fixed and random match sets of every density.
 */
class FacetCounterTest {

    private static final List<String> DIMS = List.of("region", "year", "empty");

    @Test
    void sameCountsAndOrderAsLuceneOverManySegmentsWithDeletions() throws IOException {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("region", true);
        Random random = new Random(42);
        FacetCounter counter = new FacetCounter(); // one for both readers, as a searcher keeps it across refreshes
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 600; i++) {
                Document d = new Document();
                d.add(new StringField("id", "d" + i, Field.Store.NO));
                d.add(new StringField("half", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                if (i % 7 != 0) { // some documents have no facet values at all (figures and mentions in the index)
                    int regions = random.nextInt(12);
                    for (int r = 0; r < regions; r++) {
                        // most regions named often (counted by bit sets), some seldom (counted report by report)
                        d.add(new SortedSetDocValuesFacetField("region", "地区" + random.nextInt(r % 3 == 0 ? 400 : 40)));
                    }
                    d.add(new SortedSetDocValuesFacetField("year", String.valueOf(2010 + random.nextInt(12))));
                }
                w.addDocument(config.build(d));
                if (i % 97 == 0) {
                    w.commit(); // several segments: ordinals differ per segment
                }
            }
            for (int i = 0; i < 600; i += 11) {
                w.deleteDocuments(new Term("id", "d" + i));
            }
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                assertTrue(reader.leaves().size() > 3, "the test needs several segments");
                compareWithLucene(reader, config, counter);
            }
            w.getConfig().setMergePolicy(new TieredMergePolicy());
            w.forceMerge(1); // the usual case after an ingest: one segment, no ordinal map
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                assertEquals(1, reader.leaves().size());
                compareWithLucene(reader, config, counter);
            }
        }
    }

    private static void compareWithLucene(DirectoryReader reader, FacetsConfig config, FacetCounter counter) throws IOException {
        IndexSearcher s = new IndexSearcher(reader);
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
        // most of the reports (counted as totals less the rest), half of them, a few (counted directly)
        Query few = new org.apache.lucene.search.TermInSetQuery("id", List.of(new org.apache.lucene.util.BytesRef("d1"),
                new org.apache.lucene.util.BytesRef("d5"), new org.apache.lucene.util.BytesRef("d300")));
        List<Query> queries = new ArrayList<>(List.of(new MatchAllDocsQuery(), new TermQuery(new Term("half", "odd")), few));
        Random random = new Random(reader.leaves().size());
        for (double share : new double[] {0.01, 0.2, 0.45, 0.55, 0.8, 0.97, 1.0}) { // random matches, both ways of counting
            List<org.apache.lucene.util.BytesRef> ids = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                if (random.nextDouble() < share) {
                    ids.add(new org.apache.lucene.util.BytesRef("d" + i));
                }
            }
            queries.add(new org.apache.lucene.search.TermInSetQuery("id", ids));
        }
        for (Query q : queries) {
            for (int topN : new int[] {3, 50}) {
                FacetsCollector hits = s.search(q, new FacetsCollectorManager());
                Map<String, List<SearchResult.FacetCount>> ours = counter.count(state, s.search(q, MatchSet.manager()).leaves(), DIMS, topN);
                SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, hits);
                for (String dim : DIMS) {
                    assertEquals(expected(lucene, dim, topN), ours.get(dim), q + " " + dim + " top " + topN
                            + " over " + reader.leaves().size() + " segments");
                }
            }
        }
    }

    /** Lucene's own top {@code topN} of {@code dim} (none for a dimension no document has): what ours must equal. */
    static List<SearchResult.FacetCount> expected(SortedSetDocValuesFacetCounts counts, String dim, int topN)
            throws IOException {
        List<SearchResult.FacetCount> out = new ArrayList<>();
        try {
            FacetResult r = counts.getTopChildren(topN, dim);
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    out.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                }
            }
        } catch (IllegalArgumentException noSuchDim) {
            // a dimension no document has
        }
        return out;
    }
}
