package com.policyminer.search;

import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import com.policyminer.index.Schema;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search over the five seed reports. */
class ReportSearchTest {

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

    private static SearchResult search(String q) throws IOException {
        return engine.reads().search(SearchRequest.of(q, 10));
    }

    private static SearchRequest req(String q, int page, int size, String cursor, LocalDate from, LocalDate to, String sort) {
        return new SearchRequest(q, "auto", page, size, cursor, List.of(), from, to, sort, List.of(), false, List.of(), List.of());
    }

    private static Set<String> seeds(SearchResult r) {
        Set<String> out = new TreeSet<>();
        r.hits().forEach(h -> out.add(h.path().substring(0, 3)));
        return out;
    }

    @Test
    void theSameRequestIsAnsweredFromTheKeptAnswersUnlessTurnedOff() throws IOException {
        SearchRequest r = SearchRequest.of("科技创新", 7);
        SearchResult first = engine.reads().search(r);
        SearchResult again = engine.reads().search(r);
        org.junit.jupiter.api.Assertions.assertSame(first.hits(), again.hits(), "the kept answer given again");
        engine.reportSearch().keepAnswers(false);
        try {
            SearchResult searched = engine.reads().search(r);
            org.junit.jupiter.api.Assertions.assertNotSame(first.hits(), searched.hits(), "searched again");
            assertEquals(first.hits(), searched.hits(), "the same answer");
            assertEquals(first.total(), searched.total());
        } finally {
            engine.reportSearch().keepAnswers(true);
        }
    }

    @Test
    void broadWordsScoredFromKeptScoresGiveTheSameAnswers() throws IOException {
        KeptChunkScores kept = engine.reportSearch().chunkScores();
        engine.reportSearch().keepAnswers(false);
        try {
            List<String> queries = List.of("科技 创新", "创新 发展 科技", "科技 创新", "上海 科技", "西安 \"科技创新\"");
            List<SearchResult> asBefore = new ArrayList<>();
            kept.minMatches = Long.MAX_VALUE; // nothing kept: every chunk scored from its postings
            for (String q : queries) {
                asBefore.add(search(q));
            }
            assertEquals(0, kept.stats().builds());
            kept.minMatches = 1; // every chunk of a query of several kept
            for (int i = 0; i < queries.size(); i++) {
                SearchResult r = search(queries.get(i));
                SearchResult b = asBefore.get(i);
                assertTrue(r.total() > 0, queries.get(i));
                assertEquals(b.hits(), r.hits(), queries.get(i) + ": the same hits, scores and passages");
                assertEquals(b.total(), r.total(), queries.get(i));
                assertEquals(b.facets(), r.facets(), queries.get(i));
                assertEquals(b.query(), r.query(), queries.get(i) + ": the same query text");
            }
            KeptChunkScores.Stats stats = kept.stats();
            assertTrue(stats.builds() > 0 && stats.hits() > 0, "built once, then found: " + stats);
        } finally {
            kept.minMatches = KeptChunkScores.MIN_MATCHES;
            engine.reportSearch().keepAnswers(true);
        }
    }

    @Test
    void preparingBuildsTheFacetOrdinalsAndTheWorksAndChangesNoAnswer() throws IOException {
        SearchResult before = search("创新");
        String done = engine.prepareSearch();
        assertTrue(done.startsWith("facet ordinals ") && done.contains(", works "), done);
        SearchResult after = engine.reads().search(SearchRequest.of("创新", 10));
        assertEquals(before.hits(), after.hits());
        assertEquals(before.facets(), after.facets());
        assertEquals(before.total(), after.total());
    }

    @Test
    void topHitReallyDiscussesTheTermWithThePassageHighlighted() throws IOException {
        SearchResult r = search("研发投入强度");
        assertTrue(r.total() >= 2);
        SearchResult.Hit top = r.hits().get(0);
        assertEquals("000", top.path().substring(0, 3));
        assertTrue(top.score() > 0 && top.score() >= r.hits().get(1).score(), "BM25 scores, best first: " + r.hits());
        assertTrue(top.passages().stream().anyMatch(p -> p.html().contains("<mark>研发投入强度</mark>")), top.passages().toString());

        SearchResult phrase = search("\"技术合同成交额\"");
        assertTrue(phrase.total() >= 2);
        assertTrue(phrase.hits().get(0).passages().stream().anyMatch(p -> p.html().contains("<mark>技术合同成交额</mark>")));
    }

