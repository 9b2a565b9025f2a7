package com.policyminer.compare;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a figure measures about an indicator concept. A concept's level (研发投入强度 5.05%,
 * R&amp;D经费内部支出 506.06亿元) is never compared with its share of a total, its growth rate, a change, a
 * rank or a multiple, so the measure is part of the resolved indicator id ({@code rd_expenditure.share}).
 */
public enum Measure {
    LEVEL("level", ""),
    SHARE("share", "（占比）"),
    GROWTH("growth", "（增速）"),
    CHANGE("change", "（变化）"),
    RANK("rank", "（排名）"),
    MULTIPLE("multiple", "（倍数）");

    private final String code;
    private final String nameSuffix;

    Measure(String code, String nameSuffix) {
        this.code = code;
        this.nameSuffix = nameSuffix;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Appended to the concept's display name: 研发经费 → 研发经费（增速）. */
    public String nameSuffix() {
        return nameSuffix;
    }

    /** The id of this measure of a concept: the concept id itself for {@link #LEVEL}. */
    public String idOf(String conceptId) {
        return this == LEVEL ? conceptId : conceptId + "." + code;
    }
}
