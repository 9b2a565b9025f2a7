package com.policyminer.search;

/** What an export wrote: the figures that match, and how many of them were written. */
public record FigureExport(long total, long written) {
}
