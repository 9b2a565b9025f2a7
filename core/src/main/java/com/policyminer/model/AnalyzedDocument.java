package com.policyminer.model;

import java.util.List;

/**
 * A parsed document together with its one segmentation pass. The index and every extractor read
 * these tokens instead of segmenting again.
 */
public record AnalyzedDocument(ParsedDocument document, List<Token> tokens) {

    public AnalyzedDocument {
        tokens = List.copyOf(tokens);
    }

    public String text() {
        return document.text();
    }

    public String id() {
        return document.id();
    }
}
