package com.policyminer.parse;

import com.policyminer.parse.PdfPageReader.Glyph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Groups glyphs, in content order, into lines: a glyph joins the current line when it sits on the
 * same baseline (a raised footnote mark or superscript too) and does not jump back or far ahead.
 * A wide gap on one baseline (a tab stop, a column gutter) starts a new line on the same row.
 */
final class PdfLines {

    /** One line of text on a page: its text, box, font size, weight and place in the content stream. */
    record Line(String text, float x0, float x1, float top, float bottom, float baseline, float size, boolean bold, int seq,
                String font, boolean spaceBefore) {
        float width() {
            return x1 - x0;
        }

        boolean sameRow(Line o) {
            return Math.abs(baseline - o.baseline) <= 0.35f * Math.max(size, o.size);
        }
    }

    private PdfLines() {
    }

    /** Lines of the glyphs, in their order; {@code seqs} holds each glyph's index in the page's content stream. */
    static List<Line> of(List<Glyph> glyphs, List<Integer> seqs) {
        List<List<Glyph>> groups = new ArrayList<>();
        List<Integer> groupSeqs = new ArrayList<>();
        int from = 0;
        float size = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (i > from && !continues(glyphs.get(i - 1), g, size, glyphs.get(from).baseline())) {
                addGroup(groups, groupSeqs, new ArrayList<>(glyphs.subList(from, i)), seqs.get(from));
                from = i;
            }
            if (i == from) {
                size = g.size();
            } else if (g.size() > size && g.size() < size * 1.5f) {
                size = g.size();
            }
        }
        if (from < glyphs.size()) {
            addGroup(groups, groupSeqs, new ArrayList<>(glyphs.subList(from, glyphs.size())), seqs.get(from));
        }
        List<Line> out = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            out.add(line(groups.get(i), groupSeqs.get(i)));
        }
        return out;
    }

    /**
     * Adds a group of glyphs, or merges it into one of the last few lines when it is a few glyphs
     * drawn afterwards on that line (office suites draw footnote marks and some runs after the
     * line they sit in): the merged line is put in x order.
     */
    private static void addGroup(List<List<Glyph>> groups, List<Integer> seqs, List<Glyph> group, int seq) {
        if (group.size() <= 4) {
            Glyph g = group.get(0);
            for (int k = groups.size() - 1; k >= Math.max(0, groups.size() - 3); k--) {
                List<Glyph> line = groups.get(k);
                Glyph head = line.get(0);
                float x1 = line.get(line.size() - 1).right();
                for (Glyph o : line) {
                    x1 = Math.max(x1, o.right());
                }
                float lineSize = head.size();
                boolean sameRow = Math.abs(g.baseline() - head.baseline()) <= 0.35f * lineSize
                        || g.size() < 0.85f * lineSize && g.baseline() <= head.baseline() + 0.35f * lineSize
                        && g.baseline() >= head.baseline() - 0.8f * lineSize;
                if (sameRow && g.x() >= head.x() && g.x() <= x1 + 2 * lineSize) {
                    line.addAll(group);
                    line.sort((a, b) -> Float.compare(a.x(), b.x()));
                    return;
                }
            }
        }
        groups.add(group);
        seqs.add(seq);
    }

    /** One line of glyphs: its text with spaces where the glyphs are spaced apart more than the line's letter spacing. */
    private static Line line(List<Glyph> glyphs, int seq) {
        Glyph first = glyphs.get(0);
        float letterSpacing = letterSpacing(glyphs);
        StringBuilder text = new StringBuilder();
        float x1 = first.right();
        float top = first.top();
        float bottom = first.baseline();
        float size = first.size();
        int bold = 0;
        Map<String, Integer> fonts = new HashMap<>();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null && spaced(prev, g, text.charAt(text.length() - 1), letterSpacing)) {
                text.append(' ');
            }
            text.append(g.text());
            x1 = Math.max(x1, g.right());
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.baseline());
            if (g.size() > size && g.size() < size * 1.5f) {
                size = g.size();
            }
            bold += g.bold() ? 1 : 0;
            fonts.merge(g.font(), 1, Integer::sum);
            prev = g;
        }
        String font = fonts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        return new Line(text.toString(), first.x(), x1, top, bottom, first.baseline(), size, bold * 2 > glyphs.size(), seq, font,
                first.spaceBefore());
    }

    /**
     * The line's usual gap between glyphs (its median, when positive): text set with character
     * spacing has that gap everywhere, and only a wider one is a space.
     */
    private static float letterSpacing(List<Glyph> glyphs) {
        if (glyphs.size() < 4) {
            return 0;
        }
        float[] gaps = new float[glyphs.size() - 1];
        for (int i = 1; i < glyphs.size(); i++) {
            gaps[i - 1] = glyphs.get(i).x() - glyphs.get(i - 1).right();
        }
        java.util.Arrays.sort(gaps);
        return Math.max(0, gaps[gaps.length / 2]);
    }

    /**
     * Whether a space separates two glyphs of a line: the PDF drew one, or the gap is a word space
     * between Latin letters or digits, or wide. (The spacing an office suite adds between Chinese
     * and Latin text is no space: "2020年".)
     */
    private static boolean spaced(Glyph p, Glyph g, char before, float letterSpacing) {
        float gap = g.x() - p.right() - letterSpacing;
        float size = Math.min(p.size(), g.size());
        if (OcrPage.FONT.equals(g.font())) {
            // OCR'd text: Tesseract's word gaps between Latin words and numbers are the spaces
            // (OcrPage), its gaps beside Chinese characters none, whatever their width
            return g.spaceBefore() || gap > 1.5f * size;
        }
        boolean cjk = TextRepair.isCjk(before) || TextRepair.isCjk(g.text().charAt(0));
        return g.spaceBefore() && gap > 0.1f * size || !cjk && gap > 0.2f * size || gap > 0.6f * size;
    }

    /** Whether glyph g continues the line whose last glyph is p. */
    private static boolean continues(Glyph p, Glyph g, float lineSize, float lineBaseline) {
        float size = Math.max(lineSize, g.size());
        boolean onLine = Math.abs(g.baseline() - lineBaseline) <= 0.35f * size;
        // a smaller raised or lowered glyph (footnote mark, superscript, subscript) within the line's height
        boolean script = !onLine && g.size() < 0.85f * lineSize
                && g.baseline() <= lineBaseline + 0.35f * lineSize && g.baseline() >= lineBaseline - 0.8f * lineSize;
        if (!(onLine || script)) {
            return false;
        }
        float gap = g.x() - p.right();
        return gap >= -0.5f * size && gap <= 2.0f * size;
    }
}
