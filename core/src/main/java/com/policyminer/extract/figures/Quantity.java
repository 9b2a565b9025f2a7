package com.policyminer.extract.figures;

/**
 * A number with the multiplier and unit written after it, before any context is considered.
 *
 * @param start      offset of the number (its sign included)
 * @param end        offset after the unit (or after the number when there is none)
 * @param numberText the number as written ("1 760.4", "三", "1/3")
 * @param value      its value (1760.4)
 * @param chinese    true when written in Chinese numerals
 * @param unit       multiplier and unit as written ("亿元", "万人", "%"), "" when none
 * @param factor     what value is multiplied by to reach the base unit
 * @param baseUnit   base unit (CNY, ratio …), "" when there is no unit
 * @param kind       kind the unit suggests (level, count, share, change, multiple)
 */
record Quantity(int start, int end, String numberText, double value, boolean chinese,
                String unit, double factor, String baseUnit, String kind) {

    boolean hasUnit() {
        return !baseUnit.isEmpty();
    }

    double normalized() {
        return value * factor;
    }

    Quantity withUnitOf(Quantity other) {
        return new Quantity(start, end, numberText, value, chinese, other.unit, other.factor, other.baseUnit, other.kind);
    }
}
