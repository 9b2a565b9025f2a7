package com.policyminer.search;

import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 23: a strategy is found under any of its names; the exact name still ranks first. */
class PolicyNameSearchTest {

    @TempDir
    static Path dir;
    static Engine engine;

    @BeforeAll
    static void ingest() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "关于中部发展的研究\n\n近年来，湖北、湖南、河南等省深入实施中部崛起战略，交通物流枢纽功能持续增强。\n");
        Files.writeString(corpus.resolve("b.txt"), "区域协调发展观察\n\n国家出台多项举措促进中部地区崛起，推动长江中游城市群协同发展。\n");
        Files.writeString(corpus.resolve("c.txt"), "能源转型简报\n\n各地围绕碳达峰碳中和目标，加快发展新能源，中部地区风电装机稳步增长。\n");
        engine = TestIndexes.engine(dir.resolve("index"), corpus);
        engine.ingest().run(corpus, null);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static List<String> files(SearchResult r) {
        return r.hits().stream().map(h -> h.path().replace(".txt", "")).toList();
    }

    @Test
    void aStrategyMatchesItsOtherNamesBelowTheExactName() throws IOException {
        SearchResult r = engine.reads().search(SearchRequest.of("中部崛起", 10));
        assertEquals(List.of("a", "b"), files(r), r.hits().toString());
        assertTrue(r.expansions().get("中部崛起").contains("中部地区崛起"), r.expansions().toString());
        assertTrue(r.hits().get(1).passages().get(0).html().contains("<mark>中部地区崛起</mark>"), r.hits().get(1).passages().toString());
        SearchResult back = engine.reads().search(SearchRequest.of("促进中部地区崛起", 10));
        assertEquals(List.of("b", "a"), files(back), back.hits().toString());
    }

    @Test
    void anAbbreviatedStrategyFindsItsFullName() throws IOException {
        assertEquals(List.of("c"), files(engine.reads().search(SearchRequest.of("双碳", 10))));
    }

    @Test
    void aQuotedNameStaysExact() throws IOException {
        SearchResult r = engine.reads().search(SearchRequest.of("\"中部崛起\"", 10));
        assertEquals(List.of("a"), files(r));
        assertFalse(r.expansions().containsKey("中部崛起"));
    }
}
