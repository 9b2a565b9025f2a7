package com.policyminer.extract.figures;

import com.policyminer.extract.text.FirstCharPattern;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link Quantity} at a position: the number (Arabic with comma or space thousands,
 * full-width digits, decimals, fractions; or Chinese numerals), then an optional multiplier
 * (万, 亿 …) and unit (亿元, %, 个百分点, 倍, 成, 家, 万吨, 亿千瓦时, 亿美元 …), allowing one space
 * between them. A Chinese numeral takes any unit after a multiplier (三十亿元, 五万吨) or when it has
 * a place (三十公里, 一千五百米); a bare one (三年, 二元) only a classifier (三个, 两家, 五座).
 * A year (2023年, 二〇二三年) is not a duration; a bare multiplier after a money word (投资…1.26万亿)
 * is yuan.
 */
final class QuantityReader {

    /** Chinese numerals; 万 and 亿 inside one (一万五千, 三万亿) but never first (万一). */
    static final String CHINESE_RUN = "[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]*";
    static final Pattern NUMBER = Pattern.compile(
            "(?<![0-9０-９A-Za-z.．/])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+(?![0-9])|[0-9０-９]+)"
                    + "(?:[.．][0-9０-９]+)?(?:/[0-9]+)?(?![0-9]|(?!km|kg|kW|MW|GW)[A-Za-z])|" + CHINESE_RUN);
    /** {@link #NUMBER} for searching: a number starts with a digit or a Chinese numeral. */
    static final FirstCharPattern NUMBERS = FirstCharPattern.of(NUMBER,
            "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千");
    private static final String CLASSIFIERS_FOR_CHINESE = "个家项件人位所台名座户";
    /** 5年级, 80年代, 2023年度, 年底 …: 年 before these is no number of years. */
    private static final String NOT_A_DURATION_AFTER = "级代度底初末中";
    private static final String AFTER_CHENG = "，。；、的以左和及至）)";
    /** 成 starting a word (成为, 成立, 成果, 成都 …): "三成为…" is not three tenths. */
    private static final String NOT_CHENG_WORD = "为立果功本效都员绩交熟长就品型像分份套批片群年倍";
    /** How far back (within the clause) a money word makes a bare 万/亿 yuan. */
    private static final int MONEY_REACH = 16;

    private final UnitIndex units;
    private final java.util.List<String> moneyWords;

