package com.policyminer.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Items of a short word list grouped by one of their characters (the first or the last), each
 * group in the list's order. A rule that tries every word at every position of a text ("does a
 * unit start here?") then tries only the words that can match there: usually none, found with one
 * bit test.
 */
public final class CharBuckets<T> {

    private static final List<?> NONE = List.of();

    /** One bit per char value: some item has this character. */
    private final long[] present = new long[(Character.MAX_VALUE >>> 6) + 1];
    private final char[] keys;
    private final List<List<T>> buckets;

    private CharBuckets(TreeMap<Character, List<T>> byChar) {
        this.keys = new char[byChar.size()];
        this.buckets = new ArrayList<>(byChar.size());
        int i = 0;
        for (var e : byChar.entrySet()) {
            char c = e.getKey();
            keys[i++] = c;
            present[c >>> 6] |= 1L << c;
            buckets.add(List.copyOf(e.getValue()));
        }
    }

    /** The items grouped by {@code charOf} (which must name a character of the item), order kept. */
    public static <T> CharBuckets<T> of(List<T> items, ToIntFunction<T> charOf) {
        TreeMap<Character, List<T>> byChar = new TreeMap<>();
        for (T item : items) {
            byChar.computeIfAbsent((char) charOf.applyAsInt(item), c -> new ArrayList<>()).add(item);
        }
        return new CharBuckets<>(byChar);
    }

    /** The items filed under {@code c}, in list order; empty when none. */
    @SuppressWarnings("unchecked")
    public List<T> at(char c) {
        if ((present[c >>> 6] & 1L << c) == 0) {
            return (List<T>) NONE;
        }
        return buckets.get(Arrays.binarySearch(keys, c));
    }
}
