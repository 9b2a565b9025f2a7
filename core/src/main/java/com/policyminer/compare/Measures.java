package com.policyminer.compare;

import com.policyminer.model.Figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The distinct measures of a table's figures, numbered in the order met: a measure is what a comparison judges a
 * figure's value by, its normalized value, the interval it is consistent with ({@link ValueInterval}: low, high,
 * point, significant digits) and its qualifier. A corpus repeats its values (at 20,000 generated reports, 50,190
 * measures for 712,872 figures), so a row holds the measure's number and the measure is kept once, in columns.
 * Found again by an open-addressing hash over the columns themselves (no object per measure). Values are equal
 * when their bits are (as {@link Double#equals}). Not thread-safe while numbering; read-only once {@link #trimmed}.
 */
final class Measures {
    private int size;
    private double[] value = new double[64];
    private double[] low = new double[64];
    private double[] high = new double[64];
    /** Significant digits plus one, negative for a point value. */
    private short[] digits = new short[64];
    private byte[] qualifier = new byte[64];
    private final List<String> qualifiers;
    /** Slot → measure number + 1 (0: empty); null once trimmed. */
    private int[] slots = new int[128];

    Measures() {
        this.qualifiers = new ArrayList<>();
    }

    private Measures(int size, double[] value, double[] low, double[] high, short[] digits, byte[] qualifier, List<String> qualifiers) {
        this.size = size;
        this.value = value;
        this.low = low;
        this.high = high;
        this.digits = digits;
        this.qualifier = qualifier;
        this.qualifiers = qualifiers;
        this.slots = null;
    }

    /** The number of {@code f}'s measure (numbered when first met). */
    int id(Figure f) {
        ValueInterval v = ValueInterval.of(f);
        int d = Math.min(Math.max(v.significantDigits(), 0), Short.MAX_VALUE - 1) + 1; // never 0, so its sign tells a point
        short sd = (short) (v.point() ? -d : d);
        byte q = qualifierId(f.qualifier());
        double nv = f.normalizedValue();
        int mask = slots.length - 1;
        int h = hash(nv, v.low(), v.high(), sd, q);
        for (int at = h & mask; ; at = (at + 1) & mask) {
            int m = slots[at] - 1;
            if (m < 0) {
                break;
            }
            if (same(value[m], nv) && same(low[m], v.low()) && same(high[m], v.high()) && digits[m] == sd && qualifier[m] == q) {
                return m;
            }
        }
        int m = size++;
        if (m == value.length) {
            int n = m * 2;
            value = Arrays.copyOf(value, n);
            low = Arrays.copyOf(low, n);
            high = Arrays.copyOf(high, n);
            digits = Arrays.copyOf(digits, n);
            qualifier = Arrays.copyOf(qualifier, n);
        }
        value[m] = nv;
        low[m] = v.low();
        high[m] = v.high();
        digits[m] = sd;
        qualifier[m] = q;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        } else {
            put(m, h);
        }
        return m;
    }

    private void put(int m, int h) {
        int mask = slots.length - 1;
        int at = h & mask;
        while (slots[at] != 0) {
            at = (at + 1) & mask;
        }
        slots[at] = m + 1;
    }

    private void rehash(int length) {
        slots = new int[length];
        for (int m = 0; m < size; m++) {
            put(m, hash(value[m], low[m], high[m], digits[m], qualifier[m]));
        }
    }

    private static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    private static int hash(double v, double lo, double hi, short d, byte q) {
        long h = Double.doubleToLongBits(v) * 0x9E3779B97F4A7C15L;
        h = (h ^ Double.doubleToLongBits(lo)) * 0x9E3779B97F4A7C15L;
        h = (h ^ Double.doubleToLongBits(hi)) * 0x9E3779B97F4A7C15L;
        h = (h ^ (d << 8 | (q & 0xff))) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private byte qualifierId(String q) {
        if (q == null) {
            return -1;
        }
        int id = qualifiers.indexOf(q);
        if (id < 0) {
            if (qualifiers.size() >= Byte.MAX_VALUE) {
                throw new IllegalStateException("more than " + Byte.MAX_VALUE + " qualifiers");
            }
            id = qualifiers.size();
            qualifiers.add(q);
        }
        return (byte) id;
    }

    /** The same measures in exact arrays, numbering no more. */
    Measures trimmed() {
        return new Measures(size, Arrays.copyOf(value, size), Arrays.copyOf(low, size), Arrays.copyOf(high, size),
                Arrays.copyOf(digits, size), Arrays.copyOf(qualifier, size), List.copyOf(qualifiers));
    }

    int size() {
        return size;
    }

    double value(int m) {
        return value[m];
    }

    double low(int m) {
        return low[m];
    }

    double high(int m) {
        return high[m];
    }

    boolean point(int m) {
        return digits[m] < 0;
    }

    int digits(int m) {
        return Math.abs(digits[m]) - 1;
    }

    String qualifier(int m) {
        return qualifier[m] < 0 ? null : qualifiers.get(qualifier[m]);
    }

    long bytes() {
        return value.length * (8L * 3 + 2 + 1) + (slots == null ? 0 : 4L * slots.length);
    }
}
