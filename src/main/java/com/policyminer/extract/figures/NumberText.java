package com.policyminer.extract.figures;

/**
 * Reads numbers as written in Chinese reports: Arabic digits (full-width too) with comma or space
 * thousands separators, decimals, fractions ("1/3"), and Chinese numerals ("三", "两", "二十五",
 * "五十六点七").
 */
final class NumberText {

    private static final String CHINESE_DIGITS = "零〇一二两三四五六七八九";
    private static final int[] CHINESE_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};

    private NumberText() {
    }

    /** The value of a number as written; NumberFormatException when it is not one. */
    static double parse(String written) {
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

    /** Chinese numerals up to the thousands: 三, 十五, 二十五, 一百二十. */
    static long chinese(String s) {
        long total = 0;
        long digit = -1;
        for (char c : s.toCharArray()) {
            int d = CHINESE_DIGITS.indexOf(c);
            if (d >= 0) {
                digit = CHINESE_VALUES[d];
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> throw new NumberFormatException("not a Chinese numeral: " + s);
            };
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }
}
