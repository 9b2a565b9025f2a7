package com.policyminer.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Figures keyed by what they measure (canonical subject, indicator, normalized unit): the costly
 * part of a comparison (a gazetteer lookup and an indicator resolution per figure), done once for a
 * corpus and reused by every comparison and conflict search over it. The figures are rows of
 * {@link FigureColumns} (no text, no object per figure); a group is a run of row numbers (the rows of
 * key {@code g} are {@code rows[groupStart[g] .. groupStart[g+1])}, in the order they were added). A
 * corpus's table ({@link FigureComparator#keyedTable}) keeps only keys that two documents share (no
 * other can form a group), its rows stored group after group, and reads the figures it shows through
 * its loader.
 */
public final class KeyedFigures {
    final FigureKey[] keys;
    private final int[] groupStart;
    /** Row numbers group after group; null: the rows themselves are stored in that order. */
    private final int[] rows;
    final FigureColumns columns;
    private final int figures;
    final FigureLoader loader;

    KeyedFigures(FigureKey[] keys, int[] groupStart, int[] rows, FigureColumns columns, int figures, FigureLoader loader) {
        this.keys = keys;
        this.groupStart = groupStart;
        this.rows = rows;
        this.columns = columns;
        this.figures = figures;
        this.loader = loader;
    }

    /** The figures keyed. */
    public int figures() {
        return figures;
    }

    /** The figures kept: those whose key two documents share (all keyed ones when keyed from a list). */
    public int kept() {
        return groupStart[keys.length];
    }

    /** The distinct measures of the rows (value, interval, digits and qualifier), each kept once. */
    public int measures() {
        return columns.measures();
    }

    /** The keys kept. */
    public int keys() {
        return keys.length;
    }

    /** Bytes held by the rows, the group index and the document ids (not the keys, shared by every version). */
    public long bytes() {
        return columns.bytes() + 4L * groupStart.length + (rows == null ? 0 : 4L * rows.length);
    }

    /** The number of rows of group {@code g}. */
    int size(int g) {
        return groupStart[g + 1] - groupStart[g];
    }

    /** The row number of the {@code i}th figure of group {@code g}. */
    int row(int g, int i) {
        int at = groupStart[g] + i;
        return rows == null ? at : rows[at];
    }

    /** The rows of group {@code g} as values, in the order they were added. */
    List<FigureRow> rowsOf(int g) {
        int n = size(g);
        List<FigureRow> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(columns.row(row(g, i)));
        }
        return out;
    }

    /** Whether a figure of group {@code g} covers {@code year}. */
    boolean anyCovers(int g, int year) {
        for (int i = 0, n = size(g); i < n; i++) {
            if (columns.covers(row(g, i), year)) {
                return true;
            }
        }
        return false;
    }

    /** The same table, of the figures of these documents only (the rows are shared, not copied). */
    public KeyedFigures only(Set<String> docs) {
        int[] selected = new int[kept()];
        int[] starts = new int[keys.length + 1];
        List<FigureKey> kept = new ArrayList<>();
        int n = 0;
        for (int g = 0; g < keys.length; g++) {
            int from = n;
            for (int i = 0, size = size(g); i < size; i++) {
                int r = row(g, i);
                if (docs.contains(columns.docId(r))) {
                    selected[n++] = r;
                }
            }
            if (n > from) {
                kept.add(keys[g]);
                starts[kept.size()] = n;
            }
        }
        return new KeyedFigures(kept.toArray(FigureKey[]::new), Arrays.copyOf(starts, kept.size() + 1),
                Arrays.copyOf(selected, n), columns, n, loader);
    }
}
