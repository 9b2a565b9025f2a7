package com.policyminer.search;

import com.policyminer.model.Figure;

import java.util.List;

/**
 * A figure search. Every filter is optional.
 *
 * @param q         words in the figure's sentence or indicator
 * @param subjects  region or organization names (resolved to canonical names, e.g. 西安 → 西安市)
 * @param expand    also accept sub-regions of {@code subjects}
 * @param subjectTypes subject types to keep (region, region-group, organization, company, sector, market,
 *                  programme, other); empty: all
 * @param indicator an indicator concept by any of its names (研发投入强度 also finds R&D经费投入强度 and 研发强度), or,
 *                  when it names no concept or {@code exactIndicator} is set, words of the indicator phrase
 * @param exactIndicator match {@code indicator} as a literal phrase of the indicator only, not as a concept
 * @param yearFrom  first year, inclusive
 * @param yearTo    last year, inclusive
 * @param unit      unit as written (亿元, %) or normalized unit (CNY, ratio)
 * @param kind      level, share, growth, change, rank, multiple, count
 * @param docs      document ids
 * @param min       lowest normalized value, inclusive (6.121e9 for 61.21亿元)
 * @param max       highest normalized value, inclusive
 * @param sort      "document" (reading order), "value", "-value", "year", "-year"
 */
public record FigureQuery(String q, List<String> subjects, boolean expand, List<String> subjectTypes, String indicator,
                          boolean exactIndicator, Integer yearFrom, Integer yearTo, String unit, String kind, List<String> docs, Double min, Double max,
                          String sort, int page, int size) {

    public static final int MAX_SIZE = 10_000;

    public FigureQuery {
        q = q == null ? "" : q.strip();
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        subjectTypes = subjectTypes == null ? List.of() : subjectTypes.stream().map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        for (String t : subjectTypes) {
            if (!Figure.SUBJECT_TYPES.contains(t)) {
                throw new BadQueryException("subjectType must be one of " + String.join(", ", Figure.SUBJECT_TYPES)
                        + "; got " + (t.length() > 40 ? t.substring(0, 40) + "…" : t));
            }
        }
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
        return new FigureQuery("", List.of(), false, List.of(), "", false, null, null, "", "", List.of(), null, null,
                "document", 1, size);
    }

    /** The figures of some documents, in reading order. */
    public static FigureQuery ofDocuments(List<String> docs, int size) {
        return new FigureQuery("", List.of(), false, List.of(), "", false, null, null, "", "", docs, null, null,
                "document", 1, size);
    }
}
