package com.policyminer.parse;

import com.policyminer.parse.PdfPageReader.Glyph;
import com.policyminer.parse.PdfPageReader.Ruling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tables drawn with horizontal rules only, as Chinese reports set them (三线表: a rule above and
 * below the header row and one under the last row, no vertical rules). Between rules of the same
 * width, text set in two or more columns (white-space gaps that no glyph of the band crosses) is a
 * table; its column gaps and the breaks between its rows become the missing rules, so that
 * {@link PdfTableGrid} reads it like a fully ruled table. A row's cell that wraps keeps its lines in
 * one row: a line continues the row above when it only has text in columns that had text there.
 */
final class PdfRuledTable {

    private PdfRuledTable() {
    }

    /** The rules (real and added) of each such table on the page, one list per table. */
    static List<List<Ruling>> find(List<Ruling> rulings, List<Glyph> glyphs, float pageWidth, List<PdfTableGrid> ruled) {
        List<Ruling> rules = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal() && r.x2() - r.x1() >= 0.3f * pageWidth && !insideGrid(r, ruled)) {
                rules.add(r);
            }
        }
        rules.sort((a, b) -> Float.compare(a.y1(), b.y1()));
        rules = mergeDoubles(rules);
        List<List<Ruling>> tables = new ArrayList<>();
        boolean[] used = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            if (used[i]) {
                continue;
            }
            Ruling top = rules.get(i);
            List<Ruling> run = new ArrayList<>(List.of(top));
            float[] columns = null;
            boolean header = true;
            for (int j = i + 1; j < rules.size(); j++) {
                Ruling next = rules.get(j);
                if (Math.abs(next.x1() - top.x1()) > 6 || Math.abs(next.x2() - top.x2()) > 6) {
                    continue;
                }
                List<Glyph> band = band(glyphs, top.x1(), top.x2(), run.get(run.size() - 1).y1(), next.y1());
                float[] gaps = gaps(band, top.x1(), top.x2());
                if (band.isEmpty() || gaps.length == 0) {
                    break; // one column of text: a paragraph between two rules, not a table
                }
                columns = columns == null || gaps.length > columns.length ? gaps : columns;
                run.add(next);
                used[j] = true;
            }
            if (run.size() == 2 && columns != null) {
                // a header between two rules and the rows running on below without a closing rule:
                // a table the page break cut (its closing rule is on the next page)
                Ruling end = closeBelow(glyphs, run.get(1), columns);
                if (end != null) {
                    run.add(end);
                    float[] body = gaps(band(glyphs, top.x1(), top.x2(), run.get(1).y1(), end.y1()), top.x1(), top.x2());
                    columns = body.length >= columns.length ? body : columns; // rows are spaced wider than a wrapped header
                }
            } else if (run.size() == 1) {
                // the closing rule of a table that began on the previous page: its rows stand above it
                List<Ruling> opened = openAbove(glyphs, top);
                if (opened != null) {
                    run = opened;
                    header = false;
                    columns = gaps(band(glyphs, top.x1(), top.x2(), run.get(0).y1(), top.y1()), top.x1(), top.x2());
                }
            }
            if (run.size() >= 2 && columns != null && columns.length > 0) {
                tables.add(rules(run, columns, glyphs, header));
            }
        }
        return tables;
    }

    /**
     * A rule under the lines right below {@code from} that keep to the table's columns (no glyph
     * across a column gap, each line close under the one before), or null when no line does.
     */
    private static Ruling closeBelow(List<Glyph> glyphs, Ruling from, float[] columns) {
        float bottom = from.y1();
        int taken = 0;
        for (Row line : rows(band(glyphs, from.x1(), from.x2(), from.y1(), Float.MAX_VALUE), new float[0])) {
            if (line.top() - bottom > 1.5f * line.size() || crossesGap(glyphs, from, line, columns)) {
                break;
            }
            bottom = line.bottom();
            taken++;
        }
        return taken == 0 ? null : new Ruling(from.x1(), bottom + 1, from.x2(), bottom + 1);
    }

    /**
     * For a lone rule: the block of lines standing close above it, when they are set in two or more
     * columns (a table whose rows began on the previous page), as {a rule above them, the rule}.
     */
    private static List<Ruling> openAbove(List<Glyph> glyphs, Ruling rule) {
        List<Row> lines = rows(band(glyphs, rule.x1(), rule.x2(), -Float.MAX_VALUE, rule.y1()), new float[0]);
        float top = rule.y1();
        int taken = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            Row line = lines.get(i);
            if (top - line.bottom() > 1.5f * line.size()) {
                break;
            }
            top = line.top();
            taken++;
        }
        if (taken < 2) {
            return null;
        }
        float[] gaps = gaps(band(glyphs, rule.x1(), rule.x2(), top - 1, rule.y1()), rule.x1(), rule.x2());
        return gaps.length == 0 ? null : List.of(new Ruling(rule.x1(), top - 1, rule.x2(), top - 1), rule);
    }

    private static boolean crossesGap(List<Glyph> glyphs, Ruling rule, Row line, float[] columns) {
        for (Glyph g : band(glyphs, rule.x1(), rule.x2(), line.top() - 0.1f, line.bottom() + 0.1f)) {
            for (float gap : mids(columns)) {
                if (g.x() < gap && g.right() > gap) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideGrid(Ruling r, List<PdfTableGrid> grids) {
        for (PdfTableGrid g : grids) {
            if (r.y1() >= g.top - 2 && r.y1() <= g.bottom + 2 && r.x1() >= g.left - 2 && r.x2() <= g.right + 2) {
                return true;
            }
        }
        return false;
    }

    /** Rules 3 pt apart or less (a double rule, a thick rule drawn as two) are one. */
    private static List<Ruling> mergeDoubles(List<Ruling> sorted) {
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : sorted) {
            Ruling last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.y1() - last.y1() <= 3 && Math.abs(r.x1() - last.x1()) <= 6 && Math.abs(r.x2() - last.x2()) <= 6) {
                continue;
            }
            out.add(r);
        }
        return out;
    }

    private static List<Glyph> band(List<Glyph> glyphs, float x1, float x2, float y1, float y2) {
        List<Glyph> out = new ArrayList<>();
        for (Glyph g : glyphs) {
            float cy = g.baseline() - g.size() * 0.35f;
            float cx = g.x() + g.width() / 2;
            if (cy > y1 && cy < y2 && cx > x1 && cx < x2) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * Where the columns part: in each gap, the rightmost stretch no glyph of the whole table crosses
     * (a header cell fills its column, wider than the numbers under it, and cells are written from
     * the left), or the gap's middle when a glyph spans all of it (a header over several columns).
     */
    private static float[] boundaries(float[] gaps, List<Glyph> table) {
        float[] out = new float[gaps.length / 2];
        for (int k = 0; k < out.length; k++) {
            float a = gaps[2 * k];
            float b = gaps[2 * k + 1];
            List<float[]> taken = new ArrayList<>();
            for (Glyph g : table) {
                if (g.right() > a && g.x() < b) {
                    taken.add(new float[] {Math.max(a, g.x()), Math.min(b, g.right())});
                }
            }
            taken.sort((p, q) -> Float.compare(p[0], q[0]));
            out[k] = (a + b) / 2;
            float from = a;
            for (float[] t : taken) {
                if (t[0] - from >= 0.5f) {
                    out[k] = (from + t[0]) / 2; // a free stretch; a later one (further right) wins
                }
                from = Math.max(from, t[1]);
            }
            if (b - from >= 0.5f && !taken.isEmpty()) {
                out[k] = (from + b) / 2;
            }
        }
        return out;
    }

    /** The white-space gaps (wider than half a character) that no glyph of the band crosses: {start, end, start, end, …}. */
    private static float[] gaps(List<Glyph> band, float left, float right) {
        if (band.isEmpty()) {
            return new float[0];
        }
        float[][] spans = new float[band.size()][];
        float size = 0;
        for (int i = 0; i < band.size(); i++) {
            Glyph g = band.get(i);
            spans[i] = new float[] {g.x(), g.right()};
            size += g.size();
        }
        size /= band.size();
        Arrays.sort(spans, (a, b) -> Float.compare(a[0], b[0]));
        List<Float> edges = new ArrayList<>();
        float reach = spans[0][1];
        for (int i = 1; i < spans.length; i++) {
            if (spans[i][0] - reach >= 0.5f * size) { // wider than a word space (a number's "73 129")
                edges.add(reach);
                edges.add(spans[i][0]);
            }
            reach = Math.max(reach, spans[i][1]);
        }
        float[] out = new float[edges.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = edges.get(i);
        }
        return out;
    }

    /**
     * The table's rules: its own horizontal ones, one between each two rows, and one down each column
     * gap. The first band is the header (one row however many lines it wraps to) unless the table
     * began on the previous page.
     */
    private static List<Ruling> rules(List<Ruling> run, float[] columns, List<Glyph> glyphs, boolean header) {
        Ruling top = run.get(0);
        Ruling bottom = run.get(run.size() - 1);
        float x1 = top.x1();
        float x2 = top.x2();
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : run) {
            out.add(new Ruling(x1, r.y1(), x2, r.y1()));
        }
        for (int k = header ? 1 : 0; k + 1 < run.size(); k++) {
            List<Row> lines = rows(band(glyphs, x1, x2, run.get(k).y1(), run.get(k + 1).y1()), mids(columns));
            boolean[] previous = null;
            float previousBottom = 0;
            for (Row line : lines) {
                boolean[] filled = new boolean[columns.length / 2 + 1];
                int count = 0;
                for (int c = 0; c < filled.length; c++) {
                    filled[c] = line.perColumn()[c] > 0;
                    count += filled[c] ? 1 : 0;
                }
                boolean continues = previous != null && count * 2 <= filled.length && within(filled, previous);
                if (previous != null && !continues) {
                    float y = (previousBottom + line.top()) / 2;
                    out.add(new Ruling(x1, y, x2, y));
                }
                if (!continues) {
                    previous = filled;
                } else {
                    for (int c = 0; c < filled.length; c++) {
                        previous[c] |= filled[c];
                    }
                }
                previousBottom = line.bottom();
            }
        }
        for (float x : boundaries(columns, band(glyphs, x1, x2, top.y1(), bottom.y1()))) {
            out.add(new Ruling(x, top.y1(), x, bottom.y1()));
        }
        out.add(new Ruling(x1, top.y1(), x1, bottom.y1()));
        out.add(new Ruling(x2, top.y1(), x2, bottom.y1()));
        return out;
    }

    private static float[] mids(float[] gaps) {
        float[] out = new float[gaps.length / 2];
        for (int k = 0; k < out.length; k++) {
            out[k] = (gaps[2 * k] + gaps[2 * k + 1]) / 2;
        }
        return out;
    }

    private static boolean within(boolean[] filled, boolean[] previous) {
        for (int c = 0; c < filled.length; c++) {
            if (filled[c] && !previous[c]) {
                return false;
            }
        }
        return true;
    }

    /** One line of a band: its extent, baseline, type size and how many glyphs stand in each column. */
    private record Row(float top, float bottom, float baseline, float size, int[] perColumn) {
    }

    /** The band's lines by baseline, top to bottom, with their glyphs counted per column (split at {@code columns}). */
    private static List<Row> rows(List<Glyph> band, float[] columns) {
        List<Glyph> sorted = new ArrayList<>(band);
        sorted.sort((a, b) -> Float.compare(a.baseline(), b.baseline()));
        List<Row> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i).baseline() - sorted.get(from).baseline() > 0.5f * sorted.get(i).size()) {
                out.add(row(sorted.subList(from, i), columns));
                from = i;
            }
        }
        return out;
    }

    private static Row row(List<Glyph> line, float[] columns) {
        Glyph first = line.get(0);
        float top = first.top();
        float bottom = first.baseline();
        int[] perColumn = new int[columns.length + 1];
        for (Glyph g : line) {
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.baseline() + 0.2f * g.size());
            float cx = g.x() + g.width() / 2;
            int c = 0;
            while (c < columns.length && cx > columns[c]) {
                c++;
            }
            perColumn[c]++;
        }
        return new Row(top, bottom, first.baseline(), first.size(), perColumn);
    }
}
