package com.policyminer.analysis;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a segmented word into the words it is made of when one of them is ours, so that place
 * names and domain terms inside longer words are searchable: 兰州市 → 兰州 市, 长三角一体化 → 长三角 一体化,
 * 研发投入强度 → 研发 投入 强度 (our own multi-word entries split down to known words of two or more
 * characters). Splits prefer our entries, then other known words, then single characters; words without a Han character are never split.
 * Results are cached: the vocabulary of a corpus is small.
 */
final class Decomposer {

    private static final List<String> WHOLE = List.of();
    /** Shorter words stay whole: their only split is into single characters, which is never kept. */
    static final int MIN_SPLIT_LENGTH = 3;

    private final Set<String> ours;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    Decomposer(Set<String> ourEntries) {
        this.ours = ourEntries;
    }

    /** The parts of {@code word}, or an empty list when it stays whole. */
    List<String> parts(String word) {
        if (word.length() < MIN_SPLIT_LENGTH) {
            return WHOLE;
        }
        List<String> known = cache.get(word); // before hasHan: a word seen before (most) costs one look-up
        if (known == null) {
            if (!hasHan(word)) {
                return WHOLE; // not cached: numbers and codes are many and never split
            }
            known = split(word); // not computeIfAbsent: split() recurses into parts()
            cache.putIfAbsent(word, known);
        }
        return known;
    }

    private List<String> split(String word) {
        List<String> best = fewestPieces(word);
        if (best == null || best.size() < 2) {
            return WHOLE;
        }
        boolean ourEntry = ours.contains(word);
        boolean allLong = best.stream().allMatch(p -> p.length() >= 2);
        boolean containsOurs = best.stream().anyMatch(p -> p.length() >= 2 && ours.contains(p));
        if (!(ourEntry && allLong || containsOurs)) {
            return WHOLE;
        }
        List<String> out = new ArrayList<>();
        for (String p : best) {
            List<String> sub = p.length() >= 4 ? parts(p) : WHOLE;
            out.addAll(sub.isEmpty() ? List.of(p) : sub);
        }
        return List.copyOf(out);
    }

    /** Dynamic programme over prefixes: the cheapest split, where our entries cost least, other known words more, single characters most. */
    private List<String> fewestPieces(String w) {
        int n = w.length();
        int[] cost = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(cost, Integer.MAX_VALUE);
        cost[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 12); start < end; start++) {
                if (cost[start] == Integer.MAX_VALUE || end - start == n) {
                    continue;
                }
                String piece = w.substring(start, end);
                int c = end - start == 1 ? 4 : ours.contains(piece) ? 1 : known(piece) ? 2 : -1;
                if (c > 0 && cost[start] + c < cost[end]) {
                    cost[end] = cost[start] + c;
                    from[end] = start;
                }
            }
        }
        if (cost[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            pieces.add(0, w.substring(from[end], end));
        }
        return pieces;
    }

    private boolean known(String piece) {
        return ours.contains(piece) || CoreDictionary.contains(piece) || CustomDictionary.contains(piece);
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
