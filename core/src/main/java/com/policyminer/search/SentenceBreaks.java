package com.policyminer.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Passage boundaries for the highlighter: after a Chinese or Western sentence end (。！？；!?; and
 * a full stop followed by a space) and at every line break. A plain scan, much cheaper than the
 * JDK's rule-based sentence iterator, which costs more than the rest of the highlighting on reports
 * whose query words occur hundreds of times; and the semicolon splits the long enumerations of
 * policy prose into passages of readable length.
 */
final class SentenceBreaks extends BreakIterator {

    private static final String ENDS = "。！？；!?;\n";

    private String text = "";
    private int current;

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        current = boundaryAfter(current);
        return current;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        current = boundaryBefore(current);
        return current;
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        if (offset >= text.length()) {
            current = text.length();
            return DONE;
        }
        current = boundaryAfter(offset);
        return current;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        current = boundaryBefore(offset);
        return current;
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        return offset == 0 || offset == text.length() || endsSentence(offset - 1);
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            b.append(c);
        }
        setText(b.toString());
    }

    /** The first boundary after {@code offset}. */
    private int boundaryAfter(int offset) {
        for (int i = offset; i < text.length(); i++) {
            if (endsSentence(i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The last boundary before {@code offset}. */
    private int boundaryBefore(int offset) {
        for (int i = offset - 2; i >= 0; i--) {
            if (endsSentence(i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether a sentence ends with the character at {@code i}. */
    private boolean endsSentence(int i) {
        char c = text.charAt(i);
        if (ENDS.indexOf(c) >= 0) {
            return true;
        }
        return c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text (0.." + text.length() + ")");
        }
    }
}