    QuantityReader(FigureVocabulary vocabulary) {
        this.units = new UnitIndex(vocabulary);
        this.moneyWords = vocabulary.words("money");
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
        int numberEnd = m.end();
        if (chinese && (written.endsWith("万") || written.endsWith("亿"))) {
            String head = written.replaceFirst("[万亿]+$", ""); // 三十亿, 三万亿: the trailing 万/亿 multiplies
            if (head.length() == 1 && "百千".contains(head)) {
                return null; // 百亿元企业, 千亿级, 千万不要: a size class, not an amount
            }
            if (head.indexOf('万') < 0 && head.indexOf('亿') < 0) {
                numberEnd = start + head.length();
                written = head;
                value = NumberText.parse(head);
            }
        }
        if (!chinese && start >= 2 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '－')
                && "（( ".indexOf(text.charAt(start - 2)) >= 0) {
            start--;
            value = -value;
            written = "-" + written;
        }
        return unitAfter(text, start, numberEnd, written, value, chinese);
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
        boolean oneDigit = written.length() == 1 && (chinese || written.charAt(0) >= '1' && written.charAt(0) <= '9');
        if (oneDigit && text.startsWith("成", p) && p == numberEnd) {
            if (p + 1 >= text.length() || AFTER_CHENG.indexOf(text.charAt(p + 1)) >= 0
                    || chinese && !NumberText.isChinese(text.charAt(p + 1)) && NOT_CHENG_WORD.indexOf(text.charAt(p + 1)) < 0) {
                return new Quantity(start, p + 1, written, value, chinese, "成", 0.1, "ratio", "level");
            }
            if (p + 2 <= text.length() && NumberText.isChinese(text.charAt(p + 1)) && text.charAt(p + 1) != '十'
                    && text.charAt(p + 1) != '百' && text.charAt(p + 1) != '千'
                    && (p + 2 == text.length() || AFTER_CHENG.indexOf(text.charAt(p + 2)) >= 0)) {
                double tenths = NumberText.parse(text.substring(p + 1, p + 2)); // 七成六: 0.76
                return new Quantity(start, p + 2, text.substring(start, p + 2), value + tenths / 10, chinese, "成", 0.1,
                        "ratio", "level");
            }
        }
        if (p < text.length() && (text.charAt(p) == '多' || text.charAt(p) == '余')
                && (units.unitAt(text, p + 1) != null || units.multiplierAt(text, p + 1) != null)) {
            p++; // 100多所, 520多个: the qualifier sits between number and unit
        }
        FigureVocabulary.Unit unit = usable(units.unitAt(text, p), text, start, p, written, value, chinese, false);
        if (unit != null) {
            return new Quantity(start, p + unit.surface().length(), written, value, chinese,
                    unit.surface(), unit.factor(), unit.normalizedUnit(), unit.kind());
        }
        FigureVocabulary.Multiplier mult = units.multiplierAt(text, p);
        if (mult != null) {
            int q = skipSpace(text, p + mult.surface().length());
            FigureVocabulary.Unit after = usable(units.unitAt(text, q), text, start, q, written, value, chinese, true);
            if (after != null) {
                return new Quantity(start, q + after.surface().length(), written, value, chinese,
                        mult.surface() + after.surface(), mult.factor() * after.factor(), after.normalizedUnit(), after.kind());
            }
            int e = p + mult.surface().length();
            boolean clauseEnds = e >= text.length() || "，。；、）)".indexOf(text.charAt(e)) >= 0;
            boolean money = !chinese && mult.factor() >= 1e8 && clauseEnds
                    || (clauseEnds || e < text.length() && "的左以".indexOf(text.charAt(e)) >= 0) && moneyWordBefore(text, start);
            return new Quantity(start, e, written, value, chinese, mult.surface(), mult.factor(), money ? "CNY" : "", "level");
        }
        return new Quantity(start, numberEnd, written, value, chinese, "", 1, "", "level");
    }

    /**
     * The unit, when it may follow this number: a Chinese numeral takes a classifier, or any unit after
     * a multiplier or when it has a place (三十公里); a year is not a duration (2023年, 二〇二三年);
     * 1日元旦 is a date.
     */
    private static FigureVocabulary.Unit usable(FigureVocabulary.Unit unit, String text, int start, int at, String written,
                                                double value, boolean chinese, boolean multiplied) {
        if (unit == null) {
            return null;
        }
        String surface = unit.surface();
        if (chinese && !multiplied && !(surface.length() == 1 && CLASSIFIERS_FOR_CHINESE.indexOf(surface.charAt(0)) >= 0)
                && !(written.length() >= 2 && !NumberText.digitByDigit(written))) {
            return null;
        }
        int after = at + surface.length();
        if (unit.normalizedUnit().equals("years") && (multiplied || value >= 1000 || NumberText.digitByDigit(written)
                || after < text.length() && NOT_A_DURATION_AFTER.indexOf(text.charAt(after)) >= 0)) {
            return null;
        }
        if (surface.startsWith("日") && start > 0 && text.charAt(start - 1) == '月') {
            return null;
        }
        return unit;
    }

    /** Whether a money word (投资, 收入, 规模 …) stands in the clause just before {@code pos}. */
    boolean moneyWordBefore(String text, int pos) {
        String clause = QualifierReader.clauseBefore(text, pos);
        String near = clause.substring(Math.max(0, clause.length() - MONEY_REACH));
        for (String w : moneyWords) {
            if (near.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static int skipSpace(String text, int p) {
        return p < text.length() && text.charAt(p) == ' ' ? p + 1 : p;
    }
}
