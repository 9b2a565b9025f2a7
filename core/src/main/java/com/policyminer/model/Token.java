package com.policyminer.model;

/** One segmented word of a document: the term as written, its offsets and HanLP's part-of-speech tag. */
public record Token(String term, int start, int end, String pos) implements com.policyminer.analysis.Word {

    public Token {
        if (term == null || term.isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
        }
    }

    /** The index of the first token in {@code tokens} (in text order) that starts at or after {@code offset}. */
    public static int firstAtOrAfter(java.util.List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
