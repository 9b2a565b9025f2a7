package com.policyminer.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One report search.
 *
 * @param q       the query: Lucene syntax, or a plain string searched as the analyst means it
 * @param syntax  "auto" (Lucene syntax when the query uses operators, quotes or fields), "lucene" or "plain"
 * @param page    1-based page (page × size must stay within {@link #MAX_WINDOW}); ignored with a cursor
 * @param size    hits per page, 1..{@link #MAX_SIZE}
 * @param cursor  opaque position returned as {@code nextCursor}, for paging past the window
 * @param docs    restrict to these document ids (empty: all)
 * @param from    earliest publication date, inclusive, or null
 * @param to      latest publication date, inclusive, or null
 * @param sort    "relevance" or "date"
 * @param regions restrict to reports mentioning any of these regions
 * @param expand  also accept sub-regions and member regions of {@code regions}, and of region words in a plain query
 * @param policies restrict to reports citing any of these policies (normalized titles)
 * @param orgs    restrict to reports mentioning any of these organizations
 * @param synonyms in a plain query, let a word also match what names the same thing (an indicator's
 *                 synonyms, a region's aliases, an abbreviation's members); a quoted phrase stays exact
 * @param collapse one hit per work (a report in several files: its best matching file, the others
 *                 named in {@code alsoAs}); totals and facets count works. False: every file is a hit
 */
public record SearchRequest(String q, String syntax, int page, int size, String cursor, List<String> docs,
                            LocalDate from, LocalDate to, String sort, List<String> regions, boolean expand,
                            List<String> policies, List<String> orgs, boolean synonyms, boolean collapse) {

    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        q = q == null ? "" : q.strip();
        syntax = syntax == null || syntax.isBlank() ? "auto" : syntax;
        sort = sort == null || sort.isBlank() ? "relevance" : sort;
        docs = docs == null ? List.of() : List.copyOf(docs);
        regions = regions == null ? List.of() : List.copyOf(regions);
        policies = policies == null ? List.of() : List.copyOf(policies);
        orgs = orgs == null ? List.of() : List.copyOf(orgs);
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new BadQueryException("query is " + q.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
        }
        if (!List.of("auto", "lucene", "plain").contains(syntax)) {
            throw new BadQueryException("syntax must be auto, lucene or plain, not '" + syntax + "'");
        }
        if (!List.of("relevance", "date").contains(sort)) {
            throw new BadQueryException("sort must be relevance or date, not '" + sort + "'");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadQueryException("size must be between 1 and " + MAX_SIZE);
        }
        if (page < 1) {
            throw new BadQueryException("page must be 1 or more");
        }
        if (cursor == null && (long) page * size > MAX_WINDOW) {
            throw new BadQueryException("page × size is over " + MAX_WINDOW + "; follow nextCursor to page further");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadQueryException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** A request collapsing works. */
    public SearchRequest(String q, String syntax, int page, int size, String cursor, List<String> docs,
                         LocalDate from, LocalDate to, String sort, List<String> regions, boolean expand,
                         List<String> policies, List<String> orgs, boolean synonyms) {
        this(q, syntax, page, size, cursor, docs, from, to, sort, regions, expand, policies, orgs, synonyms, true);
    }

    /** A request with synonyms on. */
    public SearchRequest(String q, String syntax, int page, int size, String cursor, List<String> docs,
                         LocalDate from, LocalDate to, String sort, List<String> regions, boolean expand,
                         List<String> policies, List<String> orgs) {
        this(q, syntax, page, size, cursor, docs, from, to, sort, regions, expand, policies, orgs, true);
    }

    /** A first-page request for a query with default settings. */
    public static SearchRequest of(String q, int size) {
        return new SearchRequest(q, "auto", 1, size, null, List.of(), null, null, "relevance",
                List.of(), false, List.of(), List.of());
    }
}
