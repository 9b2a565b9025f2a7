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

    /** @param tabular a spreadsheet's text: mostly numbers is what it should be, so digits count as words */
    static void check(String text, boolean tabular) throws ParseFailure {
        int n = Math.min(text.length(), 200_000);
        int visible = 0;
        int bad = 0;
        int letters = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (c == '\uFFFD' || Character.isISOControl(c) || Character.getType(c) == Character.PRIVATE_USE
                    || Character.getType(c) == Character.UNASSIGNED || Character.isSurrogate(c) && !Character.isLetter(text.codePointAt(i))) {
                bad++;
            } else if (Character.isLetter(c) || tabular && Character.isDigit(c)) {
                letters++;
            }
        }
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
}
