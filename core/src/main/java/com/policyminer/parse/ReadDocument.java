package com.policyminer.parse;

import com.policyminer.model.Page;
import com.policyminer.model.Table;
import com.policyminer.model.TextBlock;

import java.util.List;

/**
 * What one of our own format readers ({@link SpreadsheetReader}, {@link OfdReader}) made of a file:
 * the text and its structure with shared offsets, a title if the file names one (else null), and
 * whether the text was cut at the character limit.
 */
record ReadDocument(String text, List<TextBlock> blocks, List<Table> tables, List<Page> pages, String title, boolean truncated) {

    static ReadDocument of(StructuredTextBuilder b, List<Table> tables, String title) {
        return new ReadDocument(b.text(), b.blocks(), tables, b.pages(), title, b.truncated());
    }
}
