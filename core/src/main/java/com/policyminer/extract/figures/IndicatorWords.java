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
    private final String starts;

    IndicatorWords(List<String> longestFirst) {
        this.words = longestFirst;
        this.trie = SurfaceTrie.of(longestFirst);
        this.longest = longestFirst.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder first = new StringBuilder();
        longestFirst.stream().filter(w -> !w.isEmpty()).map(w -> w.charAt(0)).distinct().sorted().forEach(first::append);
        this.starts = first.toString();
    }

    /** The first characters of the words, for {@link StartPositions}. */
    String starts() {
        return starts;
    }

    String word(int rank) {
        return words.get(rank);
    }

    /**
     * Every occurrence (overlapping ones too) as {@code rank << 32 | start}, sorted: word by word in
     * vocabulary order, each word's occurrences left to right.
     */
    long[] occurrences(String text) {
        return occurrences(text, new StartPositions.Plan(starts).index(text));
    }

    /** As above, with the text indexed for {@link #starts()}. */
    long[] occurrences(String text, StartPositions positions) {
        long[] out = new long[16];
        int n = 0;
        int[] lengths = new int[longest + 1];
        int[] ranks = new int[longest + 1]; // a word's rank is its form number: the first place it has in the list
        for (int at : positions.at(starts)) { // where the trie's walks can start: a word's first character
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
