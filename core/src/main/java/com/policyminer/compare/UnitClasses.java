package com.policyminer.compare;

import java.util.Map;
import java.util.Set;

/**
 * The unit class of a figure's normalized unit: the coarse kind of quantity an indicator concept is
 * measured in. Figures are only grouped when their normalized units are equal; the class only decides
 * which concept an ambiguous phrase (全社会研发经费投入) names.
 */
final class UnitClasses {

    static final String RATIO = "ratio";
    static final String PP = "pp";
    static final String MONEY = "money";
    static final String COUNT = "count";
    static final String RANK = "rank";
    static final String MULTIPLE = "multiple";

    private static final Set<String> CURRENCIES = Set.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP", "KRW", "AUD", "CAD", "RUB", "TWD", "SGD", "CHF");
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("ratio", RATIO),
            Map.entry("pp", PP),
            Map.entry("persons", "persons"),
            Map.entry("person-years", "person-years"),
            Map.entry("items", COUNT),
            Map.entry("enterprises", COUNT),
            Map.entry("count", COUNT),
            Map.entry("institutions", COUNT),
            Map.entry("projects", COUNT),
            Map.entry("patents", COUNT),
            Map.entry("rank", RANK),
            Map.entry("multiple", MULTIPLE));

    private UnitClasses() {
    }

    /** The class of a normalized unit; an unlisted unit is its own class. */
    static String of(String normalizedUnit) {
        if (normalizedUnit == null || normalizedUnit.isBlank()) {
            return "";
        }
        if (CURRENCIES.contains(normalizedUnit)) {
            return MONEY;
        }
        return CLASSES.getOrDefault(normalizedUnit, normalizedUnit);
    }
}
