package com.policyminer.analysis;

/** One word from HanLP: the text as segmented, its offsets in the input, and its part-of-speech tag. */
public record SegmentedWord(String term, int start, int end, String pos) implements Word {

    public SegmentedWord {
        if (term == null || term.isEmpty() || start < 0 || end < start) {
            throw new IllegalArgumentException("bad word " + term + " @" + start + ".." + end);
        }
    }
}
