package com.policyminer.parse;

import com.policyminer.parse.PdfPageReader.Ruling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table found from the lines drawn on a page (what office suites draw as cell borders): the
 * horizontal and vertical rulings that touch one another form a grid. A glyph belongs to the cell
 * whose borders enclose its centre; a cell spanning columns (no vertical border crossing it) or rows
 * (no horizontal border between them) is one cell, anchored at its top-left grid position.
 */
final class PdfTableGrid {

    private static final float TOL = 2f;

    final float left;
    final float top;
    final float right;
    final float bottom;
    private final float[] xs;
    private final float[] ys;
    private final List<Ruling> horizontals;
    private final List<Ruling> verticals;

    private PdfTableGrid(float[] xs, float[] ys, List<Ruling> horizontals, List<Ruling> verticals) {
        this.xs = xs;
        this.ys = ys;
        this.horizontals = horizontals;
        this.verticals = verticals;
        this.left = xs[0];
        this.right = xs[xs.length - 1];
        this.top = ys[0];
        this.bottom = ys[ys.length - 1];
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    boolean contains(float x, float y) {
        return x > left && x < right && y > top && y < bottom;
    }

    /**
     * The anchor cell of the point, as {row, column} of the grid (the top-left grid cell of a merged
     * cell), or null outside the grid.
     */
    int[] cellAt(float x, float y) {
        if (!contains(x, y)) {
            return null;
        }
        int r = interval(ys, y);
        int c = interval(xs, x);
        // merged across columns: move left while no vertical border crosses this row between the cells
        while (c > 0 && !verticalCrosses(xs[c], ys[r], ys[r + 1])) {
            c--;
        }
        // merged across rows: move up while no horizontal border separates the cell from the one above
        while (r > 0 && !horizontalCrosses(ys[r], xs[c], xs[c + 1])) {
            r--;
        }
        return new int[] {r, c};
    }

    /** Whether grid cell (r, c) is the anchor (top-left) of its cell rather than covered by a merged one. */
    boolean isAnchor(int r, int c) {
        return (c == 0 || verticalCrosses(xs[c], ys[r], ys[r + 1])) && (r == 0 || horizontalCrosses(ys[r], xs[c], xs[c + 1]));
    }

    /** Whether grid cell (r, c) has a border on its left (it does not continue a cell merged across columns). */
    boolean hasLeftBorder(int r, int c) {
        return c == 0 || verticalCrosses(xs[c], ys[r], ys[r + 1]);
    }

    /** Box of the cell anchored at (r, c), extended over the grid cells it spans: left, top, right, bottom. */
    float[] box(int r, int c) {
        int c2 = c + 1;
        while (c2 < xs.length - 1 && !verticalCrosses(xs[c2], ys[r], ys[r + 1])) {
            c2++;
        }
        int r2 = r + 1;
        while (r2 < ys.length - 1 && !horizontalCrosses(ys[r2], xs[c], xs[c + 1])) {
            r2++;
        }
        return new float[] {xs[c], ys[r], xs[c2], ys[r2]};
    }

    private boolean verticalCrosses(float x, float y1, float y2) {
        float mid = (y1 + y2) / 2;
        for (Ruling v : verticals) {
            if (Math.abs(v.x1() - x) <= TOL && v.y1() <= mid && v.y2() >= mid) {
                return true;
            }
        }
        return false;
    }

    private boolean horizontalCrosses(float y, float x1, float x2) {
        float mid = (x1 + x2) / 2;
        for (Ruling h : horizontals) {
            if (Math.abs(h.y1() - y) <= TOL && h.x1() <= mid && h.x2() >= mid) {
                return true;
            }
        }
        return false;
    }

    private static int interval(float[] edges, float v) {
        int i = Arrays.binarySearch(edges, v);
        int k = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(edges.length - 2, k));
    }

    /** The grids on a page: groups of touching rulings with at least two rows or two columns of cells. */
    static List<PdfTableGrid> find(List<Ruling> rulings) {
        List<Ruling> h = new ArrayList<>();
        List<Ruling> v = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal()) {
                h.add(r);
            } else if (r.vertical()) {
                v.add(r);
            }
        }
        if (h.size() < 2 || v.size() < 2 || (long) h.size() * v.size() > 4_000_000L) {
            return List.of(); // no grid, or a drawing (a chart, a map) rather than a table
        }
        List<Ruling> all = new ArrayList<>(h);
        all.addAll(v);
        int n = all.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h.size(); i++) {
            Ruling a = h.get(i);
            for (int j = h.size(); j < n; j++) {
                Ruling b = all.get(j);
                if (b.x1() >= a.x1() - TOL && b.x1() <= a.x2() + TOL && a.y1() >= b.y1() - TOL && a.y1() <= b.y2() + TOL) {
                    union(parent, i, j);
                }
            }
        }
        List<PdfTableGrid> grids = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = root(parent, i);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            List<Ruling> gh = new ArrayList<>();
            List<Ruling> gv = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (root(parent, j) == root) {
                    (j < h.size() ? gh : gv).add(all.get(j));
                }
            }
            float[] ys = clusters(gh.stream().map(Ruling::y1).toList());
            float[] xs = clusters(gv.stream().map(Ruling::x1).toList());
            if (ys.length >= 2 && xs.length >= 2 && (ys.length >= 3 || xs.length >= 3)) {
                grids.add(new PdfTableGrid(xs, ys, gh, gv));
            }
        }
        grids.sort((a, b) -> Float.compare(a.top, b.top));
        return grids;
    }

    private static float[] clusters(List<Float> values) {
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        float[] out = new float[sorted.length];
        int n = 0;
        for (float f : sorted) {
            if (n == 0 || f - out[n - 1] > TOL) {
                out[n++] = f;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }
}
