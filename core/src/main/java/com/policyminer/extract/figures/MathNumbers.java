package com.policyminer.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that OCR and PDF-to-Markdown converters write as LaTeX math: {@code $7 5 0 \mathrm{km}$},
 * {@code $9 9 \%$}, {@code $1.66 \times 10^{12}$} 元, {@code $3 0 0$ 亿元}. A math span whose whole content
 * is one number (digits spaced or not, an optional {@code \times 10^{n}}) with an optional unit
 * ({@code \%}, {@code \mathrm{km}}, {@code \mathrm{km}^{2}}, {@code \text{亿元}}) is read as that number;
 * with no unit inside, the unit written after the closing {@code $} counts ({@code $2 0 2 3$ 年} is a
 * year, not a figure); LaTeX spacing between the number and its unit ({@code ~}, {@code \,}: {@code $3 8 0 ~ \mathrm { k g }$})
 * is spacing. The same forms without the dollars, when a converter dropped them
 * ({@code 1.66 \times 10^{12}} 元, {@code 9 9 \%}), are read too: a number with a LaTeX power or unit.
 * The figure's span is the span of the original text, dollars included.
 */
final class MathNumbers {

    /** A math span read as a number; {@code figure} is null when it is a number but not a figure. */
    record Span(int start, int end, Found figure) {
    }

    private static final Pattern SPAN = Pattern.compile("\\$\\$?([^$\\n]{1,120}?)\\$\\$?");
    private static final String DIGITS = "[0-9](?:\\s?[0-9])*";
    private static final Pattern BODY = Pattern.compile(
            "\\s*(-?\\s?" + DIGITS + "(?:\\s?\\.\\s?" + DIGITS + ")?)"
                    + "(?:\\s*\\\\times\\s*1\\s?0\\s*\\^\\s*\\{?\\s*(-?\\s?" + DIGITS + ")\\s*\\}?)?"
                    + "(?:\\s|~|\\\\[,;: ])*(?:(\\\\%|%)|\\\\(?:mathrm|text|rm)\\s*\\{\\s*([^}]*?)\\s*\\}(?:\\s*\\^\\s*\\{?\\s*([23])\\s*\\}?)?)?\\s*");
    /** Outside math: a number followed by a LaTeX power of ten or a LaTeX unit (the body without dollars). */
    private static final String FEW_DIGITS = "[0-9](?:\\s?[0-9]){0,30}"; // bounded: a long run of spaced digits is read once
    private static final Pattern BARE = Pattern.compile("(?<![0-9.])(?<![0-9.]\\s)" + FEW_DIGITS + "(?:\\s?\\.\\s?" + FEW_DIGITS + ")?"
            + "(?:\\s*\\\\times\\s*1\\s?0\\s*\\^\\s*\\{?\\s*-?\\s?" + FEW_DIGITS + "\\s*\\}?"
            + "(?:\\s*(?:\\\\%|\\\\(?:mathrm|text|rm)\\s*\\{[^}]*\\}))?"
            + "|\\s*(?:\\\\%|\\\\(?:mathrm|text|rm)\\s*\\{[^}]*\\}(?:\\s*\\^\\s*\\{?\\s*[23]\\s*\\}?)?))");
    /** A power of ten at least this large after a money word is yuan, as a bare 亿 is. */
    private static final int MONEY_EXPONENT = 4;

    private final UnitIndex units;
    private final QuantityReader reader;
    private final QualifierReader qualifiers;

    MathNumbers(FigureVocabulary vocabulary, QuantityReader reader, QualifierReader qualifiers) {
        this.units = new UnitIndex(vocabulary);
        this.reader = reader;
        this.qualifiers = qualifiers;
    }

    /** The math spans of {@code text[from, to)} that hold one number, in reading order. */
    List<Span> scan(String text, int from, int to) {
        int dollar = text.indexOf('$', from);
        int backslash = text.indexOf('\\', from);
        if ((dollar < 0 || dollar >= to) && (backslash < 0 || backslash >= to)) {
            return List.of(); // most texts: no math at all
        }
        List<Span> out = new ArrayList<>();
        Matcher m = SPAN.matcher(text).region(dollar < 0 ? to : dollar, to);
        while (m.find()) {
            Matcher body = BODY.matcher(m.group(1));
            if (!body.matches()) {
                m.region(m.end() - (m.group().endsWith("$$") ? 2 : 1), to); // the closing $ may open the next span
                continue;
            }
            out.add(new Span(m.start(), m.end(), figure(text, m.start(), m.end(), body)));
        }
        if (backslash >= 0 && backslash < to) {
            bare(text, from, to, out);
        }
        return out;
    }

    /** Numbers with a LaTeX power or unit outside any math span, added to {@code out} in reading order. */
    private void bare(String text, int from, int to, List<Span> out) {
        List<Span> inMath = List.copyOf(out);
        Matcher m = BARE.matcher(text).region(from, to);
        while (m.find()) {
            int s = m.start();
            if (inMath.stream().anyMatch(span -> s >= span.start() && s < span.end())) {
                continue;
            }
            Matcher body = BODY.matcher(m.group());
            if (body.matches()) {
                out.add(new Span(m.start(), m.end(), figure(text, m.start(), m.end(), body)));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    private Found figure(String text, int start, int end, Matcher body) {
        String written = body.group(1).strip();
        double value;
        try {
            value = Double.parseDouble(written.replaceAll("\\s", ""));
            written = body.group(2) == null ? written : written + "×10^" + body.group(2).replaceAll("\\s", "");
            if (body.group(2) != null) {
                value *= Math.pow(10, Integer.parseInt(body.group(2).replaceAll("\\s", "")));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        Quantity q;
        if (body.group(3) != null) {
            q = new Quantity(start, end, written, value, false, "%", 0.01, "ratio", "level");
        } else if (body.group(4) != null) {
            String unit = body.group(4).replaceAll("\\s", "") + (body.group(5) == null ? "" : body.group(5).equals("2") ? "²" : "³");
            FigureVocabulary.Unit u = units.unitAt(unit, 0);
            FigureVocabulary.Multiplier mult = units.multiplierAt(unit, 0);
            FigureVocabulary.Unit after = mult == null ? null : units.unitAt(unit, mult.surface().length());
            if (u != null && u.surface().equals(unit)) {
                q = new Quantity(start, end, written, value, false, unit, u.factor(), u.normalizedUnit(), u.kind());
            } else if (after != null && (mult.surface() + after.surface()).equals(unit)) {
                q = new Quantity(start, end, written, value, false, unit, mult.factor() * after.factor(),
                        after.normalizedUnit(), after.kind());
            } else {
                return null;
            }
        } else {
            q = reader.unitAfter(text, start, end, written, value, false);
            if (!q.hasUnit() && body.group(2) != null && Integer.parseInt(body.group(2).replaceAll("\\s", "")) >= MONEY_EXPONENT
                    && reader.moneyWordBefore(text, start)) {
                q = new Quantity(start, end, written, value, false, "", 1, "CNY", "level");
            }
            if (!q.hasUnit()) {
                return null;
            }
        }
        return qualifiers.qualify(text, q, "latex-" + q.kind());
    }
}
