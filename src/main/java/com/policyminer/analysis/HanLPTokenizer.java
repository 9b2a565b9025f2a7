package com.policyminer.analysis;

import com.hankcs.hanlp.seg.common.Term;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;
import org.apache.lucene.util.AttributeFactory;

import java.text.BreakIterator;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Segments Chinese text with HanLP a sentence at a time (like smartcn's HMMChineseTokenizer).
 * Every word is emitted, punctuation included, with its HanLP part-of-speech tag as the token
 * type and exact, {@link #correctOffset corrected} character offsets; white space is not a token.
 * {@link HanLPAnalyzer} adds the filters that decide what is indexed.
 */
public final class HanLPTokenizer extends SegmentingTokenizerBase {

    private static final ThreadLocal<BreakIterator> SENTENCES =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(Locale.ROOT));

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final HanLPWordSegmenter segmenter;

    private Iterator<Term> words = Collections.emptyIterator();
    private int sentenceOffset;

    public HanLPTokenizer(List<String> dictionaries) {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionaries);
    }

    public HanLPTokenizer(AttributeFactory factory, List<String> dictionaries) {
        super(factory, (BreakIterator) SENTENCES.get().clone());
        this.segmenter = new HanLPWordSegmenter(DomainDictionary.load(dictionaries).hanlp());
    }

    @Override
    protected void setNextSentence(int sentenceStart, int sentenceEnd) {
        char[] sentence = new char[sentenceEnd - sentenceStart];
        System.arraycopy(buffer, sentenceStart, sentence, 0, sentence.length);
        sentenceOffset = offset + sentenceStart;
        words = sentence.length == 0 ? Collections.emptyIterator() : segmenter.segment(sentence).iterator();
    }

    @Override
    protected boolean incrementWord() {
        while (words.hasNext()) {
            Term t = words.next();
            if (t.word.isBlank()) {
                continue;
            }
            int lead = 0;
            int trail = t.word.length();
            while (lead < trail && Character.isWhitespace(t.word.charAt(lead))) {
                lead++;
            }
            while (trail > lead && Character.isWhitespace(t.word.charAt(trail - 1))) {
                trail--;
            }
            clearAttributes();
            termAtt.setEmpty().append(t.word, lead, trail);
            int start = sentenceOffset + t.offset + lead;
            // the end is the corrected offset of the last character, plus one: correcting the end
            // itself would swallow markup that a CharFilter removed right after the word
            offsetAtt.setOffset(correctOffset(start), correctOffset(start + trail - lead - 1) + 1);
            typeAtt.setType(t.nature == null ? "x" : t.nature.toString());
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        words = Collections.emptyIterator();
    }
}
