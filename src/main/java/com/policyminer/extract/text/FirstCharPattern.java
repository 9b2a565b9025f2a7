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

    private final Pattern pattern;
    /** Characters a match can start with; null when unknown (every position is tried). */
    private final BitSet firstChars;
    /** The one character every match starts with (searched for with indexOf), or -1. */
    private final int onlyFirstChar;

    private FirstCharPattern(Pattern pattern, BitSet firstChars) {
        this.pattern = pattern;
        this.firstChars = firstChars;
        this.onlyFirstChar = firstChars != null && firstChars.cardinality() == 1 ? firstChars.nextSetBit(0) : -1;
    }

    /** A pattern whose matches always start with one of {@code firstChars}. */
    public static FirstCharPattern of(String regex, String firstChars) {
        return of(Pattern.compile(regex), firstChars);
    }

    /** A compiled pattern whose matches always start with one of {@code firstChars}. */
    public static FirstCharPattern of(Pattern pattern, String firstChars) {
        BitSet set = new BitSet();
        firstChars.chars().forEach(set::set);
        return new FirstCharPattern(pattern, set);
    }

    /** A pattern from data: its first characters are read from a leading literal or [class] when it has one. */
    public static FirstCharPattern of(Pattern pattern) {
        return new FirstCharPattern(pattern, pattern.flags() == 0 ? LeadingChars.of(pattern.pattern()) : null);
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
    public final class Finder {
        private final String text;
        private final int from;
        private final int to;
        private final Matcher matcher;
        private int next;

        private Finder(String text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.matcher = pattern.matcher(text).useAnchoringBounds(false);
            this.next = from;
        }

        public boolean find() {
            for (int i = candidateFrom(next); i < to; i = candidateFrom(i + 1)) {
                // at the region's start the original bounds hide what lies before it; further on, a
                // lookbehind sees the text before the attempt, as it does in an ordinary search
                matcher.useTransparentBounds(i > from).region(i, to);
                if (matcher.lookingAt()) {
                    next = Math.max(matcher.end(), i + 1);
                    return true;
                }
            }
            next = to;
            return false;
        }

        /** The first position at or after {@code i} where a match can start, or {@code to}. */
        private int candidateFrom(int i) {
            if (onlyFirstChar >= 0) {
                int at = text.indexOf(onlyFirstChar, i);
                return at < 0 || at > to ? to : at;
            }
            while (i < to && firstChars != null && !firstChars.get(text.charAt(i))) {
                i++;
            }
            return Math.min(i, to);
        }

        /** The matcher holding the last match (start, end, groups). */
        public Matcher match() {
            return matcher;
        }
    }
}
