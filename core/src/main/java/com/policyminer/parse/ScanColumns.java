package com.policyminer.parse;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a page image in reading order, so that a two-column page is read one column after the
 * other: Tesseract's single-column mode (4) reads straight across a gutter, and its automatic layout
 * (mode 3) takes blocks of body text for pictures. A gutter is a vertical strip in the middle of the
 * page (between 40% and 60% of its width: columns of about equal width, at least 1/60 of the width wide: 3.5 mm) that no ink crosses on at
 * least 85% of the text rows around it; the page is then cut into bands across — a band whose rows
 * cross the gutter (a title, a table, a full-width paragraph) is one part, a band of at least 12% of
 * the page height whose rows do not is two parts, its left column and then its right. A page without
 * such a gutter is one part, and so is a page with a table's vertical rules (the gap between two of
 * its columns is no gutter).
 */
final class ScanColumns {

    private static final int DARK = 150;
    /** Side of the cells the page is looked at in, in pixels (0.7 mm at 300 dpi). */
    private static final int CELL = 8;
    /** Shortest two-column band, as a share of the page height: shorter is a table's or a list's gap. */
    private static final double MIN_BAND = 0.12;
    /** Fewest rows with ink on each side of a two-column band, as a share of the page height (five lines or so). */
    private static final double MIN_SIDE = 0.06;

    private ScanColumns() {
    }

    /** The parts to OCR, in reading order (the whole page when it has no columns). */
    static List<Rectangle> parts(BufferedImage grey, List<PdfPageReader.Ruling> rulings) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        Rectangle whole = new Rectangle(0, 0, w, h);
        if (ruled(rulings)) {
            return List.of(whole);
        }
        // the page in cells of CELL × CELL pixels, a cell inked when any of its pixels is: the gaps between
        // the strokes and characters of a line close up, a gutter stays open
        byte[] px = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int cw = (w + CELL - 1) / CELL;
        int ch = (h + CELL - 1) / CELL;
        boolean[][] ink = new boolean[ch][cw];
        for (int y = 0; y < h; y++) {
            boolean[] row = ink[y / CELL];
            for (int x = 0; x < w; x++) {
                if ((px[y * w + x] & 0xFF) < DARK) {
                    row[x / CELL] = true;
                }
            }
        }
        int[] column = new int[cw];
        int inkRows = 0;
        boolean[] inked = new boolean[ch];
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                if (ink[y][x]) {
                    column[x]++;
                    inked[y] = true;
                }
            }
            inkRows += inked[y] ? 1 : 0;
        }
        int[] gutter = gutter(column, cw, inkRows);
        if (gutter == null) {
            return List.of(whole);
        }
        // bands: runs of rows that cross the gutter or not (blank rows join the band they are in)
        List<int[]> bands = new ArrayList<>(); // {from, to, crosses} in cell rows
        for (int y = 0; y < ch; y++) {
            if (!inked[y]) {
                continue;
            }
            int mid = (gutter[0] + gutter[1]) / 2; // ink at the gutter's middle: a line across it (a title), not a column's ragged edge
            boolean crosses = ink[y][mid - 1] || ink[y][mid] || ink[y][mid + 1];
            int c = crosses ? 1 : 0;
            int[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (last != null && last[2] == c) {
                last[1] = y + 1;
            } else {
                bands.add(new int[] {last == null ? 0 : last[1], y + 1, c});
            }
        }
        if (bands.isEmpty()) {
            return List.of(whole);
        }
        bands.get(bands.size() - 1)[1] = ch;
        // a short run of rows that do not cross is part of the band around it (a table's or a list's gap)
        List<int[]> merged = new ArrayList<>();
        for (int[] b : bands) {
            if (b[2] == 1 && b[1] - b[0] < 3) {
                b[2] = 0; // less than a line's height: a stray mark in the gutter
            }
        }
        int gutterX = (gutter[0] + gutter[1]) / 2 * CELL;
        for (int[] b : bands) {
            boolean columns = b[2] == 0 && b[1] - b[0] >= MIN_BAND * ch && bothSidesWritten(ink, b, gutter, MIN_SIDE * ch)
                    && !ruledAcross(rulings, b[0] * CELL, b[1] * CELL, gutterX);
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last[2] == 0) == columns) {
                last[1] = b[1];
            } else {
                merged.add(new int[] {b[0], b[1], columns ? 0 : 1});
            }
        }
        List<Rectangle> parts = new ArrayList<>();
        int middle = (gutter[0] + gutter[1]) / 2 * CELL;
        for (int[] b : merged) {
            int top = b[0] * CELL;
            int bottom = Math.min(h, b[1] * CELL);
            if (b[2] == 0) {
                parts.add(new Rectangle(0, top, middle, bottom - top));
                parts.add(new Rectangle(middle, top, w - middle, bottom - top));
            } else {
                parts.add(new Rectangle(0, top, w, bottom - top));
            }
        }
        return parts.size() == 1 ? List.of(whole) : parts;
    }

    /** The widest strip in the middle of the page that ink crosses on at most 15% of the text rows, or null. */
    static int[] gutter(int[] column, int w, int inkRows) {
        if (inkRows == 0) {
            return null;
        }
        int best = -1;
        int bestWidth = 0;
        int start = -1;
        for (int x = (int) (0.4 * w); x <= (int) (0.6 * w); x++) {
            boolean clear = x < (int) (0.6 * w) && column[x] <= 0.15 * inkRows;
            if (clear && start < 0) {
                start = x;
            } else if (!clear && start >= 0) {
                if (x - start > bestWidth) {
                    bestWidth = x - start;
                    best = start;
                }
                start = -1;
            }
        }
        return bestWidth >= w / 60 ? new int[] {best, best + bestWidth} : null;
    }

    /** Whether both sides of the gutter have ink on at least {@code min} rows of the band: text in two columns, not a few long lines. */
    private static boolean bothSidesWritten(boolean[][] ink, int[] band, int[] gutter, double min) {
        int left = 0;
        int right = 0;
        for (int y = band[0]; y < band[1]; y++) {
            boolean l = false;
            boolean r = false;
            for (int x = 0; x < ink[y].length; x++) {
                if (ink[y][x]) {
                    l |= x < gutter[0];
                    r |= x >= gutter[1];
                }
            }
            left += l ? 1 : 0;
            right += r ? 1 : 0;
        }
        return left >= min && right >= min;
    }

    /** Whether a rule across the gutter lies in these rows: a three-line table's, whose columns are no page columns. */
    private static boolean ruledAcross(List<PdfPageReader.Ruling> rulings, int top, int bottom, int x) {
        for (PdfPageReader.Ruling r : rulings) {
            if (Math.abs(r.y1() - r.y2()) < 1 && r.y1() >= top && r.y1() <= bottom && Math.min(r.x1(), r.x2()) < x
                    && Math.max(r.x1(), r.x2()) > x) {
                return true;
            }
        }
        return false;
    }

    private static boolean ruled(List<PdfPageReader.Ruling> rulings) {
        for (PdfPageReader.Ruling r : rulings) {
            if (Math.abs(r.x1() - r.x2()) < 1) {
                return true; // a table's vertical rule
            }
        }
        return false;
    }
}
