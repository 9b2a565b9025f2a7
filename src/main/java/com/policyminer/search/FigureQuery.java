package com.policyminer.search;

import java.util.List;

/**
 * A figure search. Every filter is optional.
 *
 * @param q         words in the figure's sentence or indicator
 * @param subjects  region or organization names (resolved to canonical names, e.g. 西安 → 西安市)
 * @param expand    also accept sub-regions of {@code subjects}
 * @param indicator words of the indicator phrase (R&D经费, 研发投入强度 …)
 * @param yearFrom  first year, inclusive
 * @param yearTo    last year, inclusive
 * @param unit      unit as written (亿元, %) or normalized unit (CNY, ratio)
 * @param kind      level, share, growth, change, rank, multiple, count
 * @param docs      document ids
 * @param min       lowest normalized value, inclusive (6.121e9 for 61.21亿元)
 * @param max       highest normalized value, inclusive
 * @param sort      "document" (reading order), "value", "-value", "year", "-year"
 */
public record FigureQuery(String q, List<String> subjects, boolean expand, String indicator, Integer yearFrom,
                          Integer yearTo, String unit, String kind, List<String> docs, Double min, Double max,
                          String sort, int page, int size) {

    public static final int MAX_SIZE = 10_000;

    public FigureQuery {
        q = q == null ? "" : q.strip();
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        indicator = indicator == null ? "" : indicator.strip();
        unit = unit == null ? "" : unit.strip();
        kind = kind == null ? "" : kind.strip();
        docs = docs == null ? List.of() : List.copyOf(docs);
        sort = sort == null || sort.isBlank() ? "document" : sort;
        if (!List.of("document", "value", "-value", "year", "-year").contains(sort)) {
            throw new BadQueryException("sort must be document, value, -value, year or -year");
        }
        if (q.length() > SearchRequest.MAX_QUERY_LENGTH || indicator.length() > 200) {
            throw new BadQueryException("query text is too long");
        }
        if (size < 1 || size > MAX_SIZE || page < 1 || (long) page * size > 100_000) {
            throw new BadQueryException("page and size must be positive, size at most " + MAX_SIZE);
        }
        if (min != null && max != null && min > max) {
            throw new BadQueryException("min is greater than max");
        }
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new BadQueryException("year range is reversed");
        }
    }

    public static FigureQuery all(int size) {
        return new FigureQuery("", List.of(), false, "", null, null, "", "", List.of(), null, null, "document", 1, size);
    }
}
