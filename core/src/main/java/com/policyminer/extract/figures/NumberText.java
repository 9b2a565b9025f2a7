package com.policyminer.extract.figures;

/**
 * Reads numbers as written in Chinese reports: Arabic digits (full-width too) with comma or space
 * thousands separators, decimals, fractions ("1/3"), and Chinese numerals ("三", "两", "二十五",
 * "五十六点七", "一千五百", "三亿五千万", and digit by digit "二〇二三"). A run of Chinese digits that is
 * not a number ("十四五", "五六") is refused.
 */
final class NumberText {

    private static final String CHINESE_DIGITS = "零〇一二两三四五六七八九";
    private static final int[] CHINESE_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};

    private NumberText() {
    }

    /** The value of a number as written; NumberFormatException when it is not one. */
    static double parse(String written) {
        double plain = plainDecimal(written);
        if (!Double.isNaN(plain)) {
            return plain;
        }
        String s = ascii(written).strip();
        if (s.isEmpty()) {
            throw new NumberFormatException("empty number");
        }
        int slash = s.indexOf('/');
        if (slash > 0) {
            return parse(s.substring(0, slash)) / parse(s.substring(slash + 1));
        }
        if (isChinese(s.charAt(0))) {
            int point = s.indexOf('点');
            return point < 0 ? chinese(s) : chinese(s.substring(0, point)) + chineseDecimals(s.substring(point + 1));
        }
        return Double.parseDouble(s.replace(",", "").replace(" ", ""));
    }

    /**
     * The value of a number written with ASCII digits and at most one point (most numbers of a text: 2020, 12.5),
     * or NaN for any other. Up to 15 digits and 22 decimals it is the integer of the digits divided by a power of
     * ten, both exact as doubles, so the division rounds once: the double {@link Double#parseDouble} gives.
     */
    private static double plainDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > 16) {
            return Double.NaN;
        }
        long digits = 0;
        int count = 0;
        int point = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || count > 15) {
            return Double.NaN; // not a number, or more digits than a double holds exactly
        }
        int decimals = point < 0 ? 0 : n - point - 1;
        return decimals == 0 ? (double) digits : digits / POWERS_OF_TEN[decimals];
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16};

    /** Full-width digits and signs to ASCII. */
    static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '，') {
                b.append(',');
            } else if (c == '－' || c == '—') {
                b.append('-');
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isChinese(char c) {
        return CHINESE_DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千';
    }

    /** A number written digit by digit ("二〇二三"), as years are: four digits, or any with 〇/零. */
    static boolean digitByDigit(String s) {
        if (s.length() < 2) {
            return false;
        }
        for (char c : s.toCharArray()) {
            if (CHINESE_DIGITS.indexOf(c) < 0) {
                return false;
            }
        }
        return s.length() == 4 || s.indexOf('〇') >= 0 || s.indexOf('零') >= 0;
    }

    /** Digits after 点, read one by one: 七 → 0.7, 零五 → 0.05. */
    static double chineseDecimals(String digits) {
        StringBuilder b = new StringBuilder("0.");
        for (char c : digits.toCharArray()) {
            int d = CHINESE_DIGITS.indexOf(c);
            if (d < 0) {
                throw new NumberFormatException("not a Chinese digit: " + digits);
            }
            b.append(CHINESE_VALUES[d]);
        }
        return Double.parseDouble(b.toString());
    }

    /** Whether {@link #parse} reads {@code s} as a number (二一 is two digits with no place between: not one). */
    static boolean isNumber(String s) {
        try {
            parse(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Chinese numerals: 三, 十五, 二十五, 一百二十, 一千零五, 一万五千, 三亿五千万; digit by digit 二〇二三.
     * Two digits in a row with no place between them (十四五, 五六) are not a number.
     */
    static long chinese(String s) {
        if (digitByDigit(s)) {
            long v = 0;
            for (char c : s.toCharArray()) {
                v = v * 10 + CHINESE_VALUES[CHINESE_DIGITS.indexOf(c)];
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : s.toCharArray()) {
            int d = CHINESE_DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit > 0) {
                    throw new NumberFormatException("two digits without a place: " + s);
                }
                digit = CHINESE_VALUES[d];
                continue;
            }
            switch (c) {
                case '十' -> section += (digit < 0 ? 1 : digit) * 10;
                case '百' -> section += (digit < 0 ? 1 : digit) * 100;
                case '千' -> section += (digit < 0 ? 1 : digit) * 1000;
                case '万' -> {
                    total += (section + Math.max(digit, 0)) * 10_000;
                    section = 0;
                }
                case '亿' -> {
                    total = (total + section + Math.max(digit, 0)) * 100_000_000;
                    section = 0;
                }
                default -> throw new NumberFormatException("not a Chinese numeral: " + s);
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }
}
