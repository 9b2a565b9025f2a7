package com.policyminer.parse;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

class TextQualityTest {

    /** The per-character tests {@link TextQuality} made before its class table: the table must count the same. */
    private static TextQuality.Counts reference(String text, boolean tabular) {
        int n = Math.min(text.length(), 200_000);
        int visible = 0;
        int bad = 0;
        int letters = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (c == '\uFFFD' || Character.isISOControl(c) || Character.getType(c) == Character.PRIVATE_USE
                    || Character.getType(c) == Character.UNASSIGNED || Character.isSurrogate(c) && !Character.isLetter(text.codePointAt(i))) {
                bad++;
            } else if (Character.isLetter(c) || tabular && Character.isDigit(c)) {
                letters++;
            }
        }
        return new TextQuality.Counts(visible, bad, letters);
    }

    @Test
    void countsEveryCharAsThePerCharacterTestsDid() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            all.append((char) c);
        }
        for (int from = 0; from < all.length(); from += 60_000) {
            String part = all.substring(from, Math.min(all.length(), from + 60_000));
            assertEquals(reference(part, false), TextQuality.count(part, false));
            assertEquals(reference(part, true), TextQuality.count(part, true));
        }
    }

    @Test
    void countsRandomTextsWithPairsAndLoneSurrogatesAsBefore() {
        Random random = new Random(18);
        int[] pool = {'a', '7', ' ', '\n', '中', '，', '\uFFFD', '\u0001', '\uE000', '\u0378', '\uD840', '\uDC00', '０', '\u3000'};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(5) == 0) {
                    s.appendCodePoint(random.nextBoolean() ? 0x20000 + random.nextInt(0x2A6DF - 0x20000) : 0x1F600 + random.nextInt(80));
                } else {
                    s.append((char) pool[random.nextInt(pool.length)]);
                }
            }
            String text = s.toString();
            assertEquals(reference(text, false), TextQuality.count(text, false), text);
            assertEquals(reference(text, true), TextQuality.count(text, true), text);
        }
    }

    @Test
    void rejectsDamageAndSymbolSoupAndKeepsChinese() {
        assertDoesNotThrow(() -> TextQuality.check("西安市研发投入强度达到5.2%，居全国前列。"));
        assertEquals(ParseFailure.Reason.NOT_TEXT,
                assertThrows(ParseFailure.class, () -> TextQuality.check("\uFFFD\uFFFD\uFFFD\uFFFD 文本")).reason());
        assertEquals(ParseFailure.Reason.NOT_TEXT,
                assertThrows(ParseFailure.class, () -> TextQuality.check("#### ---- **** ==== ++++ 1234")).reason());
        assertEquals(ParseFailure.Reason.EMPTY, assertThrows(ParseFailure.class, () -> TextQuality.check(" \n\t ")).reason());
        assertDoesNotThrow(() -> TextQuality.check("1,234 5,678 9,012 3,456 7,890 1,112", true));
    }
}
