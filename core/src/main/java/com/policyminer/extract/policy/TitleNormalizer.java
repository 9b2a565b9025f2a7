package com.policyminer.extract.policy;

/**
 * One spelling per title, so that the same policy cited in different forms is one record: drops the
 * book-title marks, quotes and spaces, folds full-width letters and digits to ASCII and writes
 * brackets full-width. 《“十四五”东西部科技合作实施方案》 → 十四五东西部科技合作实施方案;
 * 《中国城市科技创新发展报告(2021)》 → 中国城市科技创新发展报告（2021）.
 */
public final class TitleNormalizer {

    private static final String DROPPED = "《》〈〉“”‘’\"'「」『』";

    private TitleNormalizer() {
    }

    public static String normalize(String title) {
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (DROPPED.indexOf(c) >= 0 || Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c == '(') {
                c = '（';
            } else if (c == ')') {
                c = '）';
            } else if (c == '[' || c == '［') {
                c = '〔';
            } else if (c == ']' || c == '］') {
                c = '〕';
            } else if (c >= '\uFF01' && c <= '\uFF5E' && c != '（' && c != '）') {
                c = (char) (c - 0xFEE0);
            } else if (c == '－' || c == '—' || c == '–') {
                c = '-';
            }
            out.append(c);
        }
        return out.toString();
    }
}
