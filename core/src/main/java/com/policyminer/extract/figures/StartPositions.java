package com.policyminer.extract.figures;

import com.policyminer.extract.text.FirstCharPattern;
import com.policyminer.extract.text.LeadingChars;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where, in one text, the characters stand that the figure scans start from: one pass over the text lists, for
 * each set of first characters (a scan's: the digits and numerals of a number, 百 of 百分之, 全 and 世 of 全球 and
 * 世界 …), the positions holding one of them. A scan then visits those positions only, instead of reading the
 * whole text once more: about thirty scans read each report, and reading a character through
 * {@link String#charAt} is what a report's figures cost most on the launcher's C1 compiler.
 * <p>A {@link Plan} (the character sets, made once per extractor) indexes a text; {@link #at} gives a set's positions,
 * {@link #finder} the matches of a pattern tried at them, exactly as {@code FirstCharPattern.Finder} finds them.
 */
final class StartPositions {

    /** The character sets to index, made once: a table from each character to the sets it belongs to. */
    static final class Plan {
        private final Map<String, Integer> numberOf = new HashMap<>();
        /** A bit per char value: indexed (a small table that rules out most characters before {@link #slotOf}). */
        private final long[] indexed = new long[(Character.MAX_VALUE >>> 6) + 1];
        /** Per char value up to the largest indexed one: 0, or its slot in {@link #setsOfSlot}. */
        private final char[] slotOf;
        /** Per slot, the numbers of the character sets the character belongs to. */
        private final int[][] setsOfSlot;

        Plan(Collection<String> charSets) {
            Set<String> sets = new LinkedHashSet<>(charSets);
            Map<Character, List<Integer>> setsOf = new HashMap<>();
            int max = 0;
            for (String s : sets) {
                int bit = numberOf.size();
                numberOf.put(s, bit);
                for (char c : s.toCharArray()) {
                    List<Integer> of = setsOf.computeIfAbsent(c, k -> new java.util.ArrayList<>());
                    if (!of.contains(bit)) {
                        of.add(bit);
                    }
                    max = Math.max(max, c);
                }
            }
            this.slotOf = new char[max + 1];
            this.setsOfSlot = new int[setsOf.size() + 1][];
            int slot = 1;
            for (Map.Entry<Character, List<Integer>> e : setsOf.entrySet()) {
                slotOf[e.getKey()] = (char) slot;
                indexed[e.getKey() >>> 6] |= 1L << e.getKey();
                setsOfSlot[slot++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            }
        }

        Plan(String... charSets) {
            this(List.of(charSets));
        }

        /** The positions of every set in {@code text}. */
        StartPositions index(String text) {
            int n = text.length();
            int sets = numberOf.size();
            int[][] lists = new int[sets][];
            int[] sizes = new int[sets];
            char[] chars = text.toCharArray();
            char[] slots = slotOf;
            int[][] setsOfSlots = setsOfSlot;
            long[] bits = indexed;
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                if ((bits[c >>> 6] & 1L << c) == 0) {
                    continue;
                }
                for (int set : setsOfSlots[slots[c]]) {
                    int[] list = lists[set];
                    if (list == null) {
                        list = lists[set] = new int[16];
                    } else if (sizes[set] == list.length) {
                        list = lists[set] = Arrays.copyOf(list, list.length * 2);
                    }
                    list[sizes[set]++] = i;
                }
            }
            int[][] out = new int[sets][];
            for (int s = 0; s < sets; s++) {
                out[s] = lists[s] == null ? NONE : Arrays.copyOf(lists[s], sizes[s]);
            }
            return new StartPositions(this, out);
        }
    }

    private static final int[] NONE = new int[0];

    private final Plan plan;
    private final int[][] positions;

    private StartPositions(Plan plan, int[][] positions) {
        this.plan = plan;
        this.positions = positions;
    }

    /** The positions of the text holding one of {@code chars} (a set the plan indexes), in increasing order. */
    int[] at(String chars) {
        Integer set = plan.numberOf.get(chars);
        if (set == null) {
            throw new IllegalArgumentException("not indexed: " + chars);
        }
        return positions[set];
    }

    /**
     * The matches of {@code pattern} in {@code text[from, to)}, tried at the positions of {@code chars} (the characters
     * its matches can start with; null: every position). {@code text} is the indexed text or one of the same length
     * that differs from it only by spaces (a {@link TextLayout#flow()}). The matches are {@code Matcher.find()}'s over
     * the region, under the conditions {@code FirstCharPattern} states: lookbehinds reach at most one character
     * before a match, no ^ or $, no empty match.
     */
    Finder finder(Pattern pattern, String chars, String text, int from, int to) {
        return new Finder(pattern, chars == null ? null : at(chars), text, from, to, null);
    }

    /** As above, trying the pattern only where {@code test} says a match may start. */
    Finder finder(Pattern pattern, String chars, String text, int from, int to, StartTest test) {
        return new Finder(pattern, chars == null ? null : at(chars), text, from, to, test);
    }

    /**
     * A cheap necessary condition for a match at a position, checked before the pattern is tried there: false only
     * where the pattern cannot match in {@code text[at, to)}.
     */
    @FunctionalInterface
    interface StartTest {
        boolean mayStartAt(String text, int at, int to);
    }

    /** Iterates over the matches; after a successful {@link #find()}, {@link #match()} describes it. */
    static final class Finder {
        private final Pattern pattern;
        private final int[] starts;
        private final String text;
        private final int from;
        private final int to;
        private final StartTest test;
        private Matcher matcher;
        /** The index in {@link #starts} of the next position to try (or the position itself when every one is tried). */
        private int k;
        private int next;

        private Finder(Pattern pattern, int[] starts, String text, int from, int to, StartTest test) {
            this.test = test;
            this.pattern = pattern;
            this.starts = starts;
            this.text = text;
            this.from = from;
            this.to = to;
            this.next = from;
            this.k = starts == null ? from : firstAtOrAfter(starts, from);
        }

        boolean find() {
            while (true) {
                int i;
                if (starts == null) {
                    i = k++;
                } else if (k < starts.length) {
                    i = starts[k++];
                } else {
                    return false;
                }
                if (i >= to) {
                    k = starts == null ? to : starts.length;
                    return false;
                }
                if (i < next || test != null && !test.mayStartAt(text, i, to)) {
                    continue;
                }
                if (matcher == null) {
                    matcher = pattern.matcher(text).useAnchoringBounds(false);
                }
                if (FirstCharPattern.matchesAt(matcher, i, from, to)) {
                    next = Math.max(matcher.end(), i + 1);
                    return true;
                }
            }
        }

        Matcher match() {
            return matcher;
        }
    }

    /** The index of the first of the sorted {@code positions} at or after {@code from}. */
    static int firstAtOrAfter(int[] positions, int from) {
        int i = Arrays.binarySearch(positions, from);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The characters every match of {@code regex} starts with, when it opens with a literal character or a character
     * class without ranges or escapes and has no alternation at its top level ({@code 全国(?!人大)}, {@code [全本该]省});
     * null otherwise (every position must be tried).
     */
    static String leadingChars(String regex) {
        if (regex.isEmpty() || LeadingChars.hasTopLevelAlternation(regex)) {
            return null;
        }
        String first;
        int after;
        char c = regex.charAt(0);
        if (c == '[') {
            int close = regex.indexOf(']', 1);
            if (close < 2) {
                return null;
            }
            first = regex.substring(1, close);
            if (first.startsWith("^") || first.indexOf('-') >= 0 || first.indexOf('\\') >= 0 || first.indexOf('[') >= 0) {
                return null;
            }
            after = close + 1;
        } else if ("\\[](){}|?*+.^$".indexOf(c) >= 0 || Character.isSurrogate(c)) {
            return null;
        } else {
            first = String.valueOf(c);
            after = 1;
        }
        if (after < regex.length() && "?*{".indexOf(regex.charAt(after)) >= 0) {
            return null; // the first element may be absent
        }
        return first;
    }
}
