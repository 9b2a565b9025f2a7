package com.policyminer.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * A text's words (segmented once) after the index-time filters ({@link HanLPAnalyzer#filter}), worked out once and
 * kept as UTF-8 terms with their offsets and positions. The text's field and each stretch of it that another field
 * indexes (a figure's sentence) replay them: the filters run once per text instead of once per field, and each term
 * is turned into UTF-8 once.
 *
 * <p>A stretch replays exactly what the filters give for the stretch's words alone: the same terms, offsets moved into
 * the stretch, the same position increments (punctuation dropped before the stretch's first term counts from the
 * stretch's first word, as it would in a stream of the stretch alone). The filters below the punctuation filter work
 * word by word, which is what makes a stretch of the whole the same as the whole of a stretch.
 */
public final class FilteredWords {

    private final byte[] bytes;
    /** Where each term's UTF-8 bytes start in {@link #bytes}; one more entry for the end of the last. */
    private final int[] termStarts;
    private final int[] starts;
    private final int[] ends;
    /** Each term's position among the filters' tokens before punctuation is dropped (the first is 0). */
    private final int[] positions;
    /** For word {@code w}: the first term from word {@code w} or a later one; {@code size()} past the last. */
    private final int[] firstTerm;
    /** For word {@code w}: the position before its first token (what a stream of words from {@code w} on starts at). */
    private final int[] before;
    private final int size;
    private final int textLength;

    private FilteredWords(byte[] bytes, int[] termStarts, int[] starts, int[] ends, int[] positions, int[] firstTerm,
                          int[] before, int size, int textLength) {
        this.bytes = bytes;
        this.termStarts = termStarts;
        this.starts = starts;
        this.ends = ends;
        this.positions = positions;
        this.firstTerm = firstTerm;
        this.before = before;
        this.size = size;
        this.textLength = textLength;
    }

    /** Runs {@code words} (of a text {@code textLength} long) through the analyzer's filters, once. */
    public static FilteredWords of(HanLPAnalyzer analyzer, List<? extends Word> words, int textLength) {
        SegmentedTokenStream source = new SegmentedTokenStream(words, textLength);
        Tap tap = new Tap(analyzer.foldAndSplit(source), source, words.size());
        try (TokenStream kept = new PunctuationFilter(tap)) {
            CharTermAttribute term = kept.getAttribute(CharTermAttribute.class);
            OffsetAttribute offset = kept.getAttribute(OffsetAttribute.class);
            int capacity = Math.max(16, words.size() + words.size() / 4);
            byte[] bytes = new byte[capacity * 4];
            int[] termStarts = new int[capacity + 1];
            int[] starts = new int[capacity];
            int[] ends = new int[capacity];
            int[] positions = new int[capacity];
            int[] firstTerm = new int[words.size() + 1];
            int filled = 0; // words whose firstTerm is set
            byte[] scratch = new byte[64];
            int n = 0;
            kept.reset();
            while (kept.incrementToken()) {
                if (n == starts.length) {
                    int grown = ArrayUtil.oversize(n + 1, Integer.BYTES);
                    termStarts = Arrays.copyOf(termStarts, grown + 1);
                    starts = Arrays.copyOf(starts, grown);
                    ends = Arrays.copyOf(ends, grown);
                    positions = Arrays.copyOf(positions, grown);
                }
                int at = termStarts[n];
                scratch = ArrayUtil.grow(scratch, UnicodeUtil.maxUTF8Length(term.length()));
                int utf8 = UnicodeUtil.UTF16toUTF8(term.buffer(), 0, term.length(), scratch);
                bytes = ArrayUtil.grow(bytes, at + utf8);
                System.arraycopy(scratch, 0, bytes, at, utf8);
                termStarts[n + 1] = at + utf8;
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                positions[n] = tap.position;
                for (int w = tap.word; filled <= w; filled++) {
                    firstTerm[filled] = n;
                }
                n++;
            }
            kept.end();
            for (; filled <= words.size(); filled++) {
                firstTerm[filled] = n;
            }
            return new FilteredWords(bytes, termStarts, starts, ends, positions, firstTerm, tap.before(), n, textLength);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // no I/O: the words are in memory
        }
    }

    /** How many terms the filters kept. */
    public int size() {
        return size;
    }

    /** The whole text's terms, as its field indexes them. */
    public TokenStream all() {
        return stretch(0, firstTerm.length - 1, 0, textLength);
    }

    /**
     * The terms of words {@code from} (inclusive) to {@code to} (exclusive), as the filters give them for those words
     * alone, offsets moved by {@code shift}; {@code length} is the stretch's final offset.
     */
    public TokenStream stretch(int from, int to, int shift, int length) {
        if (from < 0 || to < from || to >= firstTerm.length) {
            throw new IndexOutOfBoundsException("words " + from + ".." + to + " of " + (firstTerm.length - 1));
        }
        return new Replay(firstTerm[from], firstTerm[to], before[from], before[to], shift, length);
    }

    /** Replays terms {@code first} to {@code last} (exclusive). */
    private final class Replay extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final BytesRef ref = new BytesRef(bytes, 0, 0);
        private final int first;
        private final int last;
        private final int startPosition;
        private final int endPosition;
        private final int shift;
        private final int length;
        private int next;

        Replay(int first, int last, int startPosition, int endPosition, int shift, int length) {
            super(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY);
            this.first = first;
            this.last = last;
            this.startPosition = startPosition;
            this.endPosition = endPosition;
            this.shift = shift;
            this.length = length;
            this.next = first;
        }

        @Override
        public boolean incrementToken() {
            if (next >= last) {
                return false;
            }
            int t = next++;
            ref.offset = termStarts[t];
            ref.length = termStarts[t + 1] - termStarts[t];
            term.setBytesRef(ref);
            posInc.setPositionIncrement(positions[t] - (t == first ? startPosition : positions[t - 1]));
            offset.setOffset(starts[t] + shift, ends[t] + shift);
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            // as the punctuation filter ends: the positions dropped after the last term
            posInc.setPositionIncrement(endPosition - (last > first ? positions[last - 1] : startPosition));
            offset.setOffset(length, length);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = first;
        }
    }

    /**
     * Sits below the punctuation filter: counts the positions of the tokens it is given and notes which word each came
     * from (the words the source has given out so far: the filters below split a word into parts before reading the next).
     */
    private static final class Tap extends TokenFilter {
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final SegmentedTokenStream source;
        private final int[] before;
        private int filled;
        int position = -1;
        int word = -1;

        Tap(TokenStream in, SegmentedTokenStream source, int words) {
            super(in);
            this.source = source;
            this.before = new int[words + 1];
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            word = source.consumed() - 1;
            for (; filled <= word; filled++) {
                before[filled] = position; // a word that gave no token starts where the next one does
            }
            position += posInc.getPositionIncrement();
            return true;
        }

        int[] before() {
            for (; filled < before.length; filled++) {
                before[filled] = position;
            }
            return before;
        }
    }
}
