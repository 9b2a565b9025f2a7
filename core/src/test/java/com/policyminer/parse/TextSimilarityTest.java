package com.policyminer.parse;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSimilarityTest {

    @Test
    void bitParallelLcsAgreesWithTheTextbookTableOnRandomStrings() {
        Random random = new Random(14);
        String alphabet = "长三角区域一体化发展规划纲要0123456789.%亿元";
        for (int round = 0; round < 400; round++) {
            String a = randomText(random, alphabet, random.nextInt(150));
            String b = random.nextBoolean() ? randomText(random, alphabet, random.nextInt(150)) : mutate(random, a, alphabet);
            assertEquals(dynamicProgramming(a, b), TextSimilarity.lcs(a, b), a + " / " + b);
        }
    }

    @Test
    void ratioIgnoresWhitespaceAndWidthAndCountsInterleavingAsLoss() {
        assertEquals(1.0, TextSimilarity.ratio("地区生产总值 61.21\u3000亿元\n增长５％", "地区生产总值61.21亿元增长5%"));
        assertEquals(0.0, TextSimilarity.ratio("甲乙丙", "丁戊己"));
        double interleaved = TextSimilarity.ratio("长江三角洲区域一体化发展规划纲要二是整合各类创新主体资源",
                "二长是江整三合角各洲类区创域新一主体体化资发源展规划纲要");
        assertTrue(interleaved < 0.7, "interleaved cells " + interleaved);
    }

    @Test
    void thirtyThousandCharactersTakeSecondsNotMinutes() {
        // a textbook O(n·m) table for two 30k texts needs 900M cells (3.6 GB); the bit-parallel LCS takes
        // ~0.1 s alone and stays far under the bound on a loaded two-core machine
        Random random = new Random(3);
        String a = randomText(random, "一二三四五六七八九十亿元万人增长百分点省市区县", 30_000);
        String b = randomText(random, "一二三四五六七八九十亿元万人增长百分点省市区县", 30_000);
        TextSimilarity.ratio(a.substring(0, 3000), b.substring(0, 3000));
        long start = System.nanoTime();
        double r = TextSimilarity.ratio(a, b);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(r > 0.3 && r < 1.0, "ratio " + r);
        assertTrue(millis < 5000, "took " + millis + " ms");
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static String mutate(Random random, String a, String alphabet) {
        StringBuilder out = new StringBuilder(a);
        for (int k = random.nextInt(10); k > 0 && out.length() > 0; k--) {
            int at = random.nextInt(out.length());
            if (random.nextBoolean()) {
                out.deleteCharAt(at);
            } else {
                out.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return out.toString();
    }

    private static int dynamicProgramming(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                t[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length()][b.length()];
    }
}
