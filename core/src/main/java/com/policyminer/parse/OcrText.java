package com.policyminer.parse;

import java.util.List;

/**
 * Repairs what Tesseract writes in Chinese text, word by word and line by line: full-width digits and
 * Latin letters folded to ASCII, Latin punctuation between Chinese characters made full-width (and
 * full-width punctuation inside numbers half-width), the letters it reads for digits ({@code O} → 0,
 * {@code l I |} → 1) changed only inside numbers, and words joined without the spaces it puts between
 * Chinese characters. Lines are joined into paragraphs by the PDF reader's own layout rules, not here.
 */
final class OcrText {

    private OcrText() {
    }

    /** A line's words as text: a space only between two words that are both Latin or numbers at the join. */
    static String joinWords(List<String> words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (s.length() > 0 && spaceBetween(s.charAt(s.length() - 1), w.charAt(0))) {
                s.append(' ');
            }
            s.append(w);
        }
        return s.toString();
    }

    /** Whether Tesseract's word gap between these characters is a real space (Latin text, numbers), not its gap between Chinese characters. */
    static boolean spaceBetween(char before, char after) {
        return !wide(before) && !wide(after);
    }

    /** A Chinese character or full-width punctuation: no space is written next to it. */
    static boolean wide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF00 && c <= 0xFFEF || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
    }

    /** Marks a character Tesseract made up: {@link #repair} keeps one character for one, and the glyph of this one is dropped. */
    static final char DROPPED = '\u0000';

    /**
     * One line of OCR text repaired: widths folded, numbers repaired, punctuation fitted to its
     * script. The result has the line's length (a glyph per character); characters taken out are
     * {@link #DROPPED}.
     */
    static String repair(String line) {
        return percent(punctuation(numbers(foldWidth(line))));
    }

    /**
     * The percent sign of a serif CJK font, which Tesseract reads as {@code 9%6} or {@code %6}: after
     * a number, {@code 9%6} is {@code %}, and a digit right after {@code %} that no other digit follows
     * is dropped (3.14%6，→ 3.14%，; a number never starts right after a percent sign).
     */
    static String percent(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != '%' || !Character.isDigit(s.charAt(i - 1))) {
                continue;
            }
            boolean digitAfter = i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))
                    && (i + 2 >= s.length() || !Character.isDigit(s.charAt(i + 2)));
            if (!digitAfter) {
                continue;
            }
            b.setCharAt(i + 1, DROPPED);
            if (s.charAt(i - 1) == '9' && i >= 2 && Character.isDigit(s.charAt(i - 2))) {
                b.setCharAt(i - 1, DROPPED); // 45.99%6 → 45.9%
            }
        }
        return b.toString();
    }

    /** Below this confidence (0–100) a decimal ending in 96 may be a misread percent sign. */
    static final float UNSURE_PERCENT = 80;

    /**
     * The serif percent sign Tesseract reads as {@code 96} at the end of a decimal number (44.25% →
     * 44.2596, 4.4% → 4.496): a decimal of three or more places that ends in 96, that no digit or
     * {@code %} follows, read with a confidence under {@link #UNSURE_PERCENT}, ends in {@code %}
     * ({@code 96} → {@code %} and a {@link #DROPPED} character). In the seeds' scans these words had
     * confidence 18–73; a number printed so (0.8596) is read surely and kept.
     *
     * @param confidence the confidence (0–100) of each character of {@code s}
     */
    static String percentAsNinetySix(String s, float[] confidence) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) != '9' || s.charAt(i + 1) != '6' || confidence[i] >= UNSURE_PERCENT
                    || i + 2 < s.length() && (Character.isDigit(s.charAt(i + 2)) || s.charAt(i + 2) == '%')) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && Character.isDigit(s.charAt(k))) {
                k--;
            }
            boolean decimals = k < i - 1 && k >= 1 && s.charAt(k) == '.' && Character.isDigit(s.charAt(k - 1));
            if (decimals) { // at least one decimal place before the 96
                b.setCharAt(i, '%');
                b.setCharAt(i + 1, DROPPED);
            }
        }
        return b.toString();
    }

    /** Full-width digits, Latin letters and the signs of numbers ({@code ％ ． ＋ －}) to ASCII. */
    static String foldWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '％' || c == '＋' || c == '＆') {
                c = (char) (c - 0xFEE0);
            } else if ((c == '．' || c == '，' || c == '－' || c == '：') && between(s, i, Character::isDigit)) {
                c = (char) (c - 0xFEE0); // 3．5, 1，000, 2020－2025, 12：30 inside a number
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * Letters Tesseract reads for digits, changed only inside a number: {@code O o} → 0 and
     * {@code l I |} → 1 in a run of digits and such letters (with {@code . , %}) that holds a digit and
     * is not part of a Latin word (2O2O → 2020, l5.3% → 15.3%, but OECD, Il, GDP stay).
     */
    static String numbers(String s) {
        StringBuilder b = new StringBuilder(s);
        int i = 0;
        while (i < s.length()) {
            if (!numberish(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean digit = false;
            while (j < s.length() && numberish(s.charAt(j))) {
                digit |= Character.isDigit(s.charAt(j));
                j++;
            }
            boolean latinAround = i > 0 && isLatin(s.charAt(i - 1)) || j < s.length() && isLatin(s.charAt(j));
            if (digit && !latinAround) {
                for (int k = i; k < j; k++) {
                    char c = s.charAt(k);
                    if (confusable(c) && nextToDigit(s, k, i, j)) {
                        b.setCharAt(k, c == 'O' || c == 'o' ? '0' : '1');
                    }
                }
            }
            i = j;
        }
        return b.toString();
    }

    /**
     * Latin {@code , ; : ? ! ( )} next to a Chinese character made full-width (Chinese text's own
     * punctuation); a parenthesis pair is made full-width when it holds or touches Chinese text. An
     * angle bracket {@code 〈} or {@code 《} that a parenthesis closes (before any other bracket) is
     * the full-width {@code （} Tesseract misreads in a serif face (〈亿元）, 《2）): a third of the
     * opening parentheses of the seeds' scans.
     */
    static String punctuation(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int full = switch (c) {
                case ',' -> '，';
                case ';' -> '；';
                case ':' -> '：';
                case '?' -> '？';
                case '!' -> '！';
                default -> 0;
            };
            if (full != 0 && (i > 0 && han(s.charAt(i - 1)) || i + 1 < s.length() && han(s.charAt(i + 1)))) {
                b.setCharAt(i, (char) full);
            }
            if (c == '〈' || c == '《') {
                int close = closing(s, i);
                if (close > 0) {
                    b.setCharAt(i, '（'); // 〈亿元） 《2）: the serif （ read as an angle bracket, closed by a parenthesis
                    b.setCharAt(close, '）');
                }
            }
            if (c == '(' || c == '（') {
                int close = closing(s, i);
                if (close > 0) {
                    boolean chinese = s.substring(i + 1, close).codePoints().anyMatch(OcrText::han)
                            || i > 0 && han(s.charAt(i - 1)) || close + 1 < s.length() && han(s.charAt(close + 1));
                    b.setCharAt(i, chinese ? '（' : '(');
                    b.setCharAt(close, chinese ? '）' : ')');
                }
            }
        }
        return b.toString();
    }

    private static int closing(String s, int open) {
        for (int k = open + 1; k < s.length() && k < open + 80; k++) {
            char c = s.charAt(k);
            if (c == ')' || c == '）') {
                return k;
            }
            if (c == '(' || c == '（' || c == '〈' || c == '《' || c == '〉' || c == '》') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean numberish(char c) {
        return Character.isDigit(c) || confusable(c) || c == '.' || c == ',' || c == '%';
    }

    private static boolean confusable(char c) {
        return c == 'O' || c == 'o' || c == 'l' || c == 'I' || c == '|';
    }

    /** A confusable letter with a digit beside it, or a chain of confusables reaching a digit, within the run. */
    private static boolean nextToDigit(String s, int k, int from, int to) {
        return hasDigitLeft(s, k, from) || nextRight(s, k, to);
    }

    private static boolean hasDigitLeft(String s, int k, int from) {
        for (int d = k - 1; d >= from; d--) {
            if (Character.isDigit(s.charAt(d))) {
                return true;
            }
            if (!confusable(s.charAt(d)) && !decimalMark(s.charAt(d))) {
                return false;
            }
        }
        return false;
    }

    /** A decimal point or digit-group comma: a number runs on through it (l.5 is 1.5). */
    private static boolean decimalMark(char c) {
        return c == '.' || c == ',';
    }

    private static boolean nextRight(String s, int k, int to) {
        for (int d = k + 1; d < to; d++) {
            if (Character.isDigit(s.charAt(d))) {
                return true;
            }
            if (!confusable(s.charAt(d)) && !decimalMark(s.charAt(d))) {
                return false;
            }
        }
        return false;
    }

    private static boolean between(String s, int i, java.util.function.IntPredicate p) {
        return i > 0 && i + 1 < s.length() && p.test(s.charAt(i - 1)) && p.test(s.charAt(i + 1));
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    private static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
