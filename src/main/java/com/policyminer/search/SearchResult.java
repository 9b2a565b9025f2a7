package com.policyminer.search;

import java.util.List;
import java.util.Map;

/**
 * One page of report hits.
 *
 * @param total      exact number of matching reports
 * @param nextCursor pass as {@code cursor} to get the following page, or null at the end
 * @param facets     per dimension (region, policy, org, year, format), labels with report counts, largest first
 * @param query      the query as Lucene understood it (for the curious)
 * @param partial    the search reached its deadline: total, hits and facets cover only the part searched
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, String nextCursor,
                           Map<String, List<FacetCount>> facets, String query, long tookMs, boolean partial) {

    /** A complete result (the search ended before its deadline). */
    public SearchResult(long total, int page, int size, List<Hit> hits, String nextCursor,
                        Map<String, List<FacetCount>> facets, String query, long tookMs) {
        this(total, page, size, hits, nextCursor, facets, query, tookMs, false);
    }

    /** One report that matched, with its best passages (HTML-escaped, matches in {@code <mark>}). */
    public record Hit(String id, String path, String title, String date, String format, float score,
                      List<String> passages) {
    }

    /** A facet value and the number of matching reports that have it. */
    public record FacetCount(String label, long count) {
    }
}
