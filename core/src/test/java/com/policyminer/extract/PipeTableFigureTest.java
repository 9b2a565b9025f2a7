package com.policyminer.extract;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.Figure;
import com.policyminer.model.Table;
import com.policyminer.model.TableCell;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A table written with vertical bars in a text file, as a statistics bureau's web page renders into text (the
 * real-text held-out set's f02): its cells are figures, the rows the indicators, the caption's place the subject.
 */
class PipeTableFigureTest {

    private static final String TEXT = "2019年玉环市国民经济和社会发展统计公报\n"
            + "全年实现地区生产总值617.50亿元。\n"
            + "表1 2019年玉环市生产总值\n"
            + "| 绝 对 数 (亿元) | 比上年增长 (%) |\n"
            + "|---|---|\n"
            + "地区生产总值 | 617.50 | 5.2 |\n"
            + "第一产业 | 37.11 | 2.6 |\n"
            + "人均生产总值为141647元。\n";

    @Test
    void barsMakeATableAndItsCellsFigures(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("gongbao.txt"), TEXT);
        DocumentPipeline pipeline = new DocumentPipeline(new TikaDocumentParser(), new HanLPAnalyzer(), Extractors.standard());
        var parsed = pipeline.parser().parse(file, "gongbao.txt");
        assertEquals(1, parsed.tables().size());
        Table t = parsed.tables().get(0);
        assertEquals("表1 2019年玉环市生产总值", t.caption());
        assertEquals(3, t.rows().size(), "the separator row is not a row");
        assertEquals(List.of("地区生产总值", "617.50", "5.2"), t.rows().get(1).stream().map(TableCell::text).toList());
        for (List<TableCell> row : t.rows()) {
            for (TableCell c : row) {
                assertEquals(c.text(), parsed.text().substring(c.start(), c.end()));
            }
        }
        List<Figure> cells = Extractors.standard().extract(pipeline.analyze(parsed)).figures().stream()
                .filter(f -> f.source().equals("table")).toList();
        assertEquals(4, cells.size(), cells.toString());
        Figure growth = cells.stream().filter(f -> f.surface().equals("2.6")).findFirst().orElseThrow();
        assertEquals("第一产业", growth.indicator());
        assertEquals("玉环市", growth.subject());
        assertEquals("growth", growth.kind());
        assertEquals(0.026, growth.normalizedValue(), 1e-9);
        assertEquals(Integer.valueOf(2019), growth.year());
        Figure level = cells.stream().filter(f -> f.surface().equals("617.50")).findFirst().orElseThrow();
        assertEquals(6.175e10, level.normalizedValue(), 1);
        assertEquals("CNY", level.normalizedUnit());
    }

    @Test
    void aLineWithOneBarIsText(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "甲 | 乙\n丙丁。\n");
        assertEquals(List.of(), new TikaDocumentParser().parse(file, "a.txt").tables());
    }
}
