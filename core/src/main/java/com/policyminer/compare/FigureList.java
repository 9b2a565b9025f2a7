package com.policyminer.compare;

import com.policyminer.model.Figure;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A group's figures, each read when first asked for: a conflict search over a large corpus reads only
 * the figures of the pairs at issue, not every figure of every group. What is known of each without
 * reading it ({@link #row}) is made again from the table's columns when asked for: a list holds 4 bytes a
 * figure while nothing is read (every group of a corpus's conflict search is held at once), not a
 * {@link FigureRow} object. Unmodifiable.
 */
final class FigureList extends AbstractList<Figure> implements RandomAccess {

    private final FigureColumns columns;
    /** The figures' rows in {@code columns}, in list order. */
    private final int[] rows;
    private final FigureLoader loader;
    /** The figures read so far; null until one is. */
    private volatile Figure[] read;

    /** @param figures rows of {@code columns} ({@link FigureRow#row}), in list order */
    FigureList(List<FigureRow> figures, FigureColumns columns, FigureLoader loader) {
        this.columns = columns;
        this.loader = loader;
        this.rows = new int[figures.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = figures.get(i).row();
            if (rows[i] < 0) {
                throw new IllegalArgumentException("a figure not of the table's columns");
            }
        }
    }

    @Override
    public Figure get(int index) {
        Figure[] r = read;
        if (r == null) {
            synchronized (this) {
                r = read;
                if (r == null) {
                    r = new Figure[rows.length];
                    read = r;
                }
            }
        }
        Figure f = r[index];
        if (f == null) {
            FigureRow row = row(index);
            f = row.figure() != null ? row.figure() : loader.load(row.docId(), row.start(), row.end(), row.doc());
            r[index] = f; // a race reads the same figure twice, harmlessly
        }
        return f;
    }

    /** The row of figure {@code index} (what is known of it without reading it). */
    FigureRow row(int index) {
        return columns.row(rows[java.util.Objects.checkIndex(index, rows.length)]);
    }

    @Override
    public int size() {
        return rows.length;
    }
}
