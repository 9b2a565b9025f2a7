package com.policyminer.extract.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A "respectively" construction: "兰州市和西安市R&D经费内部支出分别为61.21亿元、506.06亿元".
 * The values are the figures after 分别/分列 up to the end of the clause; the things they pair
 * with are listed in the clause before it, in the same order.
 *
 * @param clauseStart where the clause holding the 分别 word starts
 * @param wordStart   where 分别/分列 starts
 * @param values      indices (into the document's figure list) of the paired values, in order
 */
record RespectivelyList(int clauseStart, int wordStart, List<Integer> values) {

    private static final String CLAUSE_END = "，。；,;\n";

    /** The lists in {@code text}, given the figures found there (in reading order). */
    static List<RespectivelyList> find(String text, List<Found> figures, List<String> words) {
        return find(text, figures, words, words.isEmpty() ? new int[0]
                : new StartPositions.Plan(starts(words)).index(text).at(starts(words)));
    }

    /** The first characters of {@code words}, for {@link StartPositions}. */
    static String starts(List<String> words) {
        StringBuilder first = new StringBuilder();
        words.stream().filter(w -> !w.isEmpty()).map(w -> w.charAt(0)).distinct().sorted().forEach(first::append);
        return first.toString();
    }

    /** As above, given where the characters of {@link #starts} stand in the text. */
    static List<RespectivelyList> find(String text, List<Found> figures, List<String> words, int[] starts) {
        List<RespectivelyList> out = new ArrayList<>();
        for (String w : words) {
            for (int at : starts) { // every occurrence, as indexOf(w, at + 1) finds them, overlapping ones too
                if (!text.startsWith(w, at)) {
                    continue;
                }
                int clauseEnd = at;
                while (clauseEnd < text.length() && CLAUSE_END.indexOf(text.charAt(clauseEnd)) < 0) {
                    clauseEnd++;
                }
                List<Integer> values = new ArrayList<>();
                for (int i = firstStartingAfter(figures, at); i < figures.size() && figures.get(i).start() < clauseEnd; i++) {
                    values.add(i);
                }
                if (values.size() >= 2) {
                    int clauseStart = at;
                    while (clauseStart > 0 && CLAUSE_END.indexOf(text.charAt(clauseStart - 1)) < 0) {
                        clauseStart--;
                    }
                    out.add(new RespectivelyList(clauseStart, at, List.copyOf(values)));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.wordStart(), b.wordStart()));
        return out;
    }

    /** Index of the first figure starting after {@code pos}; figures are in reading order. */
    private static int firstStartingAfter(List<Found> figures, int pos) {
        int lo = 0;
        int hi = figures.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (figures.get(mid).start() <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Which of {@code n} listed items the {@code k}-th value pairs with (the last n when more are listed). */
    static int pick(int listed, int values, int k) {
        if (listed <= 1) {
            return 0;
        }
        int offset = Math.max(0, listed - values);
        return Math.min(listed - 1, offset + k);
    }
}
