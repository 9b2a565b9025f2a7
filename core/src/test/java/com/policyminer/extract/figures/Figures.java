package com.policyminer.extract.figures;

import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.Figure;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.RegionMention;
import com.policyminer.model.Table;
import com.policyminer.model.TableCell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Test helpers: a document from a string, hand-built region mentions, and figure look-ups. */
final class Figures {

    static final FigureExtractor EXTRACTOR = FigureExtractor.standard();
    private static final List<String> PLACES = List.of("兰州市", "西安市", "成都市", "重庆市", "甘肃省", "陕西省",
            "北京", "上海", "天津", "广东", "江苏", "成渝", "长三角", "珠三角", "京津冀", "山东", "湖北", "河南", "西安", "兰州", "武汉", "长沙", "东京", "日本");

    private Figures() {
    }

    static List<Figure> extract(String text) {
        return extract(text, List.of());
    }

    static List<Figure> extract(String text, List<Table> tables) {
        ParsedDocument d = new ParsedDocument("doc", "doc.txt", "", LocalDate.of(2022, 5, 7), "txt", "text/plain",
                text.length(), Map.of(), text, List.of(), tables);
        return EXTRACTOR.extract(new AnalyzedDocument(d, List.of()), regions(text), List.of());
    }

    /** As {@link #extract(String)}, with the HanLP tokens ingest gives the extractor (the indicator chunker reads them). */
    static List<Figure> extractAnalyzed(String text) {
        ParsedDocument d = new ParsedDocument("doc", "doc.txt", "", LocalDate.of(2022, 5, 7), "txt", "text/plain",
                text.length(), Map.of(), text, List.of(), List.of());
        List<com.policyminer.model.Token> tokens = ANALYZER.segment(text).stream()
                .map(w -> new com.policyminer.model.Token(w.term(), w.start(), w.end(), w.pos())).toList();
        return EXTRACTOR.extract(new AnalyzedDocument(d, tokens), regions(text), List.of());
    }

    private static final com.policyminer.analysis.HanLPAnalyzer ANALYZER = new com.policyminer.analysis.HanLPAnalyzer();

    /** Region mentions for the test places, longest first, as the region extractor would give them. */
    static List<RegionMention> regions(String text) {
        List<RegionMention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        List<String> places = new ArrayList<>(PLACES);
        places.sort(Comparator.comparingInt(String::length).reversed());
        for (String p : places) {
            for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                if (!taken[at] && !taken[at + p.length() - 1]) {
                    for (int k = at; k < at + p.length(); k++) {
                        taken[k] = true;
                    }
                    out.add(new RegionMention("doc", p, at, at + p.length(), "test", p, "province", "", List.of(), false));
                }
            }
        }
        out.sort(Comparator.comparingInt(RegionMention::start));
        return out;
    }

    /** The one figure whose surface contains {@code written}; fails when there is none or several. */
    static Figure only(List<Figure> figures, String written) {
        List<Figure> hits = figures.stream().filter(f -> f.surface().contains(written)).toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one figure with " + written + " in " + describe(figures));
        }
        return hits.get(0);
    }

    static String describe(List<Figure> figures) {
        StringBuilder b = new StringBuilder();
        figures.forEach(f -> b.append("\n  ").append(f.surface()).append(" = ").append(f.normalizedValue()).append(' ')
                .append(f.normalizedUnit()).append(' ').append(f.kind()).append(' ').append(f.qualifier())
                .append(" subject=").append(f.subject()).append(" year=").append(f.year()));
        return b.toString();
    }

    /** A table over the whole of {@code text}: rows split at newlines, cells at tabs, with their offsets. */
    static Table tabTable(String text, String caption) {
        List<List<TableCell>> rows = new ArrayList<>();
        int a = 0;
        for (String line : text.split("\n")) {
            List<TableCell> row = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                row.add(new TableCell(cell, a, a + cell.length()));
                a += cell.length() + 1;
            }
            rows.add(row);
        }
        return new Table(0, text.length(), caption, rows);
    }
}
