package com.policyminer.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Post-processing of Tesseract's words and lines (no Tesseract needed). */
class OcrTextTest {

    @Test
    void joinsWordsWithoutTheSpacesBetweenChineseCharacters() {
        assertEquals("区域科技创新中心", OcrText.joinWords(List.of("区", "域", "科技", "创新", "中", "心")));
        assertEquals("2016年以来", OcrText.joinWords(List.of("2016", "年", "以", "来")));
        assertEquals("R&D经费投入强度达到4.17%，", OcrText.joinWords(List.of("R&D", "经", "费", "投入", "强度", "达到", "4.17%，")));
        assertEquals("Page 3 of 12", OcrText.joinWords(List.of("Page", "3", "of", "12")));
        assertEquals("技术输出6 903项", OcrText.joinWords(List.of("技术", "输出", "6", "903", "项")));
        assertEquals("6 903", OcrText.joinWords(List.of("6", "903")), "a digit group stays apart, as printed");
    }

    @Test
    void foldsFullWidthDigitsLettersAndSignsOfNumbers() {
        assertEquals("2020年GDP增长5.2%", OcrText.foldWidth("２０２０年ＧＤＰ增长５．２％"));
        assertEquals("1,000万元，同比", OcrText.foldWidth("１，０００万元，同比"), "a comma inside a number only");
        assertEquals("2021-2025年：", OcrText.foldWidth("２０２１－２０２５年："));
    }

    @Test
    void readsLettersAsDigitsOnlyInsideNumbers() {
        assertEquals("2020年", OcrText.numbers("2O2O年"));
        assertEquals("增长15.3%", OcrText.numbers("增长l5.3%"));
        assertEquals("达到10%", OcrText.numbers("达到1O%"));
        assertEquals("共101项", OcrText.numbers("共1O|项"));
        assertEquals("增长1.5倍", OcrText.numbers("增长l.5倍"));
        // not numbers: Latin words, a letter alone, a letter beside a Latin word
        assertEquals("OECD国家", OcrText.numbers("OECD国家"));
        assertEquals("COVID-19疫情", OcrText.numbers("COVID-19疫情"));
        assertEquals("第I部分", OcrText.numbers("第I部分"));
        assertEquals("G60科创走廊", OcrText.numbers("G60科创走廊"));
        assertEquals("Il", OcrText.numbers("Il"));
        assertEquals("B2O", OcrText.numbers("B2O"), "next to a Latin letter: a code, not a number");
    }

    @Test
    void fitsPunctuationToItsScript() {
        assertEquals("西安，兰州；合作：", OcrText.punctuation("西安,兰州;合作:"));
        assertEquals("（1）上海张江", OcrText.punctuation("(1)上海张江"));
        assertEquals("（亿元）", OcrText.punctuation("(亿元)"));
        assertEquals("f(x) = 1, 2", OcrText.punctuation("f(x) = 1, 2"), "Latin text keeps Latin punctuation");
        assertEquals("增长2.5%，同比", OcrText.repair("增长２．５％,同比"));
        assertEquals("地区生产总值（亿元）", OcrText.punctuation("地区生产总值〈亿元）"), "the serif （ read as 〈");
        assertEquals("；（2）获得", OcrText.punctuation("；《2）获得"));
        assertEquals("总值（亿元）", OcrText.punctuation("总值〈亿元)"));
        assertEquals("《纲要》（草案）", OcrText.punctuation("《纲要》（草案）"), "a title's brackets stay");
        assertEquals("〈注〉（1）说明", OcrText.punctuation("〈注〉(1)说明"), "an angle bracket closed by its own stays");
    }

    @Test
    void readsTheSerifPercentSignAsAPercentSign() {
        assertEquals("3.14%\u0000，", OcrText.percent("3.14%6，"));
        assertEquals("45.9\u0000%\u0000和", OcrText.percent("45.99%6和"));
        assertEquals("达到8%\u0000", OcrText.percent("达到8%6"));
        assertEquals("增长5%，10%", OcrText.percent("增长5%，10%"), "a real percent sign stays");
        assertEquals("5%12", OcrText.percent("5%12"), "two digits after: left alone");
    }

    @Test
    void readsNinetySixAfterADecimalAsAPercentSignWhenUnsure() {
        assertEquals("分别占44.25%\u0000和75.02%", OcrText.percentAsNinetySix("分别占44.2596和75.02%", unsure("分别占44.2596和75.02%", 3, 10)));
        assertEquals("达到4.4%\u0000，", OcrText.percentAsNinetySix("达到4.496，", unsure("达到4.496，", 2, 7)));
        assertEquals("45.9%\u0000", OcrText.percentAsNinetySix("45.996", unsure("45.996", 0, 6)));
        // kept: read surely, no decimal place before it, more digits after it, an integer
        float[] sure = new float[8];
        java.util.Arrays.fill(sure, 95);
        assertEquals("指数0.8596", OcrText.percentAsNinetySix("指数0.8596", sure));
        assertEquals("共496项", OcrText.percentAsNinetySix("共496项", unsure("共496项", 1, 4)));
        assertEquals("1.9612", OcrText.percentAsNinetySix("1.9612", unsure("1.9612", 0, 6)));
        assertEquals("2.96", OcrText.percentAsNinetySix("2.96", unsure("2.96", 0, 4)), "two places: 2.96 is a number");
    }

    private static float[] unsure(String s, int from, int to) {
        float[] c = new float[s.length()];
        java.util.Arrays.fill(c, 95);
        java.util.Arrays.fill(c, from, to, 50);
        return c;
    }

    @Test
    void repairKeepsOneCharacterForOne() {
        // the glyph boxes of a line are matched to its repaired text by position
        Random random = new Random(19);
        String alphabet = "0123456789OolI|.,%，。；：（）()年万亿元ＡＢ１２３％．－ -abcGDP";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(s.length(), OcrText.repair(s.toString()).length(), s.toString());
        }
    }
}
