package com.policyminer.compare;

import com.policyminer.model.Figure;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The values a figure is consistent with, in its normalized unit. Two figures agree when their
 * intervals overlap (strictly, so the exact counts 92 and 93 differ).
 *
 * <p><b>Tolerance.</b> A figure as written stands for every value that rounds to it: "5.05%" for
 * [5.045, 5.055)%, "506.06亿元" for ±0.005亿元, "93家" for ±0.5. So two figures agree exactly when one could
 * be a rounding of the same true value as the other: "5.1%" agrees with "5.05%" but not with "5.0%", and
 * "1648.6亿元" with "1648.56亿元". This follows each figure's own precision, which a fixed relative tolerance
 * cannot do: 0.5% would call the exact counts 1000 and 1004 equal and still separate 0.9% from 0.94%.
 * Qualifiers widen the interval: 约/近/左右 (approx) by at least 5% of the value, the usual reach of
 * "about"; 超过/以上 (more-than, at-least) make it [bound, +∞) and 不足/以下 (-∞, bound], the bound taken as
 * written (a threshold is not a rounded measurement); a range covers low..high plus the rounding.
 *
 * @param low               lowest consistent value (may be -infinity)
 * @param high              highest consistent value (may be +infinity)
 * @param point             true for a single (exact or approximate) value rather than a bound or range
 * @param significantDigits significant digits as written (5.05 → 3, 2300 → 2), at least 1
 */
public record ValueInterval(double low, double high, boolean point, int significantDigits) {

    /** Relative reach of an approximate figure (约, 近, 左右). */
    public static final double APPROX_REACH = 0.05;

    /** Relative slack of {@link #overlaps}: intervals that only touch (within rounding error) do not overlap. */
    static final double EPSILON = 1e-9;

    public static ValueInterval of(Figure f) {
        double value = f.value();
        double scale = scale(f);
        double half = halfUnit(f.numberText(), value);
        if ("approx".equals(f.qualifier())) {
            half = Math.max(half, Math.abs(value) * APPROX_REACH);
        }
        // low and high are normalized (like normalizedValue): bring them back to the written unit
        double lowWritten = scale == 0 ? f.low() : f.low() / scale;
        double highWritten = scale == 0 ? f.high() : f.high() / scale;
        boolean rangeGiven = !(f.low() == 0 && f.high() == 0) && !Double.isNaN(f.low()) && !Double.isNaN(f.high());
        double lo = rangeGiven ? Math.min(Math.min(lowWritten, highWritten), value) : value;
        double hi = rangeGiven ? Math.max(Math.max(lowWritten, highWritten), value) : value;
        if (Math.abs(hi - lo) <= 1e-9 * Math.max(1, Math.abs(value))) {
            lo = value;
            hi = value;
        }
        double low = (lo - half) * scale;
        double high = (hi + half) * scale;
        if (scale < 0) {
            double t = low;
            low = high;
            high = t;
        }
        boolean point = lo == hi;
        switch (f.qualifier()) {
            case "more-than", "at-least" -> {
                low = Math.min(lo * scale, hi * scale);
                high = Double.POSITIVE_INFINITY;
                point = false;
            }
            case "less-than", "at-most" -> {
                low = Double.NEGATIVE_INFINITY;
                high = Math.max(lo * scale, hi * scale);
                point = false;
            }
            default -> {
            }
        }
        return new ValueInterval(low, high, point, significantDigits(f.numberText(), value));
    }

    /** True when some value is consistent with both figures. */
    public boolean overlaps(ValueInterval other) {
        double slack = EPSILON * Math.max(magnitude(), other.magnitude());
        return low < other.high - slack && other.low < high - slack;
    }

    /** |a − b| / max(|a|, |b|), 0 when both are 0. */
    public static double relativeDifference(double a, double b) {
        double m = Math.max(Math.abs(a), Math.abs(b));
        return m == 0 ? 0 : Math.abs(a - b) / m;
    }

    /** The largest absolute finite end (0 when none). */
    double magnitude() {
        double m = 0;
        if (Double.isFinite(low)) {
            m = Math.max(m, Math.abs(low));
        }
        if (Double.isFinite(high)) {
            m = Math.max(m, Math.abs(high));
        }
        return m;
    }

    /** Normalized units per written unit: 0.01 for %, 1e8 for 亿元. */
    static double scale(Figure f) {
        if (f.value() != 0 && Double.isFinite(f.normalizedValue() / f.value())) {
            return f.normalizedValue() / f.value();
        }
        return UnitClasses.RATIO.equals(UnitClasses.of(f.normalizedUnit())) && f.unit().contains("%") ? 0.01 : 1;
    }

    /** Half of the last written digit's unit: "5.05" → 0.005, "93" → 0.5. */
    static double halfUnit(String numberText, double value) {
        String digits = asciiNumber(numberText);
        int decimals;
        if (digits != null) {
            int dot = digits.indexOf('.');
            decimals = dot < 0 ? 0 : digits.length() - dot - 1;
        } else {
            decimals = Math.max(0, decimal(value).scale());
        }
        return 0.5 * Math.pow(10, -decimals);
    }

    static int significantDigits(String numberText, double value) {
        String digits = asciiNumber(numberText);
        String s;
        if (digits != null) {
            s = digits.contains(".") ? digits.replace(".", "") : TRAILING_ZEROS.matcher(digits).replaceAll("");
        } else {
            s = decimal(Math.abs(value)).unscaledValue().toString();
        }
        s = LEADING_ZEROS.matcher(s).replaceFirst("");
        return Math.max(1, s.length());
    }

    // compiled once: a corpus table reads millions of figures
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，\u2009\u00a0]");
    private static final Pattern SIGN = Pattern.compile("^[-+−]");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("0+$");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+");

    /** The number as ASCII digits and one dot ("1 760.4" → "1760.4"), or null for 三, 十余 … */
    private static String asciiNumber(String numberText) {
        if (numberText == null) {
            return null;
        }
        String s = SIGN.matcher(SEPARATORS.matcher(Normalizer.normalize(numberText, Normalizer.Form.NFKC)).replaceAll("")).replaceFirst("");
        return PLAIN_NUMBER.matcher(s).matches() ? s : null;
    }

    private static BigDecimal decimal(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros();
    }
}
