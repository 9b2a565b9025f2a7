package com.policyminer.search;

import java.util.List;

/**
 * One page of figures.
 *
 * @param partial the search stopped at its deadline: the figures and the total are those found by then
 */
public record FigureResult(long total, int page, int size, List<FigureHit> figures, boolean partial) {

    /** A complete page. */
    public FigureResult(long total, int page, int size, List<FigureHit> figures) {
        this(total, page, size, figures, false);
    }
}
