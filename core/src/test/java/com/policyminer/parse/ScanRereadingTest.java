package com.policyminer.parse;

import com.policyminer.parse.PdfPageReader.Ruling;
import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scanned table read again without the English model (no Tesseract needed: its words are given). */
class ScanRereadingTest {

    /** Seed 000's table 1 as the page's rules (300 dpi): seven rules across, nine down. */
    private static List<Ruling> grid() {
        List<Ruling> r = new ArrayList<>();
        for (float y : new float[] {2701.5f, 2898.5f, 2973.5f, 3047.5f, 3121.5f, 3195.5f, 3269.5f}) {
            r.add(new Ruling(235, y, 2246, y));
        }
        for (float x : new float[] {236.5f, 487.5f, 737.5f, 988.5f, 1239.5f, 1490.5f, 1741.5f, 1992.5f, 2244.5f}) {
            r.add(new Ruling(x, 2700, x, 3271));
        }
        return r;
    }

    private static Tesseract.Word word(String text, int left, int top, int width) {
        return new Tesseract.Word(text, left, top, width, 35, 80, top);
    }

    private static Tesseract.Line line(Tesseract.Word... words) {
        Tesseract.Word first = words[0];
        Tesseract.Word last = words[words.length - 1];
        return new Tesseract.Line(first.left(), first.top(), last.left() + last.width() - first.left(), 35, List.of(words));
    }

    private static String text(List<Tesseract.Line> lines) {
        StringBuilder b = new StringBuilder();
        for (Tesseract.Line l : lines) {
            b.append(OcrText.joinWords(l.words().stream().map(Tesseract.Word::text).toList())).append('\n');
        }
        return b.toString();
    }

    @Test
    void aTableIsThreeOrMoreRulesOfOneWidth() {
        assertEquals(List.of(new Rectangle(235, 2704, 2011, 563)), ScanRereading.tables(grid()));
        List<Ruling> threeLine = List.of(new Ruling(300, 1000, 2000, 1000), new Ruling(300, 1100, 2000, 1100),
                new Ruling(300, 1600, 2000, 1600), new Ruling(250, 1800, 2200, 1800));
        assertEquals(List.of(new Rectangle(300, 1002, 1700, 596)), ScanRereading.tables(threeLine), "a three-line table; the rule of another width is not its");
        assertEquals(List.of(), ScanRereading.tables(threeLine.subList(0, 2)), "two rules are no table");
        assertEquals(List.of(), ScanRereading.tables(List.of(new Ruling(300, 100, 300, 900), new Ruling(400, 100, 400, 900),
                new Ruling(500, 100, 500, 900))), "rules down alone");
    }

    @Test
    void theEnglishModelIsLeftOutOfTheSecondReading() {
        assertEquals("chi_sim", ScanRereading.languages("chi_sim+eng"));
        assertEquals("chi_sim+chi_sim_vert", ScanRereading.languages("eng+chi_sim+chi_sim_vert"));
        assertNull(ScanRereading.languages("chi_sim"), "nothing would change");
        assertNull(ScanRereading.languages("eng"), "nothing would be left");
    }

    @Test
    void wordsReadAsLatinLettersAreTakenFromTheSecondReading() {
        Rectangle table = ScanRereading.tables(grid()).get(0);
        Tesseract.Line above = line(word("见表1。", 300, 2500, 200), word("GDP", 520, 2500, 60));
        Tesseract.Line names = line(word("R&D", 1498, 2723, 81), word("人员", 1591, 2720, 90), word("专利授权数", 2000, 2720, 200));
        Tesseract.Line units = line(word("(AD", 1521, 2781, 64), word("(%)", 1800, 2781, 60), word("(CFP)", 2022, 2781, 65));
        Tesseract.Line row = line(word("ul", 300, 2921, 40), word("518", 1498, 2921, 56), word("955", 1568, 2921, 59), word("“2.30", 1750, 2921, 70));
        List<Tesseract.Line> first = List.of(above, names, units, row);
        List<Tesseract.Line> again = List.of(line(word("R&D", 1498, 2723, 81), word("人贝", 1591, 2720, 90), word("专利授权数", 2000, 2720, 200)),
                line(word("(人)", 1521, 2781, 60), word("“", 1900, 2781, 10), word("〈件)", 2022, 2781, 65)),
                line(word("11", 300, 2921, 40), word("5I8", 1498, 2921, 56), word("2.3", 1750, 2921, 70)));

        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        List<Tesseract.Line> out = ScanRereading.better(first, table, again, made);
        assertEquals("见表1。GDP\nR&D人员专利授权数\n(人) (%)〈件)\n11 518 955 2.30\n", text(out),
                "words with Latin letters from the second reading where it has none (not 5I8), a stray quote out, each in its place in its line; the rest and what is outside the table as read");
        assertEquals("[(AD→（人）, (CFP)→（件）, ul→11]", made.toString());
    }

