package com.policyminer.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.List;

/**
 * Replaces a multi-word domain entry (研发投入强度, 长三角一体化发展, 西安市) by its parts, one position
 * each, with the parts' own offsets. The entry kept the segmenter from cutting across it; its parts
 * make a search for 长三角 find 长三角一体化发展 while a phrase query for the whole still matches.
 * Applied identically at index and query time.
 */
public final class DecompoundFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Decomposer decomposer;

    private List<String> parts;
    private int nextPart;
    private int partStart;
    private int tokenEnd;

    DecompoundFilter(TokenStream in, Decomposer decomposer) {
        super(in);
        this.decomposer = decomposer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (parts != null && nextPart < parts.size()) {
            emitPart(1);
            return true;
        }
        parts = null;
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() < Decomposer.MIN_SPLIT_LENGTH) {
            return true; // most words: too short to split (and no string made to find that out)
        }
        List<String> p = decomposer.parts(term.toString());
        if (p.isEmpty() || offset.endOffset() - offset.startOffset() != term.length()) {
            return true;
        }
        parts = p;
        nextPart = 0;
        partStart = offset.startOffset();
        tokenEnd = offset.endOffset();
        emitPart(posInc.getPositionIncrement());
        return true;
    }

    private void emitPart(int increment) {
        String part = parts.get(nextPart++);
        int end = nextPart == parts.size() ? tokenEnd : Math.min(tokenEnd, partStart + part.length());
        term.setEmpty().append(part);
        offset.setOffset(partStart, end);
        posInc.setPositionIncrement(increment);
        partStart = end;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts = null;
    }
}
