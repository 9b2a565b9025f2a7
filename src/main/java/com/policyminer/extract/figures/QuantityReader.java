package com.policyminer.extract.figures;

import com.policyminer.extract.text.FirstCharPattern;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link Quantity} at a position: the number (Arabic with comma or space thousands,
 * full-width digits, decimals, fractions; or Chinese numerals), then an optional multiplier
 * (万, 亿 …) and unit (亿元, %, 个百分点, 倍, 成, 家 …), allowing one space between them.
 */
final class QuantityReader {

    static final String CHINESE_RUN = "[零〇一二两三四五六七八九十百千]+";
    static final Pattern NUMBER = Pattern.compile(
            "(?<![0-9０-９A-Za-z.．/])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+(?![0-9])|[0-9０-９]+)"
                    + "(?:[.．][0-9０-９]+)?(?:/[0-9]+)?(?![0-9]|(?!km)[A-Za-z])|" + CHINESE_RUN);
    /** {@link #NUMBER} for searching: a number starts with a digit or a Chinese numeral. */
    static final FirstCharPattern NUMBERS = FirstCharPattern.of(NUMBER,
            "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千");
    private static final String CLASSIFIERS_FOR_CHINESE = "个家项件人位所台名";

    private final UnitIndex units;

    QuantityReader(FigureVocabulary vocabulary) {
        this.units = new UnitIndex(vocabulary);
    }

    /** The quantity whose number starts at {@code m}; null when the number cannot be read. */
    Quantity read(String text, Matcher m) {
        String written = m.group();
        boolean chinese = NumberText.isChinese(written.charAt(0));
        double value;
        try {
            value = NumberText.parse(written);
        } catch (NumberFormatException e) {
            return null;
        }
        int start = m.start();
        if (!chinese && start >= 2 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '－')
                && "（( ".indexOf(text.charAt(start - 2)) >= 0) {
            start--;
            value = -value;
            written = "-" + written;
        }
        return unitAfter(text, start, m.end(), written, value, chinese);
    }

    Quantity unitAfter(String text, int start, int numberEnd, String written, double value, boolean chinese) {
        int p = skipSpace(text, numberEnd);
        if (written.contains("/")) {
            return new Quantity(start, numberEnd, written, value, chinese, "", 1, "ratio", "level");
        }
        if (text.startsWith("%", p) || text.startsWith("％", p)) {
            return new Quantity(start, p + 1, written, value, chinese, "%", 0.01, "ratio", "level");
        }
        for (String pp : new String[] {"个百分点", "百分点"}) {
            if (text.startsWith(pp, p)) {
                return new Quantity(start, p + pp.length(), written, value, chinese, pp, 1, "pp", "change");
            }
        }
        if (text.startsWith("倍", p)) {
            return new Quantity(start, p + 1, written, value, chinese, "倍", 1, "multiple", "multiple");
        }
        if (chinese && written.length() == 1 && text.startsWith("成", p) && p == numberEnd
                && (p + 1 >= text.length() || "，。；、的以左和及至）)".indexOf(text.charAt(p + 1)) >= 0)) {
            return new Quantity(start, p + 1, written, value, chinese, "成", 0.1, "ratio", "level");
        }
        if (p < text.length() && (text.charAt(p) == '多' || text.charAt(p) == '余')
                && (units.unitAt(text, p + 1) != null || units.multiplierAt(text, p + 1) != null)) {
            p++; // 100多所, 520多个: the qualifier sits between number and unit
        }
        FigureVocabulary.Unit unit = units.unitAt(text, p);
        if (unit != null && (!chinese || CLASSIFIERS_FOR_CHINESE.indexOf(unit.surface().charAt(0)) >= 0
                && unit.surface().length() == 1)) {
            return new Quantity(start, p + unit.surface().length(), written, value, chinese,
                    unit.surface(), unit.factor(), unit.normalizedUnit(), unit.kind());
        }
        FigureVocabulary.Multiplier mult = chinese ? null : units.multiplierAt(text, p);
        if (mult != null) {
            int q = skipSpace(text, p + mult.surface().length());
            FigureVocabulary.Unit after = units.unitAt(text, q);
            if (after != null) {
                return new Quantity(start, q + after.surface().length(), written, value, false,
                        mult.surface() + after.surface(), mult.factor() * after.factor(), after.normalizedUnit(), after.kind());
            }
            int e = p + mult.surface().length();
            boolean money = mult.factor() >= 1e8 && (e >= text.length() || "，。；、）)".indexOf(text.charAt(e)) >= 0);
            return new Quantity(start, e, written, value, false, mult.surface(), mult.factor(), money ? "CNY" : "", "level");
        }
        return new Quantity(start, numberEnd, written, value, chinese, "", 1, "", "level");
    }

    static int skipSpace(String text, int p) {
        return p < text.length() && text.charAt(p) == ' ' ? p + 1 : p;
    }
}