    @Test
    void aSecondReadingNoBetterIsNotTaken() {
        Rectangle table = ScanRereading.tables(grid()).get(0);
        List<Tesseract.Line> first = List.of(line(word("R&D", 1498, 2723, 81), word("人员", 1591, 2720, 90)), line(word("(人)", 1521, 2781, 60)));
        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        assertEquals(first, ScanRereading.better(first, table, List.of(line(word("RD", 1498, 2723, 81)), line(word("(A)", 1521, 2781, 60))), made),
                "Latin letters in the second reading too");
        assertEquals(first, ScanRereading.better(first, table, List.of(), made), "nothing read");
        List<Tesseract.Line> outside = List.of(line(word("(AD", 300, 2000, 64)));
        assertEquals(outside, ScanRereading.better(outside, table, List.of(line(word("(人)", 300, 2000, 60))), made), "not in the table");
        assertTrue(made.isEmpty());
    }

    @Test
    void aChineseLineReadAsLatinLettersIsReadAgain() {
        Tesseract.Line chinese = line(word("根据", 300, 1000, 80), word("各地区", 390, 1000, 120), word("研发经费", 520, 1000, 160));
        Tesseract.Line garbled = line(word("2012", 300, 1100, 80), word("4F", 390, 1100, 40), word("DOK,", 440, 1100, 120),
                word("FREEH", 570, 1100, 160), word("黄河", 740, 1100, 80));
        Tesseract.Line english = line(word("Policy", 300, 1200, 120), word("Miner", 430, 1200, 100));
        Tesseract.Line reference = line(word("Gottmann", 300, 1300, 160), word("J.", 470, 1300, 30), word("Megalopolis", 510, 1300, 200));
        assertEquals(List.of(new Rectangle(292, 1092, 536, 51)), ScanRereading.garbled(List.of(chinese, garbled, english, chinese, chinese)),
                "mostly Latin letters in three words or more: the two-word line is not");
        assertEquals(List.of(), ScanRereading.garbled(List.of(reference, english, reference)), "a page of English text is not read again");

        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        List<Tesseract.Line> again = List.of(line(word("2012", 300, 1100, 80), word("年以来，", 380, 1100, 60), word("我国提出", 440, 1100, 120),
                word("了京津冀协同", 565, 1100, 165)));
        List<Tesseract.Line> out = ScanRereading.better(List.of(chinese, garbled), ScanRereading.garbled(List.of(chinese, garbled)).get(0), again, made);
        assertEquals("根据各地区研发经费\n2012年以来，我国提出了京津冀协同黄河\n", text(out));
        assertEquals(3, made.size(), made.toString());
    }

    @Test
    void onlyUnpairedQuotesAreTakenOut() {
        List<Tesseract.Line> lines = List.of(line(word("总值(元)”", 1000, 2781, 100), word("”部支出", 1209, 2777, 90)),
                line(word("“十四五”", 300, 2900, 150), word("目标", 460, 2900, 60)), line(word("“", 1900, 2781, 10)));
        assertEquals("总值(元)部支出\n“十四五”目标\n", text(ScanRereading.withoutStrayQuotes(lines)));
    }
}
