package com.policyminer.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.util.List;

/**
 * Replays words segmented earlier ({@link HanLPAnalyzer#segment}) as a token source, so the
 * index gets the same tokens as {@link HanLPTokenizer} without a second HanLP pass. Wrap it with
 * {@link HanLPAnalyzer#filter} before indexing. It ignores its reader.
 */
public final class SegmentedTokenStream extends Tokenizer {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final List<? extends Word> words;
    private final int shift;
    private final int length;
    private int next;

    /** @param textLength length of the text the words came from (the final offset) */
    public SegmentedTokenStream(List<? extends Word> words, int textLength) {
        this(words, 0, textLength);
    }

    /**
     * Words of a stretch of a longer text, with offsets into that text: each offset is moved by
     * {@code shift} (minus the stretch's start) to be an offset into the stretch.
     *
     * @param textLength length of the stretch (the final offset)
     */
    public SegmentedTokenStream(List<? extends Word> words, int shift, int textLength) {
        this.words = words;
        this.shift = shift;
        this.length = textLength;
    }

    @Override
    public boolean incrementToken() {
        if (next >= words.size()) {
            return false;
        }
        Word w = words.get(next++);
        clearAttributes();
        termAtt.setEmpty().append(w.term());
        offsetAtt.setOffset(w.start() + shift, w.end() + shift);
        typeAtt.setType(w.pos());
        return true;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offsetAtt.setOffset(length, length);
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }
}
