package com.policyminer.extract.figures;

/**
 * A figure found in running text, before its year, subject and indicator are bound.
 * {@code start..end} covers the qualifier words too ("超过两成", "8倍多"); {@code value} is the
 * low end of a range.
 */
record Found(int start, int end, String rule, String numberText, double value, String unit,
             double normalizedValue, String normalizedUnit, String kind, String qualifier,
             double low, double high) {

    Found withKind(String newKind) {
        return new Found(start, end, rule, numberText, value, unit, normalizedValue, normalizedUnit, newKind,
                qualifier, low, high);
    }
}
