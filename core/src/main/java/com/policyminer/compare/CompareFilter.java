package com.policyminer.compare;

/**
 * What {@link FigureComparator#compare} keeps; a null or blank field matches everything.
 *
 * @param subject   a subject name, compared after canonicalization (西安市 finds 西安)
 * @param indicator a concept id, display name or any synonym (研发强度 finds 研发投入强度 and its
 *                  derived measures), or an unknown phrase as written
 * @param year      keeps groups with at least one figure for that year (or a period covering it); the
 *                  group keeps its other years, so a mis-dating stays visible
 */
public record CompareFilter(String subject, String indicator, Integer year) {

    public static final CompareFilter ALL = new CompareFilter(null, null, null);

    public CompareFilter {
        subject = subject == null ? "" : subject.strip();
        indicator = indicator == null ? "" : indicator.strip();
    }

    /**
     * A filter from query parameters as given ({@code ?subject=&indicator=&year=}); null or blank means any.
     *
     * @throws IllegalArgumentException when the year is not a year between 1900 and 2100
     */
    public static CompareFilter parse(String subject, String indicator, String year) {
        if (year == null || year.isBlank()) {
            return new CompareFilter(subject, indicator, null);
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2100) {
                throw new IllegalArgumentException("year out of range: " + year);
            }
            return new CompareFilter(subject, indicator, y);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("year must be a number like 2020, not '" + year + "'");
        }
    }
}
