package com.policyminer.compare;

import com.policyminer.model.Figure;

/**
 * What a comparison needs of one figure, and no text: its document and offsets, period, value and the
 * interval it is consistent with, and its sentence as a 64-bit digest (a reposted passage is found by
 * it). About 90 bytes however long the sentence; the figure itself is kept only when the caller had it
 * already ({@code figure}), otherwise read back for the groups shown ({@link FigureLoader}).
 */
record FigureRow(String docId, int start, int end, int year, int yearEnd, double normalizedValue, String qualifier,
                 double low, double high, boolean point, int digits, long sentence, Figure figure, int doc) {

    /** No year (an int, so a row holds no boxed year). */
    static final int NONE = Integer.MIN_VALUE;

    /**
     * A row of {@code f}; {@code keep}: the figure itself is kept with it; {@code doc}: where the loader
     * finds it (the index document it was read from), or -1.
     */
    static FigureRow of(Figure f, boolean keep, java.util.function.UnaryOperator<String> intern, int doc) {
        ValueInterval v = ValueInterval.of(f);
        return new FigureRow(intern.apply(f.docId()), f.start(), f.end(), f.year() == null ? NONE : f.year(),
                f.yearEnd() == null ? NONE : f.yearEnd(), f.normalizedValue(), intern.apply(f.qualifier()),
                v.low(), v.high(), v.point(), v.significantDigits(), sentenceDigest(f.sentence()), keep ? f : null, doc);
    }

    Integer yearOrNull() {
        return year == NONE ? null : year;
    }

    Integer yearEndOrNull() {
        return yearEnd == NONE ? null : yearEnd;
    }

    ValueInterval interval() {
        return new ValueInterval(low, high, point, digits);
    }

    /**
     * The sentence without spaces and punctuation, as a digest; 0 for a sentence shorter than 10
     * characters then (too short to tell a reposted passage by).
     */
    static long sentenceDigest(String sentence) {
        String s = sentence == null ? "" : sentence.replaceAll("[\\s\\p{Punct}，。；：、（）“”]", "");
        if (s.length() < 10) {
            return 0;
        }
        long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
