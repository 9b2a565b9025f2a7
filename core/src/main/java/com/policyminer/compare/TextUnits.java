package com.policyminer.compare;

import java.util.Arrays;

/**
 * A text cut into sentences (ending after 。！？； or a line break) or paragraphs (ending at a line break),
 * with the unit of any offset found by binary search. Units are [start, end) ranges that tile the text;
 * the terminator belongs to the unit it ends.
 */
final class TextUnits {

    private final int[] starts;
    private final int[] ends;

    private TextUnits(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static TextUnits of(String text, CooccurrenceLevel level) {
        return of(text.toCharArray(), level == CooccurrenceLevel.SENTENCE);
    }

    /** The text's sentences and its paragraphs, from one copy of its characters: {@code [sentences, paragraphs]}. */
    static TextUnits[] sentencesAndParagraphs(String text) {
        char[] chars = text.toCharArray();
        return new TextUnits[] {of(chars, true), of(chars, false)};
    }

    /** Units ending after a line break, and after 。！？； too for {@code sentences}. */
    private static TextUnits of(char[] text, boolean sentences) {
        int[] ends = new int[16];
        int n = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c == '\n' || sentences && (c == '。' || c == '！' || c == '？' || c == '；')) {
                if (n == ends.length) {
                    ends = Arrays.copyOf(ends, n * 2);
                }
                ends[n++] = i + 1;
            }
        }
        if ((n == 0 ? 0 : ends[n - 1]) < text.length) {
            if (n == ends.length) {
                ends = Arrays.copyOf(ends, n + 1);
            }
            ends[n++] = text.length;
        }
        int[] starts = new int[n];
        for (int u = 1; u < n; u++) {
            starts[u] = ends[u - 1];
        }
        return new TextUnits(starts, Arrays.copyOf(ends, n));
    }

    int size() {
        return starts.length;
    }

    /** The unit holding the character at {@code offset}, or -1 outside the text. */
    int unitOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int unit = i >= 0 ? i : -i - 2;
        return unit >= 0 && offset < ends[unit] ? unit : -1;
    }

    int start(int unit) {
        return starts[unit];
    }

    int end(int unit) {
        return ends[unit];
    }
}
