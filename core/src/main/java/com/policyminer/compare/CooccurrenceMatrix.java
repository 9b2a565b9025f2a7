package com.policyminer.compare;

import com.policyminer.model.EntityType;
import java.util.List;

/**
 * How often entities of type {@code a} and type {@code b} share a sentence or paragraph, served by
 * {@code GET /api/cooccurrence?a=&b=&level=}. Sparse: only pairs that co-occur have a cell. When
 * {@code a == b}, each unordered pair has one cell, with {@code a} before {@code b} in code-point order.
 *
 * @param documents number of documents counted
 * @param rows      entities of type a that co-occur with some b, most units first
 * @param columns   entities of type b that co-occur with some a, most units first
 * @param cells     co-occurring pairs, highest count first
 */
public record CooccurrenceMatrix(EntityType a, EntityType b, CooccurrenceLevel level, int documents,
                                 List<EntityTotal> rows, List<EntityTotal> columns, List<Cell> cells) {

    /**
     * @param units     units (sentences or paragraphs) mentioning the entity
     * @param documents documents mentioning it
     */
    public record EntityTotal(String name, int units, int documents) {
    }

    /**
     * @param count     units mentioning both (each unit counts once, however often they are named in it)
     * @param documents documents with at least one such unit
     */
    public record Cell(String a, String b, int count, int documents) {
    }

    public CooccurrenceMatrix {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
    }

    /** The count for a pair, 0 when they never co-occur; order-insensitive when {@code a == b}. */
    public int countOf(String x, String y) {
        for (Cell c : cells) {
            if ((c.a().equals(x) && c.b().equals(y)) || (a == b && c.a().equals(y) && c.b().equals(x))) {
                return c.count();
            }
        }
        return 0;
    }

    /** The same matrix cut to the first {@code maxRows} rows and {@code maxColumns} columns. */
    public CooccurrenceMatrix limit(int maxRows, int maxColumns) {
        List<EntityTotal> r = rows.stream().limit(Math.max(0, maxRows)).toList();
        List<EntityTotal> c = columns.stream().limit(Math.max(0, maxColumns)).toList();
        var rowNames = r.stream().map(EntityTotal::name).toList();
        var colNames = c.stream().map(EntityTotal::name).toList();
        return new CooccurrenceMatrix(a, b, level, documents, r, c, cells.stream()
                .filter(x -> rowNames.contains(x.a()) && colNames.contains(x.b())).toList());
    }
}
