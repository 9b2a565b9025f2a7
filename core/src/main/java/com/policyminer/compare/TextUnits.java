package com.policyminer.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text cut into sentences (ending after 。！？； or a line break) or paragraphs (ending at a line break),
 * with the unit of any offset found by binary search. Units are [start, end) ranges that tile the text;
 * the terminator belongs to the unit it ends.
 */
final class TextUnits {

    private static final String SENTENCE_ENDS = "。！？；\n";

    private final int[] starts;
    private final int[] ends;

    private TextUnits(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static TextUnits of(String text, CooccurrenceLevel level) {
        String terminators = level == CooccurrenceLevel.SENTENCE ? SENTENCE_ENDS : "\n";
        List<int[]> units = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (terminators.indexOf(text.charAt(i)) >= 0) {
                units.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) {
            units.add(new int[] {start, text.length()});
        }
        return new TextUnits(units.stream().mapToInt(u -> u[0]).toArray(), units.stream().mapToInt(u -> u[1]).toArray());
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
