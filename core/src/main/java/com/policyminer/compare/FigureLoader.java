package com.policyminer.compare;

import com.policyminer.model.Figure;

/**
 * Reads one figure back in full (its sentence, page, provenance) where it is kept, e.g. the index: the
 * comparison keeps only what it compares by ({@link FigureRow}) and reads the figures it shows.
 */
@FunctionalInterface
public interface FigureLoader {

    /**
     * The figure of document {@code docId} at {@code start..end}; never null (a report gone meanwhile throws).
     *
     * @param doc where it was read from (the index document), a hint; -1 when not known
     */
    Figure load(String docId, int start, int end, int doc);
}
