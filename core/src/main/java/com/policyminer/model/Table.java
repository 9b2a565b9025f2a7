package com.policyminer.model;

import java.util.List;

/**
 * A table as the parser found it: rows of cells, each cell with offsets into the document text.
 * The first row is usually the header. {@code caption} is the nearest preceding "表N …" line, if any.
 */
public record Table(int start, int end, String caption, List<List<TableCell>> rows) {

    public Table {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad table offsets " + start + ".." + end);
        }
        caption = caption == null ? "" : caption;
        rows = rows.stream().map(List::copyOf).toList();
    }
}
