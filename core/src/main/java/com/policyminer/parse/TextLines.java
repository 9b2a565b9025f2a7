package com.policyminer.parse;

import java.util.ArrayList;
import java.util.List;

/** The lines of a text as {start, end} offsets (end exclusive, the '\n' not included). */
public final class TextLines {

    private TextLines() {
    }

    public static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        int a = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k == text.length() || text.charAt(k) == '\n') {
                out.add(new int[] {a, k});
                a = k + 1;
            }
        }
        return out;
    }
}
