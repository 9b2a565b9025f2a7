package com.policyminer.extract.figures;

import com.policyminer.extract.text.SurfaceTrie;

import java.util.Arrays;
import java.util.List;

/**
 * The indicator vocabulary (longest first, as {@link FigureVocabulary#indicators()} lists it) with a
 * trie over it, so one pass over a text finds every occurrence of every word instead of one
 * indexOf pass per word. Built once per extractor.
 */
final class IndicatorWords {

    private final List<String> words;
    private final SurfaceTrie trie;
    private final int longest;

    IndicatorWords(List<String> longestFirst) {
        this.words = longestFirst;
        this.trie = SurfaceTrie.of(longestFirst);
        this.longest = longestFirst.stream().mapToInt(String::length).max().orElse(0);
    }

    String word(int rank) {
        return words.get(rank);
    }

    /**
     * Every occurrence (overlapping ones too) as {@code rank << 32 | start}, sorted: word by word in
     * vocabulary order, each word's occurrences left to right.
     */
    long[] occurrences(String text) {
        long[] out = new long[16];
        int n = 0;
        int[] lengths = new int[longest + 1];
        int[] ranks = new int[longest + 1]; // a word's rank is its form number: the first place it has in the list
        for (int at = trie.nextPossibleStart(text, 0); at < text.length(); at = trie.nextPossibleStart(text, at + 1)) {
            int found = trie.lengthsAt(text, at, lengths, ranks);
            for (int k = 0; k < found; k++) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = (long) ranks[k] << 32 | at;
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }
}
