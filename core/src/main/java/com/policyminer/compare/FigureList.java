package com.policyminer.compare;

import com.policyminer.model.Figure;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A group's figures, each read when first asked for: a conflict search over a large corpus reads only
 * the figures of the pairs at issue, not every figure of every group. Unmodifiable.
 */
final class FigureList extends AbstractList<Figure> implements RandomAccess {

    private final List<FigureRow> rows;
    private final FigureLoader loader;
    private final Figure[] read;

    FigureList(List<FigureRow> rows, FigureLoader loader) {
        this.rows = List.copyOf(rows);
        this.loader = loader;
        this.read = new Figure[rows.size()];
    }

    @Override
    public Figure get(int index) {
        Figure f = read[index];
        if (f == null) {
            FigureRow r = rows.get(index);
            f = r.figure() != null ? r.figure() : loader.load(r.docId(), r.start(), r.end(), r.doc());
            read[index] = f; // a race reads the same figure twice, harmlessly
        }
        return f;
    }

    /** The row of figure {@code index} (what is known of it without reading it). */
    FigureRow row(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
