package com.policyminer.compare;

import com.policyminer.model.Figure;

/**
 * What a comparison needs of one figure, and no text: its document and offsets, period, value and the
 * interval it is consistent with, and its sentence as a number equal for the figures stated in the same
 * sentence (a reposted passage is found by it): its 64-bit digest, or in a table's selected rows a smaller
 * number standing for the digest ({@link FigureColumns}); 0 for a sentence too short to tell, or that no
 * other figure states. A table keeps rows as columns ({@link FigureColumns}) and makes these values for the groups it
 * compares; the figure itself is kept only when the caller had it already ({@code figure}), otherwise
 * read back for the groups shown ({@link FigureLoader}). {@code doc}: where the loader finds it (-1: not known);
 * {@code row}: its row in the table's columns (-1: of no table).
 */
record FigureRow(String docId, int start, int end, int year, int yearEnd, double normalizedValue, String qualifier,
                 double low, double high, boolean point, int digits, long sentence, Figure figure, int doc, int row) {

    /** A row of no table ({@code row} -1). */
    FigureRow(String docId, int start, int end, int year, int yearEnd, double normalizedValue, String qualifier,
              double low, double high, boolean point, int digits, long sentence, Figure figure, int doc) {
        this(docId, start, end, year, yearEnd, normalizedValue, qualifier, low, high, point, digits, sentence, figure, doc, -1);
    }

    /** No year (an int, so a row holds no boxed year). */
    static final int NONE = Integer.MIN_VALUE;

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
        if (sentence == null) {
            return 0;
        }
        int kept = 0;
        long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits, over the characters kept
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (!ignored(c)) {
                kept++;
                h ^= c;
                h *= 0x100000001b3L;
            }
        }
        if (kept < 10) {
            return 0;
        }
        return h == 0 ? 1 : h;
    }

    /** What the digest leaves out: whitespace (the regex class \s), ASCII punctuation (\p{Punct}) and ，。；：、（）“”. */
    static boolean ignored(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r')
                || (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
                || "，。；：、（）“”".indexOf(c) >= 0;
    }
}
