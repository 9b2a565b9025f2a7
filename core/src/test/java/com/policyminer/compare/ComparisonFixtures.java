package com.policyminer.compare;

import com.policyminer.model.Figure;

/** Small synthetic figures for the compare tests. */
final class ComparisonFixtures {

    private ComparisonFixtures() {
    }

    /** A percentage figure: "5.05%" → 0.0505 ratio. */
    static Figure percent(String doc, String subject, String indicator, String number, Integer year) {
        return figure(doc, subject, indicator, number, "%", 0.01, "ratio", "level", "exact", year);
    }

    /** An amount in 亿元. */
    static Figure yi(String doc, String subject, String indicator, String number, Integer year) {
        return figure(doc, subject, indicator, number, "亿元", 1e8, "CNY", "level", "exact", year);
    }

    /** A count of 家 (enterprises). */
    static Figure count(String doc, String subject, String indicator, String number, Integer year) {
        return figure(doc, subject, indicator, number, "家", 1, "enterprises", "count", "exact", year);
    }

    static Figure figure(String doc, String subject, String indicator, String number, String unit, double scale,
                         String normalizedUnit, String kind, String qualifier, Integer year) {
        double value = Double.parseDouble(number.replace(" ", ""));
        String surface = number + unit;
        String sentence = (year == null ? "" : year + "年，") + subject + indicator + "为" + surface + "。";
        int start = sentence.indexOf(surface);
        return new Figure(doc, surface, 100 + start, 100 + start + surface.length(), "test", number, value, unit,
                value * scale, normalizedUnit, kind, qualifier, value * scale, value * scale, year, null, "", "text", subject, "region", -1, -1, indicator,
                sentence, 100, "text", null, null);
    }

    static Figure withQualifier(Figure f, String qualifier) {
        return new Figure(f.docId(), f.surface(), f.start(), f.end(), f.rule(), f.numberText(), f.value(), f.unit(),
                f.normalizedValue(), f.normalizedUnit(), f.kind(), qualifier, f.low(), f.high(), f.year(), f.yearEnd(),
                f.period(), f.yearSource(), f.subject(), f.subjectType(), f.subjectStart(), f.subjectEnd(), f.indicator(), f.sentence(), f.sentenceStart(), f.source(), f.page(), f.pageLabel());
    }

    static Figure withKind(Figure f, String kind) {
        return new Figure(f.docId(), f.surface(), f.start(), f.end(), f.rule(), f.numberText(), f.value(), f.unit(),
                f.normalizedValue(), f.normalizedUnit(), kind, f.qualifier(), f.low(), f.high(), f.year(), f.yearEnd(),
                f.period(), f.yearSource(), f.subject(), f.subjectType(), f.subjectStart(), f.subjectEnd(), f.indicator(), f.sentence(), f.sentenceStart(), f.source(), f.page(), f.pageLabel());
    }

    static Figure withYears(Figure f, Integer year, Integer yearEnd) {
        return new Figure(f.docId(), f.surface(), f.start(), f.end(), f.rule(), f.numberText(), f.value(), f.unit(),
                f.normalizedValue(), f.normalizedUnit(), f.kind(), f.qualifier(), f.low(), f.high(), year, yearEnd,
                f.period(), f.yearSource(), f.subject(), f.subjectType(), f.subjectStart(), f.subjectEnd(), f.indicator(), f.sentence(), f.sentenceStart(), f.source(), f.page(), f.pageLabel());
    }
}
