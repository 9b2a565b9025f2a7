package com.policyminer.analysis;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.List;

/**
 * One configured HanLP segmenter: the Viterbi (shortest-path) segmenter of the portable jar,
 * with offsets on, our domain dictionary, and the slow HMM recognizers off (person names
 * misfire on 居全国 and friends; places and organizations come from the dictionary and the
 * extractors instead). HanLP's separate part-of-speech pass is off too: each word keeps the
 * part of speech its dictionary entry gives (ns, nz, m, q …), at 9% less segmentation time.
 */
final class HanLPWordSegmenter {

    private final Segment segment;

    HanLPWordSegmenter(DomainDictionary dictionary) {
        this.segment = new DomainViterbiSegment(dictionary.added())
                .enableOffset(true)
                .enableCustomDictionary(dictionary.hanlp())
                .enablePartOfSpeechTagging(false)
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false)
                .enableMultithreading(false);
    }

    /** Segments one sentence; offsets in the returned terms are relative to the sentence. */
    List<Term> segment(char[] sentence) {
        return segment.seg(sentence);
    }
}
