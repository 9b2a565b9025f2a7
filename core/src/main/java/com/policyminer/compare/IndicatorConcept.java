package com.policyminer.compare;

import java.util.List;

/**
 * One indicator concept of {@code indicators.tsv}.
 *
 * @param id        stable id (rd_intensity)
 * @param name      display name (研发投入强度)
 * @param unitClass ratio, money, count, persons, person-years, or {@code *} for any unit
 * @param synonyms  phrases as written, the display name included
 */
public record IndicatorConcept(String id, String name, String unitClass, List<String> synonyms) {

    public static final String ANY_UNIT = "*";

    public IndicatorConcept {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("concept needs an id and a name");
        }
        if (unitClass == null || unitClass.isBlank()) {
            throw new IllegalArgumentException("concept " + id + " needs a unit class");
        }
        synonyms = List.copyOf(synonyms);
    }

    public boolean accepts(String figureUnitClass) {
        return ANY_UNIT.equals(unitClass) || unitClass.equals(figureUnitClass);
    }
}
