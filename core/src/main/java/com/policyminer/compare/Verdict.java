package com.policyminer.compare;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How two figures about the same subject and indicator, from different documents, relate. Listed from
 * least to most serious; a group's overall verdict is the most serious of its pairs.
 */
public enum Verdict {
    /** The values agree within tolerance ({@link ValueInterval}) and the years do not contradict. */
    AGREE("agree"),
    /** Different years, different values: an ordinary time series. */
    TIMELINE("timeline"),
    /** Different values and at least one figure has no year, so neither agreement nor conflict is shown. */
    UNDATED("undated"),
    /**
     * Two files of one work (the same report, e.g. a repost or a later edition) give different values
     * for the same year: the figure was changed between versions. Not a conflict between sources.
     */
    CHANGED_BETWEEN_VERSIONS("changed-between-versions"),
    /** Different years, the same precise value: one of the documents may have dated it wrongly. */
    SAME_VALUE_DIFFERENT_YEAR("same-value-different-year"),
    /** Same year (or period), values that cannot both be right. */
    CONFLICT("conflict");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean isIssue() {
        return this == CONFLICT || this == SAME_VALUE_DIFFERENT_YEAR || this == CHANGED_BETWEEN_VERSIONS;
    }

    public static Verdict moreSerious(Verdict a, Verdict b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
