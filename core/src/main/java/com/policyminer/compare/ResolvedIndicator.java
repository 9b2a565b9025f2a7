package com.policyminer.compare;

/**
 * An indicator phrase resolved against the concept table.
 *
 * @param id        concept id with its measure ({@code rd_intensity}, {@code rd_expenditure.growth}); for an
 *                  unknown phrase, {@code "?"} + the normalized phrase (+ measure), so identical unknown
 *                  phrases still group
 * @param name      display name (研发投入强度, R&amp;D经费内部支出（增速）), or the phrase as written when unknown
 * @param conceptId the concept id without measure, or "" when unknown
 * @param measure   level, share, growth, change, rank, multiple
 * @param known     true when the phrase matched a concept
 */
public record ResolvedIndicator(String id, String name, String conceptId, Measure measure, boolean known) {

    public static final String UNKNOWN_PREFIX = "?";
}
