package com.policyminer.search;

import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzy and wildcard expansions are bounded before a query runs (a 400 that says which limit), and
 * a search that reaches its deadline returns what it found, flagged partial (issue 15).
 */
class QueryBudgetTest {

    @TempDir
    static Path dir;
    static Engine engine;

    @BeforeAll
    static void ingest() throws IOException {
        engine = TestIndexes.seeded(dir);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static SearchResult lucene(String q) throws IOException {
        return engine.reads().search(new SearchRequest(q, "lucene", 1, 10, null, List.of(), null, null, "relevance",
                List.of(), false, List.of(), List.of()));
    }

    private static String refused(String q) {
        return assertThrows(BadQueryException.class, () -> lucene(q), q).getMessage();
    }

    @Test
    void thirtyFuzzyTermsAreRefusedWithTheReason() {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            q.append("科技").append(i).append("~1 ");
        }
        String why = refused(q.toString().strip());
        assertTrue(why.contains("too many fuzzy, wildcard or range terms: 30"), why);
    }

    @Test
    void twoEditsAreRefused() {
        String why = refused("科技创新~2");
        assertTrue(why.contains("at most 1"), why);
    }

    @Test
    void aWildcardMatchingTooManyTermsIsRefused() throws IOException {
        try (org.apache.lucene.store.ByteBuffersDirectory d = new org.apache.lucene.store.ByteBuffersDirectory()) {
            try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                    new org.apache.lucene.index.IndexWriterConfig())) {
                for (int i = 0; i < 2000; i++) {
                    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                    doc.add(new org.apache.lucene.document.StringField("body", String.format("t%04d", i),
                            org.apache.lucene.document.Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(d)) {
                String why = assertThrows(BadQueryException.class, () -> QueryCost.check(
                        new org.apache.lucene.search.WildcardQuery(new org.apache.lucene.index.Term("body", "t*")), r)).getMessage();
                assertTrue(why.contains("more than " + QueryCost.MAX_EXPANSIONS), why);
                QueryCost.check(new org.apache.lucene.search.WildcardQuery(new org.apache.lucene.index.Term("body", "t1*")), r);
            }
        }
    }

    @Test
    void boundedExpansionsStillSearch() throws IOException {
        assertTrue(lucene("西安~1").total() > 0);
        assertTrue(lucene("科技*").total() > 0);
        assertFalse(lucene("科技*").partial());
    }

    @Test
    void aSearchPastItsDeadlineIsPartialNotAnError() throws IOException {
        ReportSearch search = engine.reportSearch();
        SearchResult full = search.search(SearchRequest.of("科技", 10));
        assertFalse(full.partial());
        assertTrue(full.total() > 0);
        search.deadline = Duration.ZERO;
        try {
            SearchResult r = search.search(SearchRequest.of("科技", 10));
            assertTrue(r.partial(), "flagged partial");
            assertTrue(r.total() < full.total(), "only what was found before the deadline: " + r.total());
        } finally {
            search.deadline = ReportSearch.DEADLINE;
        }
    }

    /** Figure searches have the same deadline: past it, what was found so far, flagged partial. */
    @Test
    void aFigureSearchPastItsDeadlineIsPartialNotAnError() throws IOException {
        FigureSearch figures = new FigureSearch(engine.embeddedIndex().searchers(), engine.embeddedIndex().analyzers(), RegionExpander.IDENTITY);
        FigureQuery all = new FigureQuery("", java.util.List.of(), false, java.util.List.of(), "", false, null, null, null, null,
                java.util.List.of(), null, null, "document", 1, 10);
        FigureResult full = figures.search(all);
        assertFalse(full.partial());
        assertTrue(full.total() > 100, "the seeds' figures: " + full.total());
        figures.deadline = Duration.ZERO;
        try {
            FigureResult r = figures.search(all);
            assertTrue(r.partial(), "flagged partial");
            assertTrue(r.total() < full.total(), "only what was found before the deadline: " + r.total());
        } finally {
            figures.deadline = FigureSearch.DEADLINE;
        }
    }
}