    /**
     * Real cases from the seeds where a character-bigram index matches across a word boundary:
     * 新区 inside 协同创新区 (001), 动能 inside 带动能力 (000), 分支 inside 部分支持 (001).
     */
    @Test
    void queriesThatBigramsGetWrongAreRight() throws IOException {
        assertEquals(Set.of("001", "002", "004", "000"), bigramOnly("新区"));
        assertFalse(seeds(search("新区")).contains("001"), "新区 must not match 协同创新区");
        assertTrue(bigramOnly("动能").contains("000"));
        assertFalse(seeds(search("动能")).contains("000"), "动能 must not match 带动能力");
        assertTrue(bigramOnly("分支").contains("001"));
        assertEquals(Set.of("004"), seeds(search("分支")));
    }

    /** What a plain CJK bigram analyzer finds: a phrase of bigrams on the bigram field. */
    private static Set<String> bigramOnly(String q) throws IOException {
        IndexSearcher s = engine.embeddedIndex().searchers().acquire();
        try {
            Query query = new QueryBuilder(new CJKAnalyzer(CharArraySet.EMPTY_SET))
                    .createPhraseQuery(Schema.BODY_BIGRAM.fieldName(), q);
            Set<String> out = new TreeSet<>();
            for (ScoreDoc sd : s.search(query, 10).scoreDocs) {
                Document d = s.storedFields().document(sd.doc);
                out.add(d.get(Schema.PATH.fieldName()).substring(0, 3));
            }
            return out;
        } finally {
            engine.embeddedIndex().searchers().release(s);
        }
    }

    @Test
    void unknownWordsStillMatchThroughTheCharacterField() throws IOException {
        // 陇创带 is in our dictionary, but 秦创园 (a misspelling in seed 000 of 秦创原) is not a known word
        SearchResult r = exactOnly("秦创园");
        assertEquals(Set.of("000"), seeds(r));
        assertTrue(r.hits().get(0).passages().stream().anyMatch(p -> p.html().contains("<mark>")), r.hits().get(0).passages().toString());
        // with synonyms it is also a name of 秦创原 (strategies.tsv): seed 004 follows, below the exact match
        assertEquals(List.of("000", "004"), order(search("秦创园")));
    }

    @Test
    void luceneSyntaxFieldsAndBooleans() throws IOException {
        assertEquals(Set.of("004"), seeds(search("title:思考")));
        Set<String> both = seeds(search("西安 AND 兰州"));
        Set<String> either = seeds(search("西安 OR 兰州"));
        assertTrue(either.containsAll(both) && either.size() >= both.size());
        Set<String> not = seeds(search("西安 NOT 兰州"));
        assertTrue(not.stream().noneMatch(both::contains));
        assertEquals(seeds(search("R&D")), seeds(search("r&d")));
        assertTrue(search("61.21亿元").total() >= 1, "a figure with its unit is searchable");
    }

    @Test
    void malformedQueriesAreBadRequests() {
        for (String q : List.of("\"unbalanced", "(西安", "*安", "bogus:西安", "西安 AND", "/re.*x/", "title:[a TO")) {
            assertThrows(BadQueryException.class, () -> search(q), q);
        }
        assertThrows(BadQueryException.class, () -> search("x".repeat(1001)));
        assertThrows(BadQueryException.class, () -> req("西安", 1, 101, null, null, null, "relevance"));
        assertThrows(BadQueryException.class, () -> req("西安", 200, 100, null, null, null, "relevance"));
    }

    @Test
    void dateFilterAndDateSort() throws IOException {
        SearchResult r = engine.reads().search(req("", 1, 10, null, LocalDate.of(2022, 1, 1), null, "date"));
        assertEquals(List.of("003", "004", "002"), r.hits().stream().map(h -> h.path().substring(0, 3)).toList());
        SearchResult before = engine.reads().search(req("", 1, 10, null, null, LocalDate.of(2022, 12, 31), "relevance"));
        assertEquals(Set.of("002", "004"), seeds(before));
    }

