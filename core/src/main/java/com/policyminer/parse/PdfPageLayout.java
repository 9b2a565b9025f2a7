package com.policyminer.parse;

import com.policyminer.parse.PdfLines.Line;
import com.policyminer.parse.PdfPageReader.Glyph;
import com.policyminer.parse.PdfPageReader.RawPage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page laid out: its text lines and tables in reading order (content-stream order, a table at
 * the place of its first glyph). Glyphs inside a ruled grid ({@link PdfTableGrid}, or a table ruled
 * only across, {@link PdfRuledTable}) go to their cells, the rest to lines.
 */
record PdfPageLayout(int number, float width, float height, List<Item> items, int glyphs, int unmapped, boolean hasImages) {

    sealed interface Item permits TextLine, TableBlock {
        int seq();
    }

    /** A line of body text (or, until {@link PdfRunningText} marks it, a header or footer). */
    record TextLine(Line line) implements Item {
        @Override
        public int seq() {
            return line.seq();
        }
    }

    /** A table: rows of cells, each cell's text and box (left, top, right, bottom). */
    record TableBlock(int seq, List<List<Cell>> rows, float left, float top, float right, float bottom) implements Item {
    }

    /** A cell: its text, its box, and whether a space was drawn before its first glyph (the cell continues a row cut by the page break). */
    record Cell(String text, float[] box, boolean spaceBefore) {
    }

    static PdfPageLayout of(RawPage page) {
        List<PdfTableGrid> grids = new ArrayList<>(PdfTableGrid.find(page.rulings()));
        for (List<PdfPageReader.Ruling> rules : PdfRuledTable.find(page.rulings(), page.glyphs(), page.width(), List.copyOf(grids))) {
            grids.addAll(PdfTableGrid.find(rules)); // a table with horizontal rules only, its other rules added
        }
        List<Glyph> body = new ArrayList<>();
        List<Integer> bodySeq = new ArrayList<>();
        Map<PdfTableGrid, Map<Long, List<Glyph>>> cellGlyphs = new LinkedHashMap<>();
        Map<PdfTableGrid, Map<Long, List<Integer>>> cellSeqs = new LinkedHashMap<>();
        Map<PdfTableGrid, Integer> firstSeq = new LinkedHashMap<>();
        List<Glyph> glyphs = page.glyphs();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            float cx = g.x() + g.width() / 2;
            float cy = g.baseline() - g.size() * 0.35f;
            PdfTableGrid in = null;
            int[] cell = null;
            for (PdfTableGrid grid : grids) {
                cell = grid.cellAt(cx, cy);
                if (cell != null) {
                    in = grid;
                    break;
                }
            }
            if (in == null) {
                body.add(g);
                bodySeq.add(i);
            } else {
                long key = ((long) cell[0] << 32) | cell[1];
                cellGlyphs.computeIfAbsent(in, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(g);
                cellSeqs.computeIfAbsent(in, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                firstSeq.putIfAbsent(in, i);
            }
        }
        List<Item> items = new ArrayList<>();
        for (Line l : PdfLines.of(body, bodySeq)) {
            items.add(new TextLine(l));
        }
        for (PdfTableGrid grid : cellGlyphs.keySet()) {
            items.add(table(grid, cellGlyphs.get(grid), cellSeqs.get(grid), firstSeq.get(grid)));
        }
        items.sort(Comparator.comparingInt(Item::seq));
        return new PdfPageLayout(page.number(), page.width(), page.height(), List.copyOf(items), glyphs.size(), page.unmapped(),
                page.hasImages());
    }

    private static TableBlock table(PdfTableGrid grid, Map<Long, List<Glyph>> glyphs, Map<Long, List<Integer>> seqs, int seq) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            List<Cell> row = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < grid.columns(); c++) {
                if (!grid.isAnchor(r, c)) {
                    // under a cell merged across rows, the column keeps its place with an empty cell (as
                    // Word's and HTML's tables read); a cell merged across columns is one cell
                    if (grid.hasLeftBorder(r, c)) {
                        row.add(new Cell("", grid.box(r, c), false));
                    }
                    continue;
                }
                long key = ((long) r << 32) | c;
                List<Glyph> g = glyphs.get(key);
                List<Line> lines = g == null ? List.of() : PdfLines.of(g, seqs.get(key));
                String text = cellText(lines);
                any |= !text.isEmpty();
                row.add(new Cell(text, grid.box(r, c), !lines.isEmpty() && lines.get(0).spaceBefore()));
            }
            if (any) {
                rows.add(row);
            }
        }
        return new TableBlock(seq, rows, grid.left, grid.top, grid.right, grid.bottom);
    }

    /** A cell's lines joined as one paragraph: no space where a Chinese character meets the break. */
    static String cellText(List<Line> lines) {
        StringBuilder s = new StringBuilder();
        for (Line l : lines) {
            String t = TextRepair.trimBlock(l.text());
            if (t.isEmpty()) {
                continue;
            }
            if (s.length() > 0) {
                s.append(PdfParagraphs.joiner(s.charAt(s.length() - 1), t.charAt(0), l.spaceBefore()));
            }
            s.append(t);
        }
        return TextRepair.removeSpacesBetweenCjk(s.toString());
    }
}
