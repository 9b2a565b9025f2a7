package com.policyminer.search;

import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A search with facets counts its matches in one pass without scores and ranks its page in another that skips what
 * cannot reach it: the answers (total, hits in order with their scores and passages, facet counts, cursors) are those
 * of the single pass that scores every match, on random queries over a corpus of reports assembled from the real
 * texts' sentences.
 */
class TwoPassSearchTest {

    @TempDir
    static Path dir;
    static Engine engine;

    /** Common words of the reports (as the benchmark's "each new" queries take two of them). */
    private static final List<String> WORDS = List.of("创新", "发展", "科技", "经济", "产业", "政策", "建设", "企业", "数字", "城市",
            "人才", "投资", "市场", "服务", "改革", "开放", "制造", "能源", "金融", "合作", "平台", "项目", "资金", "增长", "研发",
            "技术", "规划", "工业", "园区", "质量", "西安", "北京", "研发投入强度", "秦创原");

    @BeforeAll
    static void ingest() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("corpus")); Stream<Path> excerpts = Files.list(Path.of("core/src/test/resources/searcheval/docs"))) {
            for (Path p : Stream.concat(seeds.filter(f -> f.toString().endsWith(".txt")), excerpts).sorted().toList()) {
                for (String s : Files.readString(p, StandardCharsets.UTF_8).split("(?<=[。！？\n])")) {
                    if (s.strip().length() > 8) {
                        sentences.add(s.strip());
                    }
                }
            }
        }
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Random random = new Random(21);
        for (int i = 0; i < 240; i++) { // enough reports that the page's pass has blocks to skip
            StringBuilder text = new StringBuilder("报告" + i + "\n");
            for (int n = 4 + random.nextInt(12); n > 0; n--) {
                text.append(sentences.get(random.nextInt(sentences.size())));
            }
            Files.writeString(corpus.resolve(String.format("r%03d.txt", i)), text, StandardCharsets.UTF_8);
        }
        engine = TestIndexes.engine(dir, corpus);
        engine.ingest().run(corpus, null);
        engine.reportSearch().keepAnswers(false);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    @Test
    void theTwoPassesAnswerAsTheOneThatScoresEveryMatch() throws IOException {
        Random random = new Random(7);
        int compared = 0;
        int broad = 0;
        for (int i = 0; i < 60; i++) {
            String q = WORDS.get(random.nextInt(WORDS.size())) + (i % 4 == 0 ? "" : " " + WORDS.get(random.nextInt(WORDS.size())));
            String sort = i % 5 == 0 ? "date" : "relevance";
            int page = 1 + random.nextInt(3);
            int size = List.of(3, 10, 20).get(random.nextInt(3));
            SearchRequest r = new SearchRequest(q, "auto", page, size, null, List.of(), null, null, sort, List.of(), false,
                    List.of(), List.of());
            SearchResult twoPasses = search(r, true);
            SearchResult onePass = search(r, false);
            assertSame(onePass, twoPasses, q + " " + sort + " page " + page + " size " + size);
            if (onePass.nextCursor() != null) { // the next page through the cursor, too
                SearchRequest next = new SearchRequest(q, "auto", 1, size, onePass.nextCursor(), List.of(), null, null, sort,
                        List.of(), false, List.of(), List.of());
                assertSame(search(next, false), search(next, true), q + " after the cursor");
            }
            compared++;
            broad += onePass.total() > 3L * size ? 1 : 0;
        }
        assertEquals(60, compared);
        assertTrue(broad >= 20, "most queries match more reports than their page: " + broad);
    }

    private static SearchResult search(SearchRequest r, boolean twoPasses) throws IOException {
        engine.reportSearch().skipBelowPage(twoPasses);
        try {
            return engine.reads().search(r);
        } finally {
            engine.reportSearch().skipBelowPage(true);
        }
    }

    private static void assertSame(SearchResult expected, SearchResult actual, String what) {
        assertEquals(expected.total(), actual.total(), what + ": total");
        assertEquals(expected.hits(), actual.hits(), what + ": hits, their order, scores and passages");
        assertEquals(expected.facets(), actual.facets(), what + ": facets");
        assertEquals(expected.nextCursor(), actual.nextCursor(), what + ": cursor");
        assertEquals(expected.query(), actual.query(), what + ": query");
        assertEquals(expected.relaxed(), actual.relaxed(), what + ": relaxed");
        assertEquals(expected.partial(), actual.partial(), what + ": partial");
    }
}
