package com.policyminer.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

import java.io.IOException;

/**
 * Character bigrams in one pass, for the recall field: each run of CJK characters (Han, Hiragana,
 * Katakana, Hangul) gives its overlapping pairs (a run of one character gives that character), as
 * Lucene's {@code StandardTokenizer + CJKWidthFilter + LowerCaseFilter + CJKBigramFilter} chain
 * does; every other run of letters and digits is one lower-cased word (with {@code .} and {@code ,}
 * kept between digits: 61.21, 1,760), full-width forms folded to ASCII. Offsets are exact.
 *
 * <p>The stock chain makes one token per Han character and buffers them to pair them, with an
 * attribute state saved and restored per character: a fifth of the time Lucene spent indexing our
 * documents. This tokenizer gives the same pairs for Chinese text directly; for Latin text it is
 * simpler than Unicode word breaking (R&amp;D is r and d in both; don't is don and t here).
 */
public final class CjkBigramTokenizer extends Tokenizer {

    /** Longest word, in chars (as StandardTokenizer): a longer run is cut into words of this length. */
    static final int MAX_WORD = 255;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);

    private char[] text = new char[1024];
    private int length;
    private int pos;
    /** Start of the previous CJK code point when inside a CJK run, else -1. */
    private int previousCjk = -1;
    private int finalOffset;

    public CjkBigramTokenizer() {
    }

    public CjkBigramTokenizer(AttributeFactory factory) {
        super(factory);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        for (int n = input.read(text, 0, text.length); n != -1; n = input.read(text, length, text.length - length)) {
            length += n;
            if (length == text.length) {
                text = java.util.Arrays.copyOf(text, text.length * 2);
            }
        }
        pos = 0;
        previousCjk = -1;
        finalOffset = correctOffset(length);
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (pos < length) {
            int start = pos;
            int cp = Character.codePointAt(text, pos, length);
            int next = pos + Character.charCount(cp);
            if (isCjk(cp)) {
                if (previousCjk >= 0) {
                    // a pair: the previous character and this one
                    emit(previousCjk, next);
                    previousCjk = start;
                    pos = next;
                    return true;
                }
                previousCjk = start;
                pos = next;
                if (pos >= length || !isCjk(Character.codePointAt(text, pos, length))) {
                    previousCjk = -1;
                    emit(start, next); // a lone character
                    return true;
                }
                continue;
            }
            previousCjk = -1;
            if (isWordChar(fold(cp))) {
                int end = next;
                while (end < length && end - start < MAX_WORD) {
                    int c = fold(Character.codePointAt(text, end, length));
                    if (isWordChar(c) && !isCjk(c)) {
                        end += Character.charCount(Character.codePointAt(text, end, length));
                    } else if ((c == '.' || c == ',') && end + 1 < length && isDigit(text, end - 1)
                            && isDigit(text, end + 1)) {
                        end++;
                    } else {
                        break;
                    }
                }
                pos = end;
                word(start, end);
                return true;
            }
            pos = next;
        }
        return false;
    }

    private void emit(int start, int end) {
        termAtt.copyBuffer(text, start, end - start);
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    }

    /** A word of letters and digits: full-width forms folded, lower-cased. */
    private void word(int start, int end) {
        termAtt.setEmpty();
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i, end);
            int lower = Character.toLowerCase(fold(cp));
            if (Character.isBmpCodePoint(lower)) {
                termAtt.append((char) lower);
            } else {
                termAtt.append(new String(Character.toChars(lower)));
            }
            i += Character.charCount(cp);
        }
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    /** Full-width ASCII (U+FF01–U+FF5E) to ASCII, as CJKWidthFilter folds it. */
    private static int fold(int cp) {
        return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
    }

    private static boolean isDigit(char[] text, int i) {
        return i >= 0 && Character.isDigit(fold(text[i]));
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false; // Latin, Greek, Cyrillic, punctuation …: never CJK
        }
        return cp < CJK_BMP.length ? CJK_BMP[cp] : isCjkScript(cp);
    }

    /**
     * {@link #isCjkScript} of each char from U+2E80 up, worked out once: the script lookup is a binary search
     * over Unicode's script ranges, done for every character of every body (a tenth of the bigram field's cost on C1).
     */
    private static final boolean[] CJK_BMP = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0x2E80; c < CJK_BMP.length; c++) {
            CJK_BMP[c] = isCjkScript(c);
        }
    }

    static boolean isCjkScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
