package com.policyminer.model;

import java.util.List;

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
 * @param yearSource      where the year comes from: "text" (a year written in the text or a table), "relative"
 *                        (今年, 去年, 上半年, 近五年 … read against the report's date), "document-date" (the report's
 *                        date, for a figure in the present tense: 目前, 当前, 已); "" when year is null
 * @param subject         what the figure is about (a place, a group of places, an organization, a company, a
 *                        market, a sector, a programme), or ""
 * @param subjectType     region, region-group, organization, company, sector, market, programme or other; "" when
 *                        there is no subject
 * @param subjectStart    where the subject is written in the document text, or -1 (no subject, or one not
 *                        written as such: a table header, a back-reference resolved to a name written elsewhere)
 * @param subjectEnd      end of that span, or -1
 * @param indicator       short noun phrase naming what is measured, or ""
 * @param sentence        the sentence or table row the figure came from
 * @param sentenceStart   offset of that sentence in the document text
 * @param source          "text" or "table"
 * @param page            physical number (1-based) of the page the figure is on, or null for a document without pages
 * @param pageLabel       that page's number as printed on it ("iii", "3"), or null without pages
 * @param ocrConfidence   on a page read by OCR (a scan), that page's mean OCR confidence, 0–1, so a reader knows
 *                        to check the figure against the page image; in a document without pages (a DOCX), the
 *                        confidence of the embedded image it was read from; null for text not read by OCR
 */
public record Figure(String docId, String surface, int start, int end, String rule,
                     String numberText, double value, String unit,
                     double normalizedValue, String normalizedUnit,
                     String kind, String qualifier, double low, double high,
                     Integer year, Integer yearEnd, String period, String yearSource,
                     String subject, String subjectType, int subjectStart, int subjectEnd, String indicator,
                     String sentence, int sentenceStart, String source,
                     Integer page, String pageLabel, Double ocrConfidence) implements Mention {

    /** The subject types, in the order filters list them. */
    public static final List<String> SUBJECT_TYPES = List.of("region", "region-group",
            "organization", "company", "sector", "market", "programme", "other");
    /** The year sources. */
    public static final List<String> YEAR_SOURCES = List.of("text", "relative", "document-date");

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
        // absent in JSON written before these fields existed: a subject of unknown type, a year from the text
        subjectType = subject.isEmpty() ? "" : subjectType == null || subjectType.isEmpty() ? "other" : subjectType;
        if (!subjectType.isEmpty() && !SUBJECT_TYPES.contains(subjectType)) {
            throw new IllegalArgumentException("unknown subject type " + subjectType);
        }
        if (subject.isEmpty() || subjectStart < 0 || subjectEnd <= subjectStart) {
            subjectStart = -1;
            subjectEnd = -1;
        }
        yearSource = year == null ? "" : yearSource == null || yearSource.isEmpty() ? "text" : yearSource;
        if (!yearSource.isEmpty() && !YEAR_SOURCES.contains(yearSource)) {
            throw new IllegalArgumentException("unknown year source " + yearSource);
        }
        indicator = indicator == null ? "" : indicator;
        sentence = sentence == null ? "" : sentence;
        source = source == null ? "text" : source;
        pageLabel = page == null ? null : pageLabel == null ? page.toString() : pageLabel;
        if (ocrConfidence != null && !(ocrConfidence >= 0 && ocrConfidence <= 1)) {
            throw new IllegalArgumentException("an OCR confidence is 0-1: " + ocrConfidence);
        }
    }

    /** A figure on a page read from its text layer, or on none (no OCR confidence). */
    public Figure(String docId, String surface, int start, int end, String rule, String numberText, double value, String unit,
                  double normalizedValue, String normalizedUnit, String kind, String qualifier, double low, double high,
                  Integer year, Integer yearEnd, String period, String yearSource, String subject, String subjectType,
                  int subjectStart, int subjectEnd, String indicator, String sentence, int sentenceStart, String source,
                  Integer page, String pageLabel) {
        this(docId, surface, start, end, rule, numberText, value, unit, normalizedValue, normalizedUnit, kind, qualifier, low,
                high, year, yearEnd, period, yearSource, subject, subjectType, subjectStart, subjectEnd, indicator, sentence,
                sentenceStart, source, page, pageLabel, null);
    }

    /** Whether the figure was read by OCR (on a scanned page). */
    public boolean ocr() {
        return ocrConfidence != null;
    }

    @Override
    public Figure onPage(Page p) {
        return new Figure(docId, surface, start, end, rule, numberText, value, unit, normalizedValue, normalizedUnit,
                kind, qualifier, low, high, year, yearEnd, period, yearSource, subject, subjectType, subjectStart,
                subjectEnd, indicator, sentence, sentenceStart, source, p == null ? null : p.number(),
                p == null ? null : p.label(), p == null ? null : p.ocrConfidence());
    }

    /** The same figure read by OCR from an embedded image of a document without pages (a DOCX), with its confidence. */
    public Figure withOcrConfidence(double confidence) {
        return new Figure(docId, surface, start, end, rule, numberText, value, unit, normalizedValue, normalizedUnit,
                kind, qualifier, low, high, year, yearEnd, period, yearSource, subject, subjectType, subjectStart,
                subjectEnd, indicator, sentence, sentenceStart, source, page, pageLabel, confidence);
    }

    /** The same figure bound to another subject (e.g. the canonical name of its region). */
    public Figure withSubject(String newSubject) {
        return new Figure(docId, surface, start, end, rule, numberText, value, unit, normalizedValue, normalizedUnit,
                kind, qualifier, low, high, year, yearEnd, period, yearSource, newSubject, subjectType, subjectStart,
                subjectEnd, indicator, sentence, sentenceStart, source, page, pageLabel, ocrConfidence);
    }
}
