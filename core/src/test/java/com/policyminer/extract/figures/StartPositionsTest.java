package com.policyminer.extract.figures;

import com.policyminer.extract.text.FirstCharPattern;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The start index finds what a plain search finds: positions of each character set, and a pattern's matches tried at
 * them equal {@code Matcher.find()}'s over the same region, on random texts made of the characters the patterns use;
 * the fast reading of plain numbers gives {@link Double#parseDouble}'s double.
 */
class StartPositionsTest {

    private static final String ALPHABET = "0123456789.年月季度上下半一二三四五十分之百全国省市新区，。 \n第位首该公司";

    /** Patterns of the extractor's kind, each with the characters its matches start with. */
    private static final String[][] PATTERNS = {
        {"(?<![0-9])((?:19|20)[0-9]{2})\\s?年|(今年|去年)", "12今去"},
        {"[上下]半年|[一二三四1-4]季度|(?<![0-9年])1?[0-9]\\s?月", "上下一二三四0123456789"},
        {"新区(?<=[，。在全]新区)", "新"},
        {"[全该]省|[全该]市(?!场)", "全该"},
        {"百分之[一二三四五十]+", "百"},
        {"首位|首(?![都府])", "首"},
    };

    @Test
    void findsWhatMatcherFindFinds() {
        Random random = new Random(20261207);
        List<String> sets = new ArrayList<>();
        for (String[] p : PATTERNS) {
            sets.add(p[1]);
        }
        StartPositions.Plan plan = new StartPositions.Plan(sets);
        for (int round = 0; round < 400; round++) {
            String text = randomText(random, 1 + random.nextInt(300));
            StartPositions starts = plan.index(text);
            int from = random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            for (String[] p : PATTERNS) {
                Pattern pattern = Pattern.compile(p[0]);
                assertEquals(positionsOf(text, p[1]), list(starts.at(p[1])), p[1]);
                // the whole text: Matcher.find()'s matches; a region (as a sentence is searched): FirstCharPattern's,
                // which the scans used before (a lookahead may see past a region's end once past its start)
                assertEquals(plainFind(pattern, text, 0, text.length()), finds(starts, pattern, p[1], text, 0, text.length()),
                        p[0] + " in " + text);
                List<Integer> reference = firstCharFind(pattern, p[1], text, from, to);
                assertEquals(reference, finds(starts, pattern, p[1], text, from, to),
                        p[0] + " in [" + from + ", " + to + ") of " + text);
                assertEquals(reference, finds(starts, pattern, null, text, from, to), "every position");
            }
        }
    }

    @Test
    void aStartTestOnlySkipsPositionsThatMatchNothing() {
        StartPositions starts = new StartPositions.Plan("全").index("全国，全省和全国各地");
        StartPositions.Finder f = starts.finder(Pattern.compile("全国"), "全", "全国，全省和全国各地", 0, 10,
                (t, at, to) -> t.startsWith("全国", at));
        List<Integer> found = new ArrayList<>();
        while (f.find()) {
            found.add(f.match().start());
        }
        assertEquals(List.of(0, 6), found);
    }

    @Test
    void indexedSetsOnly() {
        StartPositions starts = new StartPositions.Plan("年").index("2020年");
        assertArrayEquals(new int[] {4}, starts.at("年"));
        assertArrayEquals(new int[0], new StartPositions.Plan("月").index("2020年").at("月"));
        assertThrows(IllegalArgumentException.class, () -> starts.at("月"));
    }

    @Test
    void leadingCharactersAndLiteralPrefixesOfPatterns() {
        assertEquals("全", StartPositions.leadingChars("全国(?!人大|政协)"));
        assertEquals("全本该", StartPositions.leadingChars("[全本该]省"));
        assertEquals("第", StartPositions.leadingChars("第[ⅠⅡ一二]梯队"));
        assertNull(StartPositions.leadingChars("全球|世界"), "alternation at the top");
        assertNull(StartPositions.leadingChars("[0-9]年"), "a range");
        assertNull(StartPositions.leadingChars("全?国"), "an optional first character");
        assertNull(StartPositions.leadingChars("(?:全|本)省"), "a group");
        assertEquals("全国", com.policyminer.extract.text.LeadingChars.literalPrefix("全国(?!人大)"));
        assertEquals("新区", com.policyminer.extract.text.LeadingChars.literalPrefix("新区(?<=[，。]新区)"));
        assertEquals("城", com.policyminer.extract.text.LeadingChars.literalPrefix("城市?群"));
        assertEquals("", com.policyminer.extract.text.LeadingChars.literalPrefix("[全本该]省"));
        assertEquals("", com.policyminer.extract.text.LeadingChars.literalPrefix("全球|世界"));
    }

    @Test
    void plainNumbersReadAsParseDoubleReadsThem() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            int digits = 1 + random.nextInt(15);
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < digits; k++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                b.insert(random.nextInt(b.length() + 1), '.');
            }
            String s = b.toString();
            assertEquals(Double.doubleToLongBits(Double.parseDouble(s)), Double.doubleToLongBits(NumberText.parse(s)), s);
        }
        assertEquals(12.34, NumberText.parse("12.34"));
        assertEquals(1234567890123456.0, NumberText.parse("1234567890123456")); // 16 digits: the slow path
        assertEquals(0.5, NumberText.parse(".5"));
        assertThrows(NumberFormatException.class, () -> NumberText.parse("."));
    }

    private static List<Integer> finds(StartPositions starts, Pattern pattern, String chars, String text, int from, int to) {
        StartPositions.Finder f = starts.finder(pattern, chars, text, from, to);
        List<Integer> out = new ArrayList<>();
        while (f.find()) {
            out.add(f.match().start());
            out.add(f.match().end());
        }
        return out;
    }

    private static List<Integer> firstCharFind(Pattern pattern, String chars, String text, int from, int to) {
        FirstCharPattern.Finder f = FirstCharPattern.of(pattern, chars).finder(text, from, to);
        List<Integer> out = new ArrayList<>();
        while (f.find()) {
            out.add(f.match().start());
            out.add(f.match().end());
        }
        return out;
    }

    private static List<Integer> plainFind(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text).region(from, to);
        List<Integer> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start());
            out.add(m.end());
        }
        return out;
    }

    private static List<Integer> positionsOf(String text, String chars) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Integer> list(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (int x : a) {
            out.add(x);
        }
        return out;
    }

    private static String randomText(Random random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
