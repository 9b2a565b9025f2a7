package com.policyminer.parse;

/**
 * Rejects extracted "text" that is not text: a damaged PDF can parse without error and return
 * replacement characters, control characters or symbol soup.
 */
final class TextQuality {

    private TextQuality() {
    }

    static void check(String text) throws ParseFailure {
        check(text, false);
    }

    /** What {@link #check} counts a character as, by its UTF-16 value (surrogates are looked at as code points). */
    private static final byte SPACE = 0, BAD = 1, LETTER = 2, DIGIT = 3, OTHER = 4, SURROGATE = 5;
    /**
     * Each char's class, worked out once with the same {@code Character} tests the loop made per character
     * (four table look-ups each, a tenth of a plain-text parse on C1).
     */
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CLASSES[c] = classOf((char) c);
        }
    }

    private static byte classOf(char c) {
        if (Character.isWhitespace(c)) {
            return SPACE;
        }
        if (Character.isSurrogate(c)) {
            return SURROGATE;
        }
        if (c == '\uFFFD' || Character.isISOControl(c) || Character.getType(c) == Character.PRIVATE_USE
                || Character.getType(c) == Character.UNASSIGNED) {
            return BAD;
        }
        if (Character.isLetter(c)) {
            return LETTER;
        }
        return Character.isDigit(c) ? DIGIT : OTHER;
    }

    /** @param tabular a spreadsheet's text: mostly numbers is what it should be, so digits count as words */
    static void check(String text, boolean tabular) throws ParseFailure {
        Counts counts = count(text, tabular);
        int visible = counts.visible();
        int bad = counts.bad();
        int letters = counts.letters();
        if (visible == 0) {
            throw new ParseFailure(ParseFailure.Reason.EMPTY, "no text could be extracted");
        }
        if (bad > visible / 10) {
            throw new ParseFailure(ParseFailure.Reason.NOT_TEXT, String.format(
                    "extracted text looks damaged: %d of %d characters are replacement or control characters", bad, visible));
        }
        if (visible >= 20 && letters < visible / 5) {
            throw new ParseFailure(ParseFailure.Reason.NOT_TEXT, String.format(
                    "extracted text has almost no words: %d letters in %d characters", letters, visible));
        }
    }

    /** The characters of the first 200,000 that are not white space, those of them that are damage, and the letters. */
    record Counts(int visible, int bad, int letters) {
    }

    static Counts count(String text, boolean tabular) {
        int n = Math.min(text.length(), 200_000);
        int visible = 0;
        int bad = 0;
        int letters = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            byte kind = CLASSES[c];
            if (kind == SPACE) {
                continue;
            }
            visible++;
            if (kind == SURROGATE) {
                if (!Character.isLetter(text.codePointAt(i))) { // half of a letter's pair counts as neither
                    bad++;
                }
            } else if (kind == BAD) {
                bad++;
            } else if (kind == LETTER || tabular && kind == DIGIT) {
                letters++;
            }
        }
        return new Counts(visible, bad, letters);
    }
}
