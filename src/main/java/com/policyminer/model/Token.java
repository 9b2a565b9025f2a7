package com.policyminer.model;

/** One segmented word of a document: the term as written, its offsets and HanLP's part-of-speech tag. */
public record Token(String term, int start, int end, String pos) {

    public Token {
        if (term == null || term.isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
        }
    }
}
