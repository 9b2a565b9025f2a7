package com.policyminer.analysis;

/**
 * A segmented word as {@link SegmentedTokenStream} replays it: its text, its offsets and its
 * part-of-speech tag. Implemented by {@link SegmentedWord} and by whatever a pipeline keeps its
 * words as, so they are replayed without being copied.
 */
public interface Word {

    String term();

    int start();

    int end();

    String pos();
}
