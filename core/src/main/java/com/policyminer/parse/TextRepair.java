package com.policyminer.parse;

/**
 * Repairs text extracted from layout formats (PDF above all): spaces inserted between Chinese
 * characters, and lines broken in the middle of a sentence.
 */
final class TextRepair {

    private TextRepair() {
    }

    /** True for CJK ideographs and CJK/full-width punctuation, the characters between which a space is noise. */
    static boolean isCjk(char c) {
        // the ranges of the Unicode blocks CJK Unified Ideographs (and Extension A), CJK Compatibility
        // Ideographs, CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms: compared directly,
        // as Character.UnicodeBlock.of searches a table for every character
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF'
                || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF'
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u3000' || c == '\u2002' || c == '\u2003' || c == '\u2009';
    }

    /** Trims ASCII and full-width white space from both ends. */
    static String trimBlock(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || isSpace(s.charAt(a)))) {
            a++;
        }
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || isSpace(s.charAt(b - 1)))) {
            b--;
        }
        return s.substring(a, b);
    }

    /**
     * Undoes letter-spacing that PDF extraction turns into spaces ("2 0 2 0 年 R & D 6 1 . 2 1"):
     * in a line where most space-separated pieces are single characters, single spaces are
     * removed (wider gaps stay, as word breaks).
     */
    static String collapseLetterSpacing(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String[] pieces = line.strip().split(" ");
            int singles = 0;
            for (String p : pieces) {
                if (p.length() == 1) {
                    singles++;
                }
            }
            if (pieces.length >= 4 && singles * 10 >= pieces.length * 6) {
                out.append(line.replaceAll("(?<=\\S) (?=\\S)", ""));
            } else {
                out.append(line);
            }
        }
        return out.toString();
    }

    /** Removes runs of spaces that sit between two CJK characters ("科 技 创 新" → "科技创新"). */
    static String removeSpacesBetweenCjk(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int j = i;
                while (j < s.length() && isSpace(s.charAt(j))) {
                    j++;
                }
                boolean cjkBefore = out.length() > 0 && isCjk(out.charAt(out.length() - 1));
                boolean cjkAfter = j < s.length() && isCjk(s.charAt(j));
                if (!(cjkBefore && cjkAfter)) {
                    out.append(s, i, j);
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean endsSentence(char c) {
        return "。！？；：!?;:”』」）)".indexOf(c) >= 0;
    }

    /**
     * Joins lines that a layout engine broke mid-sentence: when a line does not end a sentence and
     * a Chinese character sits on either side of the break, the two lines are one. Other breaks
     * (after 。！？；：, or between Latin words) are kept.
     */
    static String joinBrokenLines(String s) {
        StringBuilder out = new StringBuilder(s.length());
        String[] lines = s.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            String line = trimBlock(lines[k]);
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                char first = line.isEmpty() ? ' ' : line.charAt(0);
                boolean join = !line.isEmpty() && last != '\n' && !endsSentence(last)
                        && (isCjk(last) || isCjk(first))
                        && (Character.isLetterOrDigit(last) || isCjk(last))
                        && (Character.isLetterOrDigit(first) || isCjk(first));
                out.append(join ? "" : "\n");
            }
            out.append(line);
        }
        return out.toString();
    }
}
