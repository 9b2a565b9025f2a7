package com.policyminer.extract.text;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression together with the characters its matches can start with, so a search over
 * a long text tries the pattern only where such a character stands instead of at every position
 * ({@link Matcher#find()} does the latter, which dominates extraction on long reports).
 * <p>
 * {@link Finder} finds the same matches as {@code Matcher.find()} over a region with default
 * (opaque) bounds, provided that the pattern's lookbehinds reach at most one character before a
 * match's start, that its lookaheads never look past the region's end (both hold when the
 * region is the whole text) and that it has no {@code ^} or {@code $}. Matches must not be empty.
 */
public final class FirstCharPattern {

    /** Up to this many first characters are each searched for with indexOf over a whole text. */
    private static final int FEW_FIRST_CHARS = 4;

    private final Pattern pattern;
    /** Characters a match can start with, one bit per char value; null when unknown (every position is tried). */
    private final long[] firstChars;
    /** The first characters when there are few of them (searched for with indexOf), else null. */
    private final char[] fewFirstChars;
    /**
     * Literal characters every match starts with, when more than one (全国, 新区): a candidate position
     * without them is passed over without running the matcher. "" when unknown.
     */
    private final String prefix;

    private FirstCharPattern(Pattern pattern, BitSet firstChars, String prefix) {
        this.pattern = pattern;
        this.prefix = prefix;
        if (firstChars == null) {
            this.firstChars = null;
            this.fewFirstChars = null;
        } else {
            // a table for every char value: the scan's test needs no bounds check beyond the array's own
            this.firstChars = new long[(Character.MAX_VALUE >>> 6) + 1];
            firstChars.stream().forEach(c -> this.firstChars[c >>> 6] |= 1L << c);
            int n = firstChars.cardinality();
            this.fewFirstChars = n >= 1 && n <= FEW_FIRST_CHARS ? toChars(firstChars) : null;
        }
    }

    private static char[] toChars(BitSet set) {
        char[] out = new char[set.cardinality()];
        int i = 0;
        for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
            out[i++] = (char) c;
        }
        return out;
    }

    /** A pattern whose matches always start with one of {@code firstChars}. */
    public static FirstCharPattern of(String regex, String firstChars) {
        return of(Pattern.compile(regex), firstChars);
    }

    /** A compiled pattern whose matches always start with one of {@code firstChars}. */
    public static FirstCharPattern of(Pattern pattern, String firstChars) {
        BitSet set = new BitSet();
        firstChars.chars().forEach(set::set);
        return new FirstCharPattern(pattern, set, "");
    }

    /** A pattern from data: its first characters are read from a leading literal or [class] when it has one. */
    public static FirstCharPattern of(Pattern pattern) {
        boolean plain = pattern.flags() == 0;
        return new FirstCharPattern(pattern, plain ? LeadingChars.of(pattern.pattern()) : null,
                plain ? LeadingChars.literalPrefix(pattern.pattern()) : "");
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The matches in {@code text[from, to)}, left to right, as {@code Matcher.find()} reports them. */
    public Finder finder(String text, int from, int to) {
        return new Finder(text, from, to);
    }

    public Finder finder(String text) {
        return new Finder(text, 0, text.length());
    }

    /** Iterates over the matches; after a successful {@link #find()}, {@link #match()} describes it. */
    /**
     * Whether {@code matcher} matches starting at {@code i}, ending by {@code to}, as a search over
     * {@code from}–{@code to} would find it there: at the region's start the bounds hide what lies before it;
     * further on, a lookbehind sees the text before the attempt, as it does in an ordinary search.
     */
    public static boolean matchesAt(Matcher matcher, int i, int from, int to) {
        matcher.useTransparentBounds(i > from).region(i, to);
        return matcher.lookingAt();
    }

    public final class Finder {
        private final String text;
        private final int from;
        private final int to;
        /** Made at the first candidate position: many searches (a sentence without a digit) have none. */
        private Matcher matcher;
        private int next;
        /**
         * For a search to the end of the text with few first characters: per first character, where it
         * next occurs at or after the last position asked (text length: nowhere). indexOf runs over the
         * text once per character instead of testing every position; it cannot stop at a region's end,
         * so a shorter region is scanned position by position instead.
         */
        private final int[] nextOccurrence;

        private Finder(String text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.next = from;
            if (fewFirstChars != null && to == text.length()) {
                this.nextOccurrence = new int[fewFirstChars.length];
                java.util.Arrays.fill(nextOccurrence, -1);
            } else {
                this.nextOccurrence = null;
            }
        }

        public boolean find() {
            for (int i = candidateFrom(next); i < to; i = candidateFrom(i + 1)) {
                if (prefix.length() > 1 && !text.startsWith(prefix, i)) {
                    continue;
                }
                if (matcher == null) {
                    matcher = pattern.matcher(text).useAnchoringBounds(false);
                }
                if (matchesAt(matcher, i, from, to)) {
                    next = Math.max(matcher.end(), i + 1);
                    return true;
                }
            }
            next = to;
            return false;
        }

        /** The first position at or after {@code i} where a match can start, or {@code to}. */
        private int candidateFrom(int i) {
            if (nextOccurrence != null) {
                int best = to;
                for (int k = 0; k < nextOccurrence.length; k++) {
                    if (nextOccurrence[k] < i) {
                        int at = text.indexOf(fewFirstChars[k], i);
                        nextOccurrence[k] = at < 0 ? text.length() : at;
                    }
                    best = Math.min(best, nextOccurrence[k]);
                }
                return best;
            }
            if (firstChars == null) {
                return Math.min(i, to);
            }
            long[] bits = firstChars;
            while (i < to) {
                char c = text.charAt(i);
                if ((bits[c >>> 6] & 1L << c) != 0) {
                    return i;
                }
                i++;
            }
            return to;
        }

        /** The matcher holding the last match (start, end, groups). */
        public Matcher match() {
            return matcher;
        }
    }
}
