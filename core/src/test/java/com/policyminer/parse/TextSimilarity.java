package com.policyminer.parse;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * How alike two texts are, as the fidelity suite measures it: both NFKC-normalized with all
 * whitespace removed, then 2·LCS / (|a| + |b|), where LCS is the length of their longest common
 * subsequence of characters (the matches of a minimal character diff). LCS is computed with
 * Hyyrö's bit-parallel algorithm, O(|a|·|b| / 64) time and O(alphabet · |a| / 64) memory, so two
 * 30k-character texts take milliseconds whatever their distance.
 */
final class TextSimilarity {

    private TextSimilarity() {
    }

    /** NFKC, then every whitespace character (including U+3000 and no-break spaces) removed. */
    static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** 2·LCS / (|a| + |b|) of the normalized texts; 1.0 for two empty texts. */
    static double ratio(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        return 2.0 * lcs(x, y) / (x.length() + y.length());
    }

    /** Length of the longest common subsequence of chars. */
    static int lcs(String a, String b) {
        int m = a.length();
        if (m == 0 || b.isEmpty()) {
            return 0;
        }
        int words = (m + 63) >>> 6;
        Map<Character, long[]> masks = new HashMap<>();
        for (int i = 0; i < m; i++) {
            masks.computeIfAbsent(a.charAt(i), c -> new long[words])[i >>> 6] |= 1L << (i & 63);
        }
        long[] v = new long[words];
        java.util.Arrays.fill(v, -1L);
        for (int j = 0; j < b.length(); j++) {
            long[] match = masks.get(b.charAt(j));
            if (match == null) {
                continue;
            }
            // V' = (V + (V & M)) | (V & ~M), a multi-word addition with carry
            long carry = 0;
            for (int w = 0; w < words; w++) {
                long u = v[w] & match[w];
                long sum = v[w] + u;
                long carryOut = Long.compareUnsigned(sum, v[w]) < 0 ? 1 : 0;
                long total = sum + carry;
                if (Long.compareUnsigned(total, sum) < 0) {
                    carryOut = 1;
                }
                carry = carryOut;
                v[w] = total | (v[w] & ~match[w]);
            }
        }
        int zeros = 0;
        for (int w = 0; w < words; w++) {
            int bits = w == words - 1 && (m & 63) != 0 ? m & 63 : 64;
            long mask = bits == 64 ? -1L : (1L << bits) - 1;
            zeros += bits - Long.bitCount(v[w] & mask);
        }
        return zeros;
    }
}
