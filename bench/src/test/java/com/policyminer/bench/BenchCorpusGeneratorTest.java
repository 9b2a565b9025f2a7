package com.policyminer.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCorpusGeneratorTest {

    private static final SeedText SEEDS = new SeedText(List.of(
            List.of("西安市2021年研发投入达到61.21亿元。", "兰州新区建设科技创新中心。", "长三角城市群协同发展。"),
            List.of("陕西省高新技术企业1500家。", "成渝地区双城经济圈。", "“十四五”时期区域协调发展。", "甘肃省专利授权量增长12.5%。")));

    @Test
    void sameSeedSameReportsDifferentIndexDifferentReport() {
        CorpusGenerator a = new CorpusGenerator(SEEDS, 7);
        CorpusGenerator b = new CorpusGenerator(SEEDS, 7);
        assertEquals(a.report(3), b.report(3));
        assertNotEquals(a.report(3), a.report(4));
        assertNotEquals(a.report(3), new CorpusGenerator(SEEDS, 8).report(3));
    }

    @Test
    void reportsAreDistinctAndLongEnough() {
        CorpusGenerator g = new CorpusGenerator(SEEDS, 1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String r = g.report(i);
            assertTrue(r.length() >= 5_500, "report " + i + " is " + r.length() + " chars");
            assertTrue(seen.add(r), "report " + i + " repeats an earlier one");
        }
    }

    @Test
    void clearDeletesOnlyGeneratedFiles(@TempDir Path dir) throws IOException {
        new CorpusGenerator(SEEDS, 1).write(dir, 0, 3);
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        CorpusGenerator.clear(dir);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("notes.txt")), files.toList());
        }
    }

    @Test
    void seedParagraphsSkipFrontMatterAndBlankLines() {
        assertEquals(List.of("正文第一段", "第二段"),
                SeedText.paragraphs("---\nlayout: post\ntitle: \"x\"\n---\n\n正文第一段\n\n  第二段  \n"));
    }

    @Test
    void scanLiteralsDropOperatorsAndKeepPhrases() {
        assertEquals(List.of("区域协调发展", "西安"), BenchQueries.literals("\"区域协调发展\" AND 西安"));
        assertEquals(List.of("科技创新中心", "西安", "兰州"), BenchQueries.literals("科技创新中心 AND (西安 OR 兰州)"));
        assertTrue(BenchQueries.load().size() >= 30);
    }
}
