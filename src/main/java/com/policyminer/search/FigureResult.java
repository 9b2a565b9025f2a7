package com.policyminer.search;

import java.util.List;

/** One page of figures. */
public record FigureResult(long total, int page, int size, List<FigureHit> figures) {
}
