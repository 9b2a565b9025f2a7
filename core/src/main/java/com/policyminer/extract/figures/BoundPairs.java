package com.policyminer.extract.figures;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Two bounds written as one phrase are one range: 大于1000小于1500, 不低于5%、不高于8%, 1000以上、1500以下,
 * 介于0.3和0.5之间. The low end is the first number, the high end the second; the unit is the one either
 * of them writes (a bound pair is a quantity even with no unit: 1000以上、1500以下). A bound on its own
 * (不低于5%, 1000元以上) stays one figure with its qualifier (at-least, at-most …), low = high = its value.
 */
final class BoundPairs {

    /** What may stand between the two bounds: 大于1000、小于1500; 1000以上且1500以下. */
    private static final String SEPARATORS = "、，,且并而但";
    private static final List<String> BETWEEN_JOINS = List.of("和", "与", "至", "到", "~", "～", "—", "－", "-");

    private final List<String> lowerBefore;
    private final List<String> upperBefore;
    private final List<String> lowerAfter;
    private final List<String> upperAfter;
    private final QuantityReader reader;
    private final QualifierReader qualifiers;

    BoundPairs(FigureVocabulary vocabulary, QuantityReader reader, QualifierReader qualifiers) {
        this.lowerBefore = words(vocabulary, "prefix", "more-than", "at-least");
        this.upperBefore = words(vocabulary, "prefix", "less-than", "at-most");
        this.lowerAfter = words(vocabulary, "suffix", "more-than", "at-least");
        this.upperAfter = words(vocabulary, "suffix", "less-than", "at-most");
        this.reader = reader;
        this.qualifiers = qualifiers;
    }

    private static List<String> words(FigureVocabulary v, String position, String a, String b) {
        return v.qualifiers().stream()
                .filter(q -> q.position().equals(position) && (q.qualifier().equals(a) || q.qualifier().equals(b)))
                .map(FigureVocabulary.Qualifier::word)
                .filter(w -> !w.equals("多") && !w.equals("余"))
                .toList(); // longest first, as the vocabulary keeps them
    }

    /** The range whose first bound is {@code first}, or null when {@code first} does not start a bound pair. */
    Found read(String text, Quantity first, int to) {
        int numberAt = first.start() > 0 && text.charAt(first.start() - 1) == ' ' ? first.start() - 1 : first.start();
        String before = wordEndingAt(text, numberAt, lowerBefore);
        if (before != null) {
            int p = skipSeparator(text, first.end(), to);
            String upper = wordAt(text, p, upperBefore);
            Quantity hi = upper == null ? null : numberAt(text, QuantityReader.skipSpace(text, p + upper.length()), to);
            return hi == null ? null : range(text, numberAt - before.length(), first, hi, hi.end());
        }
        String after = wordAt(text, first.end(), lowerAfter);
        if (after != null) {
            Quantity hi = numberAt(text, skipSeparator(text, first.end() + after.length(), to), to);
            String upper = hi == null ? null : wordAt(text, hi.end(), upperAfter);
            return upper == null ? null : range(text, first.start(), first, hi, hi.end() + upper.length());
        }
        if (text.startsWith("介于", numberAt - 2) && numberAt >= 2) {
            int p = QuantityReader.skipSpace(text, first.end());
            String join = wordAt(text, p, BETWEEN_JOINS);
            Quantity hi = join == null ? null : numberAt(text, QuantityReader.skipSpace(text, p + join.length()), to);
            if (hi == null) {
                return null;
            }
            int q = QuantityReader.skipSpace(text, hi.end());
            return range(text, numberAt - 2, first, hi, text.startsWith("之间", q) ? q + 2 : hi.end());
        }
        return null;
    }

    private Found range(String text, int start, Quantity first, Quantity second, int end) {
        boolean firstWrites = !first.unit().isEmpty();
        boolean secondWrites = !second.unit().isEmpty();
        if (firstWrites && secondWrites && !first.baseUnit().equals(second.baseUnit())) {
            return null;
        }
        Quantity unit = secondWrites ? second : first;
        Quantity lo = firstWrites ? first : first.withUnitOf(unit);
        Quantity hi = secondWrites ? second : second.withUnitOf(unit);
        if (lo.normalized() >= hi.normalized()) {
            return null;
        }
        Found f = qualifiers.qualify(text, new Quantity(lo.start(), hi.end(), lo.numberText() + "–" + hi.numberText(),
                lo.value(), lo.chinese(), unit.unit(), unit.factor(), unit.baseUnit(), unit.kind()), "bound-range");
        return new Found(start, end, "bound-range", f.numberText(), lo.value(), unit.unit(), lo.normalized(),
                unit.baseUnit(), f.kind(), "exact", lo.normalized(), hi.normalized());
    }

    private Quantity numberAt(String text, int p, int to) {
        if (p >= to) {
            return null;
        }
        Matcher n = QuantityReader.NUMBER.matcher(text).region(p, to);
        return n.lookingAt() ? reader.read(text, n) : null;
    }

    private static int skipSeparator(String text, int p, int to) {
        p = QuantityReader.skipSpace(text, p);
        if (p < to && SEPARATORS.indexOf(text.charAt(p)) >= 0) {
            p = QuantityReader.skipSpace(text, p + 1);
        }
        return p;
    }

    private static String wordAt(String text, int p, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, p)) {
                return w;
            }
        }
        return null;
    }

    private static String wordEndingAt(String text, int p, List<String> words) {
        for (String w : words) {
            if (p >= w.length() && text.startsWith(w, p - w.length())) {
                return w;
            }
        }
        return null;
    }
}
