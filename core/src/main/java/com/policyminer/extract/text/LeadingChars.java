package com.policyminer.extract.text;

import java.util.BitSet;

/**
 * The characters a match of a simple regular expression must start with, read from its source: a
 * leading literal character ({@code 全国(?!人大)}) or character class without ranges
 * ({@code [全本该]省}). Anything else (alternation at the top, an optional first element, escapes,
 * ranges, groups, anchors) gives null: unknown.
 */
public final class LeadingChars {

    private static final String SPECIAL = "\\[](){}|?*+.^$";
    private static final String OPTIONAL_AFTER = "?*{";

    private LeadingChars() {
    }

    static BitSet of(String regex) {
        if (regex.isEmpty() || hasTopLevelAlternation(regex)) {
            return null;
        }
        BitSet out = new BitSet();
        int next;
        char c = regex.charAt(0);
        if (c == '[') {
            int close = regex.indexOf(']', 1);
            if (close < 2) {
                return null;
            }
            for (int k = 1; k < close; k++) {
                char m = regex.charAt(k);
                if (SPECIAL.indexOf(m) >= 0 || m == '-' || m == '&') {
                    return null;
                }
                out.set(m);
            }
            next = close + 1;
        } else if (SPECIAL.indexOf(c) < 0 && !Character.isSurrogate(c)) {
            out.set(c);
            next = 1;
        } else {
            return null;
        }
        if (next < regex.length() && OPTIONAL_AFTER.indexOf(regex.charAt(next)) >= 0) {
            return null; // the first element may be absent
        }
        return out;
    }

    /**
     * The literal characters every match starts with, read from the regex's source: 全国 for
     * {@code 全国(?!人大)}, 新区 for {@code 新区(?<=…)}; "" when there is no such run or it cannot be told
     * (a top-level alternation). A quantified last character ({@code ab?}) is not part of it.
     */
    public static String literalPrefix(String regex) {
        if (regex.isEmpty() || hasTopLevelAlternation(regex)) {
            return "";
        }
        int end = 0;
        while (end < regex.length() && SPECIAL.indexOf(regex.charAt(end)) < 0 && !Character.isSurrogate(regex.charAt(end))) {
            end++;
        }
        if (end < regex.length() && (OPTIONAL_AFTER.indexOf(regex.charAt(end)) >= 0 || regex.charAt(end) == '+')) {
            end = Math.max(0, end - 1);
        }
        return regex.substring(0, end);
    }

    /** Whether {@code regex} has a {@code |} outside every group and character class. */
    public static boolean hasTopLevelAlternation(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int k = 0; k < regex.length(); k++) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