    @Test
    void pagesAndCursorsWalkTheSameHits() throws IOException {
        List<String> byPage = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            engine.reads().search(req("科技", p, 1, null, null, null, "relevance")).hits().forEach(h -> byPage.add(h.id()));
        }
        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < 6; i++) {
            SearchResult r = engine.reads().search(req("科技", 1, 1, cursor, null, null, "relevance"));
            r.hits().forEach(h -> byCursor.add(h.id()));
            cursor = r.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        assertEquals(5, new HashSet<>(byPage).size());
        assertEquals(byPage, byCursor.subList(0, 5));
        assertThrows(BadQueryException.class, () -> engine.reads().search(req("科技", 1, 1, "!!notacursor", null, null, "relevance")));
    }

    @Test
    void facetsCountReports() throws IOException {
        SearchResult r = search("科技");
        assertNotNull(r.facets().get("format"));
        long total = r.facets().get("format").stream().mapToLong(SearchResult.FacetCount::count).sum();
        assertEquals(r.total(), total);
    }

    @Test
    void moreLikeThis() throws IOException {
        String id000 = search("兰州").hits().stream().filter(h -> h.path().startsWith("000")).findFirst().orElseThrow().id();
        var similar = engine.reads().similar(id000, 3).orElseThrow();
        assertFalse(similar.isEmpty());
        assertTrue(similar.stream().noneMatch(s -> s.id().equals(id000)));
        assertTrue(engine.reads().similar("0".repeat(64), 3).isEmpty());
    }

    @Test
    void documentsAreStoredWithTheirText() throws IOException {
        var list = engine.reads().documents();
        assertEquals(5, list.size());
        var view = engine.reads().document(list.get(2).id()).orElseThrow();
        assertEquals("多地争创科创中心 国家区域协同创新提速", view.title());
        assertTrue(view.text().length() > 1000);
        assertNull(engine.reads().document("f".repeat(64)).orElse(null));
    }

    @Test
    void plainQueriesSplitOnIdeographicSpacesAndTakeOperatorsAsWords() throws IOException {
        long both = engine.reads().search(SearchRequest.of("技术合同 研发", 10)).total();
        assertTrue(both > 0);
        assertEquals(both, engine.reads().search(SearchRequest.of("技术合同\u3000研发", 10)).total(),
                "an input method's full-width space separates chunks like an ASCII one");
        SearchRequest plainAnd = new SearchRequest("西安 AND 科技", "plain", 1, 10, null, List.of(), null, null, "relevance",
                List.of(), false, List.of(), List.of());
        assertTrue(engine.reads().search(plainAnd).query().contains("body:and"), "plain mode: AND is a word");
        assertTrue(engine.reads().search(SearchRequest.of("西安 AND 科技", 10)).query().contains("+(body:西安"),
                "auto mode: AND is the operator");
    }

    /** The index stores text, mentions and figures apart; the document API puts back what extraction gave. */
    @Test
    void aStoredDocumentIsTheViewExtractionMade() throws Exception {
        var pipeline = engine.pipeline();
        for (var summary : engine.reads().documents()) {
            var fresh = pipeline.process(Path.of("corpus").resolve(summary.path()), summary.path());
            var expected = com.policyminer.extract.DocumentView.of(fresh.analyzed().document(), fresh.extraction());
            var stored = engine.reads().document(summary.id()).orElseThrow();
            assertEquals(com.policyminer.index.StoredJson.write(expected), com.policyminer.index.StoredJson.write(stored),
                    summary.path());
        }
    }

    private static List<String> order(SearchResult r) {
        return r.hits().stream().map(h -> h.path().substring(0, 3)).toList();
    }

    private static SearchResult exactOnly(String q) throws IOException {
        return engine.reads().search(new SearchRequest(q, "auto", 1, 10, null, List.of(), null, null, "relevance",
                List.of(), false, List.of(), List.of(), false));
    }

    /** Issue 23: the report that discusses exactly this (上海向苏浙皖地区共输出技术) comes first. */
    @Test
    void aQueryWhoseWordsNoReportHasAllStillFindsTheReportThatDiscussesIt() throws IOException {
        SearchResult r = search("上海 技术输出 苏浙皖");
        assertTrue(r.total() > 0);
        assertEquals("000", order(r).get(0), r.hits().toString());
        SearchResult.Hit top = r.hits().get(0);
        assertTrue(top.passages().get(0).html().contains("苏浙皖"), "the sentence with the query's concepts first: " + top.passages());
        // without synonyms, no report has all three: the relaxed hits say what they miss
        SearchResult plain = exactOnly("上海 技术输出 苏浙皖");
        assertTrue(plain.relaxed());
        assertEquals("000", order(plain).get(0));
        assertEquals(List.of("技术输出"), plain.hits().get(0).missing());
        assertEquals(List.of("上海", "苏浙皖"), plain.hits().get(0).matched());
        assertTrue(plain.hits().stream().allMatch(h -> h.matched().size() + h.missing().size() == 3));
    }

    /** Issue 23: seed 004 says 研发经费投入 and 全社会研发经费投入 for 西安, a synonym of 研发投入. */
    @Test
    void anIndicatorAlsoMatchesItsConceptsSynonyms() throws IOException {
        SearchResult r = search("西安 研发投入");
        assertTrue(order(r).containsAll(List.of("000", "004")), order(r).toString());
        assertTrue(r.expansions().get("研发投入").containsAll(List.of("研发经费", "研发强度")), r.expansions().toString());
        SearchResult.Hit h004 = r.hits().stream().filter(h -> h.path().startsWith("004")).findFirst().orElseThrow();
        assertTrue(h004.missing().isEmpty() && h004.passages().stream().anyMatch(p -> p.html().contains("<mark>研发经费")), h004.passages().toString());
        SearchResult off = exactOnly("西安 研发投入");
        assertTrue(off.expansions().isEmpty());
        // a quoted phrase stays exact
        assertFalse(search("西安 \"研发投入\"").expansions().containsKey("研发投入"));
    }

    /** A report matching every chunk exactly ranks above one matching only through an alternative, or fewer chunks. */
    @Test
    void tiersKeepFullerAndExacterMatchesFirst() throws IOException {
        SearchResult r = search("上海 技术输出 苏浙皖");
        int best = Integer.MAX_VALUE;
        for (SearchResult.Hit h : r.hits()) {
            assertTrue(h.missing().size() >= (best == Integer.MAX_VALUE ? 0 : best), "fewer missing chunks first: " + r.hits());
            best = h.missing().size();
        }
        SearchResult abbreviation = search("长三角");
        assertTrue(abbreviation.expansions().get("长三角").contains("长江三角洲"), abbreviation.expansions().toString());
    }

    /** Precision kept: 苏南 is not found in 江苏南京, 新区 not in 协同创新区, relaxed or not. */
    @Test
    void relaxedMatchingKeepsWordBoundaries() throws IOException {
        for (SearchResult.Hit h : search("苏南 协同创新区").hits()) {
            for (SearchResult.Passage passage : h.passages()) {
                String p = passage.html();
                assertFalse(p.contains("江<mark>苏南</mark>") || p.contains("<mark>苏南</mark>京"), p);
            }
        }
        assertFalse(seeds(search("新区 乌鲁木齐")).contains("001") && !search("新区 乌鲁木齐").hits().stream()
                .filter(h -> h.path().startsWith("001")).findFirst().orElseThrow().missing().contains("新区"));
        assertEquals(0, search("协同创新区块链不存在 量子猫咪").total(), "no chunk matches anywhere: nothing");
    }

    /**
     * When the exact phrase finds less than a page, a chunk's last word may be the start of a text word
     * (the segmentation joined it to what follows), but the match must begin where a text word begins:
     * 苏南 (in 004) is not found in 江苏|南京 (000, 001), 京都 (大阪-神户-京都 in 001) not in 南京|都市圈 (000).
     */
    @Test
    void wordStartAlternativesKeepWordBoundaries() throws IOException {
        SearchResult sunan = search("苏南");
        assertEquals(Set.of("004"), seeds(sunan), sunan.expansions().toString());
        assertTrue(sunan.expansions().get("苏南").contains("苏南*"), sunan.expansions().toString());
        assertEquals(Set.of("001"), seeds(search("京都")));
        SearchResult exact = exactOnly("苏南");
        assertEquals(Set.of("004"), seeds(exact));
        assertTrue(exact.expansions().isEmpty());
    }

    /** An abbreviation's members are a part of it: a report naming only them ranks below one naming it. */
    @Test
    void anAbbreviationsMembersRankBelowTheAbbreviation() throws IOException {
        SearchResult r = search("苏浙皖");
        assertEquals("000", order(r).get(0), r.hits().toString());
        assertTrue(r.expansions().get("苏浙皖").containsAll(List.of("江苏", "浙江", "安徽")), r.expansions().toString());
        assertTrue(r.total() > 1, "members found the reports naming 江苏, 浙江 or 安徽 too");
    }

    /**
     * A place's words count where the report names that place; where it does not (西部科学城 in seed 001 is a
     * name, not the West), a query of that one word still finds the report, after every report naming the place.
     */
    @Test
    void aPlacesWordsElsewhereComeAfterReportsNamingThePlace() throws IOException {
        List<String> west = order(search("西部"));
        assertEquals(seeds(exactOnly("西部")), new TreeSet<>(west), "the same reports as the words as written");
        assertEquals("001", west.get(west.size() - 1), west.toString());
    }
}
