package com.policyminer.model;

/**
 * A cited figure.
 *
 * @param surface         the figure as written, e.g. "61.21亿元" (the mention's span)
 * @param numberText      the number as written ("61.21", "三", "1 760.4")
 * @param value           the number as a value, before the unit's multiplier (61.21)
 * @param unit            the unit as written (亿元, %, 个百分点, 位, 倍, 家 …)
 * @param normalizedValue value in the base unit (6.121e9)
 * @param normalizedUnit  base unit: CNY, USD, ratio, pp, persons, person-years, items, enterprises, km, km2, rank, multiple, count …
 * @param kind            level, share, growth, change, rank, multiple, count
 * @param qualifier       exact, approx, more-than, less-than, at-least, at-most
 * @param low             low end of a range, normalized like normalizedValue (equal to it when not a range)
 * @param high            high end of a range, normalized like normalizedValue (equal to it when not a range)
 * @param year            year the figure refers to, or null
 * @param yearEnd         end year of a period (2013–2019), or null
 * @param period          the period as a phrase ("2013–2019", "since 2014"), or ""
 * @param subject         region or organization the figure is about, or ""
 * @param indicator       short noun phrase naming what is measured, or ""
 * @param sentence        the sentence or table row the figure came from
 * @param sentenceStart   offset of that sentence in the document text
 * @param source          "text" or "table"
 * @param page            physical number (1-based) of the page the figure is on, or null for a document without pages
 * @param pageLabel       that page's number as printed on it ("iii", "3"), or null without pages
 */
public record Figure(String docId, String surface, int start, int end, String rule,
                     String numberText, double value, String unit,
                     double normalizedValue, String normalizedUnit,
                     String kind, String qualifier, double low, double high,
                     Integer year, Integer yearEnd, String period,
                     String subject, String indicator,
                     String sentence, int sentenceStart, String source,
                     Integer page, String pageLabel) implements Mention {

    public Figure {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        unit = unit == null ? "" : unit;
        normalizedUnit = normalizedUnit == null ? "" : normalizedUnit;
        kind = kind == null ? "level" : kind;
        qualifier = qualifier == null ? "exact" : qualifier;
        period = period == null ? "" : period;
        subject = subject == null ? "" : subject;
        indicator = indicator == null ? "" : indicator;
        sentence = sentence == null ? "" : sentence;
        source = source == null ? "text" : source;
        pageLabel = page == null ? null : pageLabel == null ? page.toString() : pageLabel;
    }

    /** A figure of a document without pages (as the extractor makes it; {@link #onPage} adds the page). */
    public Figure(String docId, String surface, int start, int end, String rule,
                  String numberText, double value, String unit,
                  double normalizedValue, String normalizedUnit,
                  String kind, String qualifier, double low, double high,
                  Integer year, Integer yearEnd, String period,
                  String subject, String indicator,
                  String sentence, int sentenceStart, String source) {
        this(docId, surface, start, end, rule, numberText, value, unit, normalizedValue, normalizedUnit, kind, qualifier,
                low, high, year, yearEnd, period, subject, indicator, sentence, sentenceStart, source, null, null);
    }

    @Override
    public Figure onPage(Page p) {
        return new Figure(docId, surface, start, end, rule, numberText, value, unit, normalizedValue, normalizedUnit,
                kind, qualifier, low, high, year, yearEnd, period, subject, indicator, sentence, sentenceStart, source,
                p == null ? null : p.number(), p == null ? null : p.label());
    }

    /** The same figure bound to another subject (e.g. the canonical name of its region). */
    public Figure withSubject(String newSubject) {
        return new Figure(docId, surface, start, end, rule, numberText, value, unit, normalizedValue, normalizedUnit,
                kind, qualifier, low, high, year, yearEnd, period, newSubject, indicator, sentence, sentenceStart, source,
                page, pageLabel);
    }
}
