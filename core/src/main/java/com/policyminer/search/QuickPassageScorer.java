package com.policyminer.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over sentences, the same {@code tf}, {@code weight} and {@code norm}),
 * computed without the hash table the stock scorer allocates for every candidate sentence: a
 * passage holds a handful of matches, so finding the distinct terms by comparison is cheaper.
 * A report whose query words occur hundreds of times scores hundreds of candidates per search.
 */
final class QuickPassageScorer extends PassageScorer {

    /** Above this many matches in one passage, the stock computation is used. */
    private static final int MAX_COMPARED = 64;

    @Override
    public float score(Passage passage, int contentLength) {
        int n = passage.getNumMatches();
        if (n > MAX_COMPARED) {
            return super.score(passage, contentLength);
        }
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0;
        for (int i = 0; i < n; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < n; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    inPassage++;
                }
            }
            // the doc frequency of a term's first match, as the stock scorer takes it
            score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) {
            if (terms[j].bytesEquals(terms[i])) {
                return true;
            }
        }
        return false;
    }
}
