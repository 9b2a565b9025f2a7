package com.policyminer.parse;

import com.policyminer.parse.PdfLines.Line;
import com.policyminer.parse.PdfPageLayout.Item;
import com.policyminer.parse.PdfPageLayout.TextLine;
import com.policyminer.parse.PdfPageReader.Glyph;
import com.policyminer.parse.PdfPageReader.Ruling;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF reader's parts on hand-made geometry: page numbers, running lines, grids, lines, joins. */
class PdfLayoutPartsTest {

    @Test
    void pageNumbersAsReportsPrintThem() {
        assertEquals("3", PdfRunningText.pageNumber("— 3 —"));
        assertEquals("3", PdfRunningText.pageNumber("- 3 -"));
        assertEquals("3", PdfRunningText.pageNumber("第3页"));
        assertEquals("3", PdfRunningText.pageNumber("第 3 页 共 12 页"));
        assertEquals("3", PdfRunningText.pageNumber("3/12"));
        assertEquals("3", PdfRunningText.pageNumber("Page 3 of 12"));
        assertEquals("iv", PdfRunningText.pageNumber("iv"));
        assertNull(PdfRunningText.pageNumber("2020年"));
        assertNull(PdfRunningText.pageNumber("表3 主要指标"));
    }

    @Test
    void runningHeaderFooterAndPageNumbersAreFoundButNotAStrayNumber() {
        List<PdfPageLayout> pages = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            List<Item> items = new ArrayList<>();
            items.add(new TextLine(line("构建西安兰州国家区域科技创新中心的考虑", 40, 0)));
            items.add(new TextLine(line("正文第" + p + "页的一段文字，讲区域科技创新。", 300, 1)));
            if (p == 3) {
                items.add(new TextLine(line("28", 770, 2))); // a table's number near the foot of page 3
            }
            items.add(new TextLine(line("— " + (p + 10) + " —", 800, 3)));
            pages.add(new PdfPageLayout(p, 595, 842, items, 40, 0, false));
        }
        // the title on page 1, below the header that repeats it, is body text
        List<Item> first = new ArrayList<>(pages.get(0).items());
        first.add(1, new TextLine(line("构建西安兰州国家区域科技创新中心的考虑", 80, 1)));
        pages.set(0, new PdfPageLayout(1, 595, 842, first, 40, 0, false));

