package com.policyminer.model;

/** One table cell: its trimmed text and the offsets of that text in the document. */
public record TableCell(String text, int start, int end) {

    public TableCell {
        if (text == null) {
            throw new IllegalArgumentException("cell text is null");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad cell offsets " + start + ".." + end);
        }
    }
}
