package com.policyminer.extract.text;

/**
 * Hand-written forms of the small regular expressions the extractors test per mention or per
 * figure ({@code s.matches(".*(增长|增速).*")}, {@code gap.matches("[、和\\s]*")}). String.matches and
 * replaceAll compile their pattern on every call; these give the same answers without a pattern,
 * including the regex meanings of {@code .} (any char but a line terminator) and {@code \s}
 * (ASCII whitespace only).
 */
public final class TextChecks {

    private TextChecks() {
    }

    /** As {@code s.matches(".*(w1|w2|…).*")}: a word occurs and, since . stops at them, no line terminator. */
    public static boolean containsAnyOnOneLine(String s, String[] words) {
        boolean found = false;
        for (String w : words) {
            if (s.contains(w)) {
                found = true;
                break;
            }
        }
        return found && !hasLineTerminator(s, 0, s.length());
    }

    /** As {@code s.subSequence(from, to).matches("[chars\\s]*")}. */
    public static boolean onlyCharsOrSpace(String s, int from, int to, String chars) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!isRegexSpace(c) && chars.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** As {@code s.replaceAll("\\s", "")}. */
    public static String withoutRegexSpace(String s) {
        StringBuilder b = null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (isRegexSpace(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, k);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** The characters of {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The characters {@code .} does not match without DOTALL: \n \r \u0085 \u2028 \u2029. */
    public static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static boolean hasLineTerminator(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isLineTerminator(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
