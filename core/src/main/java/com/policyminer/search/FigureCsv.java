package com.policyminer.search;

import com.policyminer.model.Figure;


import java.util.List;

/**
 * Figures as CSV (RFC 4180 quoting), one row per figure, with a header row; page and pageLabel are empty for a
 * report without pages, ocrConfidence for a figure not read by OCR.
 */
public final class FigureCsv {

    static final String HEADER = "docId,docTitle,docPath,subject,subjectType,subjectStart,subjectEnd,indicator,year,"
            + "yearEnd,period,yearSource,value,unit,normalizedValue,normalizedUnit,kind,qualifier,low,high,text,start,end,"
            + "page,pageLabel,source,sentence,ocrConfidence";

    private FigureCsv() {
    }

    public static String write(List<FigureHit> hits) {
        StringBuilder b = new StringBuilder();
        header(b);
        for (FigureHit h : hits) {
            row(b, h);
        }
        return b.toString();
    }

    /** The byte-order mark (for spreadsheets) and the header row. */
    public static void header(StringBuilder b) {
        b.append("\uFEFF").append(HEADER).append("\r\n");
    }

    /** One figure's row. */
    public static void row(StringBuilder b, FigureHit h) {
        Figure f = h.figure();
        row(b, f.docId(), h.docTitle(), h.docPath(), f.subject(), f.subjectType(), f.subjectStart(), f.subjectEnd(),
                f.indicator(), f.year(), f.yearEnd(), f.period(), f.yearSource(), f.value(), f.unit(), f.normalizedValue(), f.normalizedUnit(), f.kind(), f.qualifier(), f.low(), f.high(),
                f.surface(), f.start(), f.end(), f.page(), f.pageLabel(), f.source(), f.sentence(), f.ocrConfidence());
    }

    private static void row(StringBuilder b, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells[i]));
        }
        b.append("\r\n");
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : v.toString();
        String lead = s.stripLeading();
        if (!(v instanceof Number) && (!s.isEmpty() && "\t\r".indexOf(s.charAt(0)) >= 0
                || !lead.isEmpty() && "=+-@＝＋－＠".indexOf(lead.charAt(0)) >= 0)) {
            s = "'" + s; // no formula injection when the CSV is opened in a spreadsheet
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
