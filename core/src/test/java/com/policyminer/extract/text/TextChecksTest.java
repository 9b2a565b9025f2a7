package com.policyminer.extract.text;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written checks answer as the regular expressions they replace, on strings made of the characters that matter. */
class TextChecksTest {

    private static final String ALPHABET = "增长速幅的约近、，,和及与 \t\n\r\u000B\f\u0085\u2028\u3000a年份度";

    @Test
    void sameAnswersAsTheRegularExpressions() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(7);
            for (int k = 0; k < n; k++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = b.toString();
            assertEquals(s.matches(".*(增长|增速|增幅).*"), TextChecks.containsAnyOnOneLine(s, new String[] {"增长", "增速", "增幅"}), s);
            assertEquals(s.matches(".*(年份|年度).*"), TextChecks.containsAnyOnOneLine(s, new String[] {"年份", "年度"}), s);
            assertEquals(s.matches("[、，,和及与\\s]*"), TextChecks.onlyCharsOrSpace(s, 0, s.length(), "、，,和及与"), s);
            assertEquals(s.replaceAll("[的约近\\s]", "").isEmpty(), TextChecks.onlyCharsOrSpace(s, 0, s.length(), "的约近"), s);
            assertEquals(s.replaceAll("\\s", ""), TextChecks.withoutRegexSpace(s), s);
        }
    }
}
