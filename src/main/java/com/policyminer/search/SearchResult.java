package com.policyminer.search;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One page of report hits.
 *
 * @param total      exact number of matching reports
 * @param nextCursor pass as {@code cursor} to get the following page, or null at the end
 * @param facets     per dimension (region, policy, org, year, format), labels with report counts, largest first
 * @param query      the query as Lucene understood it (for the curious)
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, String nextCursor,
                           Map<String, List<FacetCount>> facets, String query, long tookMs) {

    /**
     * One report that matched, with its best passages.
     *
     * @param fileName the report's own file name: the name it was uploaded under, else the last part of its path
     */
    public record Hit(String id, String path, String fileName, String title, String date, String format, float score,
                      List<Passage> passages) {
    }

    /**
     * A passage of a hit.
     *
     * @param html      the passage, HTML-escaped, matches in {@code <mark>}
     * @param start     offset in the report's text where the passage shown begins
     * @param page      physical number (1-based) of the page it begins on; absent for a report without pages
     * @param pageLabel the number printed on that page; absent for a report without pages
     */
    public record Passage(String html, int start,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String pageLabel) {

        /** The same passage on a page (null: none). */
        Passage onPage(com.policyminer.model.Page p) {
            return p == null ? this : new Passage(html, start, p.number(), p.label());
        }
    }

    /** A facet value and the number of matching reports that have it. */
    public record FacetCount(String label, long count) {
    }
}
