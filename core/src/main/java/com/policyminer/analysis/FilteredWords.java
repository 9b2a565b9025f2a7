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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text's words (segmented once) after the index-time filters ({@link HanLPAnalyzer#filter}), worked out once and
 * kept as UTF-8 terms with their offsets and positions. The text's field and each stretch of it that another field
 * indexes (a figure's sentence) replay them: the filters run once per distinct word of a text instead of once per
 * word of each field, and each term is turned into UTF-8 once.
 *
 * <p>A stretch replays exactly what the filters give for the stretch's words alone: the same terms, offsets moved into
 * the stretch, the same position increments (punctuation dropped before the stretch's first term counts from the
 * stretch's first word, as it would in a stream of the stretch alone). The filters below the punctuation filter work
 * word by word (a word's tokens depend on its text and the length of its span alone), which is what makes a stretch
 * of the whole the same as the whole of a stretch, and one word's tokens the same wherever it stands.
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

    /**
     * Runs {@code words} (of a text {@code textLength} long) through the analyzer's filters, once per distinct word: a
     * report writes the same few hundred words thousands of times, and the filters work word by word.
     */
    public static FilteredWords of(HanLPAnalyzer analyzer, List<? extends Word> words, int textLength) {
        OneWord filters = new OneWord(analyzer);
        Map<String, Filtered> seen = new HashMap<>();
        int capacity = Math.max(16, words.size() + words.size() / 4);
        byte[] bytes = new byte[capacity * 4];
        int[] termStarts = new int[capacity + 1];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int[] positions = new int[capacity];
        int[] firstTerm = new int[words.size() + 1];
        int[] before = new int[words.size() + 1];
        int position = -1;
        int n = 0;
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            int span = word.end() - word.start();
            // the filters see a word's text and the length of its span (a compound is split only where they agree)
            boolean plain = span == word.term().length();
            Filtered f = plain ? seen.get(word.term()) : null;
            if (f == null) {
                f = filters.filter(word, span);
                if (plain) {
                    seen.put(word.term(), f);
                }
            }
            firstTerm[w] = n;
            before[w] = position;
            int k = 0;
            for (int i = 0; i < f.increments.length; i++) {
                position += f.increments[i];
                if (k < f.kept.length && f.kept[k] == i) {
                    if (n == starts.length) {
                        int grown = ArrayUtil.oversize(n + 1, Integer.BYTES);
                        termStarts = Arrays.copyOf(termStarts, grown + 1);
                        starts = Arrays.copyOf(starts, grown);
                        ends = Arrays.copyOf(ends, grown);
                        positions = Arrays.copyOf(positions, grown);
                    }
                    int from = f.termStarts[k];
                    int length = f.termStarts[k + 1] - from;
                    bytes = ArrayUtil.grow(bytes, termStarts[n] + length);
                    System.arraycopy(f.bytes, from, bytes, termStarts[n], length);
                    termStarts[n + 1] = termStarts[n] + length;
                    starts[n] = word.start() + f.starts[k];
                    ends[n] = word.start() + f.ends[k];
                    positions[n] = position;
                    n++;
                    k++;
                }
            }
        }
        firstTerm[words.size()] = n;
        before[words.size()] = position;
        filters.close();
        return new FilteredWords(bytes, termStarts, starts, ends, positions, firstTerm, before, n, textLength);
    }

    /**
     * What the filters make of one word: the position increment of each token below the punctuation filter, which of
     * them it keeps, and those terms' UTF-8 bytes and offsets from the word's start.
     */
    private record Filtered(int[] increments, int[] kept, byte[] bytes, int[] termStarts, int[] starts, int[] ends) {
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

    /** The filters over one word at a time (one chain, reset for each word). */
    private static final class OneWord {
        private final Scratch word = new Scratch();
        private final Tap tap;
        private final TokenStream kept;
        private final CharTermAttribute term;
        private final OffsetAttribute offset;
        private byte[] utf8 = new byte[64];
        private byte[] scratch = new byte[64];

        OneWord(HanLPAnalyzer analyzer) {
            tap = new Tap(analyzer.foldAndSplit(new SegmentedTokenStream(List.of(word), 0)));
            kept = new PunctuationFilter(tap);
            term = kept.getAttribute(CharTermAttribute.class);
            offset = kept.getAttribute(OffsetAttribute.class);
        }

        Filtered filter(Word w, int span) {
            word.set(w.term(), span, w.pos());
            tap.increments = new int[2];
            tap.count = 0;
            int[] kept = new int[2];
            int[] termStarts = new int[3];
            int[] starts = new int[2];
            int[] ends = new int[2];
            int n = 0;
            try {
                this.kept.reset();
                while (this.kept.incrementToken()) {
                    if (n == kept.length) {
                        kept = Arrays.copyOf(kept, n * 2);
                        termStarts = Arrays.copyOf(termStarts, n * 2 + 1);
                        starts = Arrays.copyOf(starts, n * 2);
                        ends = Arrays.copyOf(ends, n * 2);
                    }
                    kept[n] = tap.count - 1;
                    scratch = ArrayUtil.grow(scratch, UnicodeUtil.maxUTF8Length(term.length()));
                    int length = UnicodeUtil.UTF16toUTF8(term.buffer(), 0, term.length(), scratch);
                    utf8 = ArrayUtil.grow(utf8, termStarts[n] + length);
                    System.arraycopy(scratch, 0, utf8, termStarts[n], length);
                    termStarts[n + 1] = termStarts[n] + length;
                    starts[n] = offset.startOffset();
                    ends[n] = offset.endOffset();
                    n++;
                }
                this.kept.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // no I/O: the word is in memory
            }
            return new Filtered(Arrays.copyOf(tap.increments, tap.count), Arrays.copyOf(kept, n),
                    Arrays.copyOf(utf8, termStarts[n]), Arrays.copyOf(termStarts, n + 1), Arrays.copyOf(starts, n),
                    Arrays.copyOf(ends, n));
        }

        void close() {
            try {
                kept.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The word {@link OneWord} gives the filters: its text and part of speech, at offsets 0 to its span. */
    private static final class Scratch implements Word {
        private String term;
        private int end;
        private String pos;

        void set(String term, int end, String pos) {
            this.term = term;
            this.end = end;
            this.pos = pos;
        }

        @Override
        public String term() {
            return term;
        }

        @Override
        public int start() {
            return 0;
        }

        @Override
        public int end() {
            return end;
        }

        @Override
        public String pos() {
            return pos;
        }
    }

    /** Sits below the punctuation filter: notes the position increment of each token it is given. */
    private static final class Tap extends TokenFilter {
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        int[] increments = new int[2];
        int count;

        Tap(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (count == increments.length) {
                increments = Arrays.copyOf(increments, count * 2);
            }
            increments[count++] = posInc.getPositionIncrement();
            return true;
        }
    }
}