        PdfRunningText.Result r = PdfRunningText.find(pages);
        assertEquals("构建西安兰州国家区域科技创新中心的考虑", r.header());
        assertEquals(List.of("11", "12", "13", "14"), IntStream.rangeClosed(1, 4).mapToObj(r.labels()::get).toList());
        for (PdfPageLayout p : pages) {
            for (Item i : p.items()) {
                Line l = ((TextLine) i).line();
                boolean expected = l.top() < 60 || l.text().startsWith("—");
                assertEquals(expected, r.running().contains(l), l.text() + " on page " + p.number());
            }
        }
    }

    @Test
    void gridCellsWithACellMergedAcrossColumnsAndOneAcrossRows() {
        // 3 columns x 3 rows; row 0 merges columns 1-2; column 0 merges rows 1-2
        List<Ruling> r = new ArrayList<>();
        for (float y : new float[] {100, 120, 140, 160}) {
            r.add(new Ruling(50, y, 350, y));
        }
        r.remove(2); // the line at y=140 is drawn only under columns 1-2
        r.add(new Ruling(150, 140, 350, 140));
        r.add(new Ruling(50, 100, 50, 160));
        r.add(new Ruling(150, 100, 150, 160));
        r.add(new Ruling(250, 120, 250, 160)); // not in row 0
        r.add(new Ruling(350, 100, 350, 160));
        List<PdfTableGrid> grids = PdfTableGrid.find(r);
        assertEquals(1, grids.size());
        PdfTableGrid g = grids.get(0);
        assertEquals(3, g.rows());
        assertEquals(3, g.columns());
        assertArrayEquals(new int[] {0, 1}, g.cellAt(300, 110)); // merged across columns
        assertArrayEquals(new int[] {1, 0}, g.cellAt(100, 150)); // merged across rows
        assertArrayEquals(new int[] {2, 2}, g.cellAt(300, 150));
        assertNull(g.cellAt(10, 10));
        assertFalse(g.isAnchor(0, 2));
        assertFalse(g.hasLeftBorder(0, 2));
        assertFalse(g.isAnchor(2, 0));
        assertTrue(g.hasLeftBorder(2, 0));
        assertArrayEquals(new float[] {150, 100, 350, 120}, g.box(0, 1));
    }

    @Test
    void aFrameAroundOneParagraphIsNoTable() {
        List<Ruling> box = List.of(new Ruling(50, 100, 350, 100), new Ruling(50, 200, 350, 200),
                new Ruling(50, 100, 50, 200), new Ruling(350, 100, 350, 200));
        assertTrue(PdfTableGrid.find(box).isEmpty());
    }

    @Test
    void aThreeLineTableGetsItsColumnsAndRowsAndKeepsAWrappedCellInItsRow() {
        List<Ruling> rules = List.of(new Ruling(50, 100, 350, 100), new Ruling(50, 130, 350, 130), new Ruling(50, 200, 350, 200));
        List<Glyph> glyphs = new ArrayList<>();
        word(glyphs, "地区", 55, 120);
        word(glyphs, "数值（亿元）", 200, 120);
        word(glyphs, "山东", 55, 145);
        word(glyphs, "73 129", 200, 145);
        word(glyphs, "湖北", 55, 162);
        word(glyphs, "43", 200, 162);
        word(glyphs, "省", 55, 177); // 湖北 wraps: a line with text only where the row above had some
        word(glyphs, "正文在表下。", 55, 230);
        PdfPageLayout page = PdfPageLayout.of(new PdfPageReader.RawPage(1, 595, 842, glyphs, rules, 0, false));
        PdfPageLayout.TableBlock table = page.items().stream().filter(i -> i instanceof PdfPageLayout.TableBlock)
                .map(i -> (PdfPageLayout.TableBlock) i).findFirst().orElseThrow();
        List<List<String>> cells = table.rows().stream().map(r -> r.stream().map(PdfPageLayout.Cell::text).toList()).toList();
        assertEquals(List.of(List.of("地区", "数值（亿元）"), List.of("山东", "73 129"), List.of("湖北省", "43")), cells);
        assertTrue(page.items().stream().anyMatch(i -> i instanceof TextLine t && t.line().text().equals("正文在表下。")));
    }

    @Test
    void textBetweenTwoRulesInOneColumnIsNoTable() {
        List<Ruling> rules = List.of(new Ruling(50, 100, 350, 100), new Ruling(50, 140, 350, 140));
        List<Glyph> glyphs = new ArrayList<>();
        word(glyphs, "一段正文，夹在两条横线之间，没有分栏。", 55, 120);
        PdfPageLayout page = PdfPageLayout.of(new PdfPageReader.RawPage(1, 595, 842, glyphs, rules, 0, false));
        assertTrue(page.items().stream().allMatch(i -> i instanceof TextLine));
    }

    @Test
    void scannedPagesAndGlyphsWithoutTextAreSuspectedLosses() {
        PdfPageLayout text = new PdfPageLayout(1, 595, 842, List.of(), 800, 0, false);
        PdfPageLayout scan = new PdfPageLayout(2, 595, 842, List.of(), 0, 0, true);
        PdfPageLayout blank = new PdfPageLayout(3, 595, 842, List.of(), 0, 0, false);
        PdfPageLayout noUnicode = new PdfPageLayout(4, 595, 842, List.of(), 3, 600, false);
        assertNull(PdfTextReader.suspectLoss(List.of(text, blank)));
        String s = PdfTextReader.suspectLoss(List.of(text, scan, blank, noUnicode));
        assertTrue(s.contains("page 4 has glyphs without Unicode text"), s);
        assertTrue(s.contains("page 2 is an image without a text layer"), s);
        assertNull(PdfTextReader.suspectLoss(List.of(scan)), "a wholly scanned PDF fails as needing OCR instead");
    }

    private static void word(List<Glyph> out, String s, float x, float baseline) {
        for (char c : s.toCharArray()) {
            float w = c < 128 ? 5 : 10;
            if (c != ' ') {
                out.add(new Glyph(String.valueOf(c), x, baseline - 8, w, 8, baseline, 10, false, false, "F"));
            }
            x += c == ' ' ? 2.5f : w;
        }
    }

    @Test
    void glyphsBecomeLinesWithSpacesOnlyWhereTheyAreSpaced() {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 50;
        for (char c : "2020年R&D".toCharArray()) {
            glyphs.add(glyph(String.valueOf(c), x, 100, c < 128 ? 6 : 12, false));
            x += (c < 128 ? 6 : 12) + (c == '0' && glyphs.size() == 4 ? 3 : 0); // an office suite's gap before 年
        }
        glyphs.add(glyph("6", x + 3, 100, 6, true)); // a drawn space
        glyphs.add(glyph("1", x + 9, 100, 6, false));
        glyphs.add(glyph("下", 50, 118, 12, false)); // next line
        List<Line> lines = PdfLines.of(glyphs, IntStream.range(0, glyphs.size()).boxed().toList());
        assertEquals(2, lines.size());
        assertEquals("2020年R&D 61", lines.get(0).text());
        assertEquals("下", lines.get(1).text());
        assertTrue(lines.get(0).sameRow(lines.get(0)));
    }

    @Test
    void aFootnoteMarkDrawnAfterItsLineGoesBackIntoIt() {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 50;
        for (char c : "对比分析。创新链".toCharArray()) {
            glyphs.add(glyph(String.valueOf(c), x, 100, 12, false));
            x += c == '析' ? 16 : 12; // room for the mark after 析
        }
        glyphs.add(new Glyph("⁷", 98, 92, 4, 5, 96, 7, false, false, "F")); // after 析, drawn last
        List<Line> lines = PdfLines.of(glyphs, IntStream.range(0, glyphs.size()).boxed().toList());
        assertEquals(1, lines.size());
        assertEquals("对比分析⁷。创新链", lines.get(0).text());
    }

    @Test
    void linesJoinWithoutSpacesInChineseAndWithThemBetweenWords() {
        assertEquals("", PdfParagraphs.joiner('发', '展', false));
        assertEquals("", PdfParagraphs.joiner('2', '年', false));
        assertEquals("", PdfParagraphs.joiner('2', '7', false)); // 279 broken as 2 | 79
        assertEquals(" ", PdfParagraphs.joiner('6', '9', true)); // 6 903 broken at its space
        assertEquals(" ", PdfParagraphs.joiner('d', 'T', false));
    }

    private static Line line(String text, float top, int seq) {
        return new Line(text, 100, 100 + 10 * text.length(), top, top + 10, top + 10, 10, false, seq, "F", false);
    }

    private static Glyph glyph(String s, float x, float baseline, float w, boolean spaceBefore) {
        return new Glyph(s, x, baseline - 10, w, 10, baseline, 12, false, spaceBefore, "F");
    }
}
