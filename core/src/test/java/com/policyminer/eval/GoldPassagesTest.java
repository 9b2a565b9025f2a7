package com.policyminer.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldPassagesTest {

    private static final Map<String, String> TEXTS = Map.of(
            "hunan-2026-a", "二是不断壮大科产融合新动能。全社会研发投入强度提升至2.62%，技术合同成交额突破5000亿元。全社会研发投入强度居前列。",
            "hunan-2026-b", "长株潭全域纳入国家要素市场化配置综合改革试点。长株潭全域纳入。",
            "tianjin-2026-b", "全市技术合同成交额突破2300亿元。");
    private static final List<EvalQuery> QUERIES = List.of(
            new EvalQuery("q85", "multi", "湖南 研发投入强度", Map.of("hunan-2026-a", 3, "hunan-2026-b", 1), Set.of()),
            new EvalQuery("q81", "region-topic", "天津 技术合同成交额", Map.of("tianjin-2026-b", 3), Set.of()));

    @TempDir
    Path dir;

    private Map<String, Map<String, GoldPassages.Gold>> read(String... lines) throws IOException {
        Path tsv = dir.resolve("gold.tsv");
        Files.writeString(tsv, "# comment\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return GoldPassages.read(tsv, QUERIES, TEXTS);
    }

    @Test
    void oneGoldPassagePerGradeThreePairResolvedByPrefix() throws IOException {
        var golds = read("q85\thunan-2026-a\t全社会研发投入强度提升至2.62%", "q81\ttianjin\t全市技术合同成交额突破2300亿元");
        assertEquals("全社会研发投入强度提升至2.62%", golds.get("q85").get("hunan-2026-a").text());
        assertEquals(Set.of("tianjin-2026-b"), golds.get("q81").keySet());
    }

    @Test
    void everyMistakeIsAnErrorByName() {
        String q81 = "q81\ttianjin-2026-b\t全市技术合同成交额突破2300亿元";
        String q85 = "q85\thunan-2026-a\t全社会研发投入强度提升至2.62%";
        assertMessage("no gold passage for [q81 tianjin-2026-b]", () -> read(q85));
        assertMessage("is not a grade-3 document of q85", () -> read(q85, q81, "q85\thunan-2026-b\t长株潭全域纳入国家要素"));
        assertMessage("occurs 2 times in hunan-2026-a", () -> read("q85\thunan-2026-a\t全社会研发投入强度", q81));
        assertMessage("occurs 0 times in hunan-2026-a", () -> read("q85\thunan-2026-a\t研发投入强度提升至3%", q81));
        assertMessage("at least 8 characters", () -> read("q85\thunan-2026-a\t提升至2.62", q81));
        assertMessage("a second gold passage for q85 hunan-2026-a", () -> read(q85, q85.replace("全社会", ""), q81));
        assertMessage("no query q99", () -> read(q85, q81, "q99\thunan-2026-a\t全社会研发投入强度提升至2.62%"));
        assertMessage("'hunan' names 2 documents", () -> read("q85\thunan\t全社会研发投入强度提升至2.62%", q81));
        assertMessage("expected 3 tab-separated columns", () -> read(q85 + "\textra", q81));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IOException e = assertThrows(IOException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
