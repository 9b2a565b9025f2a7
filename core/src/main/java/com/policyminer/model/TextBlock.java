package com.policyminer.model;

/**
 * A paragraph, heading, list item, table or footnote (a PDF page's note, kept in the text after the
 * paragraph it interrupts) in the document text: {@code text.substring(start, end)}.
 */
public record TextBlock(Kind kind, int start, int end) {

    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, TABLE, FOOTNOTE }

    public TextBlock {
        if (kind == null) {
            throw new IllegalArgumentException("kind is null");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block offsets " + start + ".." + end);
        }
    }
}
