package com.policyminer.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * One page of report hits.
 *
 * @param total      exact number of matching reports
 * @param nextCursor pass as {@code cursor} to get the following page, or null at the end
 * @param facets     per dimension (region, policy, org, year, format), labels with report counts, largest first
 * @param query      the query as Lucene understood it (for the curious)
 * @param relaxed    true when not every chunk of a plain query had to match (too few reports matched
 *                   them all): reports matching most chunks follow those matching all
 * @param expansions for each chunk of a plain query searched with alternatives, the alternatives
 * @param partial    the search reached its deadline: total, hits and facets cover only the part searched
 * @param worksPending the files of one work were not collapsed into one hit: the works were still being grouped
 *                   (a server's first seconds on a large index); total, hits and facets count files, and hits
 *                   carry no provenance (source URL, upload time and user)
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, String nextCursor,
                           Map<String, List<FacetCount>> facets, String query, long tookMs,
                           boolean relaxed, Map<String, List<String>> expansions, boolean partial, boolean worksPending) {

    /** A result with its works collapsed as asked (or not asked). */
    public SearchResult(long total, int page, int size, List<Hit> hits, String nextCursor,
                        Map<String, List<FacetCount>> facets, String query, long tookMs,
                        boolean relaxed, Map<String, List<String>> expansions, boolean partial) {
        this(total, page, size, hits, nextCursor, facets, query, tookMs, relaxed, expansions, partial, false);
    }

    /** A complete result (the search ended before its deadline). */
    public SearchResult(long total, int page, int size, List<Hit> hits, String nextCursor,
                        Map<String, List<FacetCount>> facets, String query, long tookMs,
                        boolean relaxed, Map<String, List<String>> expansions) {
        this(total, page, size, hits, nextCursor, facets, query, tookMs, relaxed, expansions, false);
    }

    /** A complete result of a query that was searched as written. */
    public SearchResult(long total, int page, int size, List<Hit> hits, String nextCursor,
                        Map<String, List<FacetCount>> facets, String query, long tookMs) {
        this(total, page, size, hits, nextCursor, facets, query, tookMs, false, Map.of(), false);
    }

    /**
     * One report that matched, with its best passages, the passage with the most query chunks first.
     *
     * @param fileName the report's own file name: the name it was uploaded under, else the last part of its path
     * @param score    BM25 (for a plain query with alternatives or relaxed, without the tiers that rank it)
     * @param matched  chunks of a plain query the report matches (exactly or through an alternative); empty for Lucene syntax
     * @param missing  chunks it does not match
     * @param work     the id of the work the report is a file of (its own id when it is the only file)
     * @param alsoAs   the file names of the work's other files (a collapsed search shows the work once)
     * @param sourceUrl the web address the file came from, when known
     * @param uploadedAt when the file was uploaded (ISO-8601), when it was
     * @param uploadedBy who uploaded it (the named write token's name), when known
     */
    public record Hit(String id, String path, String fileName, String title, String date, String format, float score,
                      List<Passage> passages, List<String> matched, List<String> missing, String work,
                      List<String> alsoAs, @JsonInclude(JsonInclude.Include.NON_NULL) String sourceUrl,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String uploadedAt,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String uploadedBy) {

        public Hit {
            alsoAs = alsoAs == null ? List.of() : List.copyOf(alsoAs);
        }
    }

    /**
     * A passage of a hit.
     *
     * @param html      the passage, HTML-escaped, matches in {@code <mark>}
     * @param start     offset in the report's text where the passage shown begins
     * @param page      physical number (1-based) of the page it begins on; absent for a report without pages
     * @param pageLabel the number printed on that page; absent for a report without pages
     * @param ocrConfidence when that page's text was read by OCR (a scan), its mean confidence 0–1; else absent
     */
    public record Passage(String html, int start,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String pageLabel,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Double ocrConfidence) {

        public Passage(String html, int start, Integer page, String pageLabel) {
            this(html, start, page, pageLabel, null);
        }

        /** The same passage on a page (null: none). */
        Passage onPage(com.policyminer.model.Page p) {
            return p == null ? this : new Passage(html, start, p.number(), p.label(), p.ocrConfidence());
        }

        /** Whether the passage's page was read by OCR: {@code "ocr": true} in JSON, absent otherwise. */
        @JsonProperty(value = "ocr", access = JsonProperty.Access.READ_ONLY)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public Boolean ocr() {
            return ocrConfidence == null ? null : Boolean.TRUE;
        }
    }

    /** A facet value and the number of matching reports that have it. */
    public record FacetCount(String label, long count) {
    }
}
