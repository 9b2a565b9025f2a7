package com.policyminer.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * A stored text field whose tokens were produced earlier (the document's one HanLP pass) rather
 * than by the index-time analyzer. Positions and offsets go into the postings for phrase queries
 * and the highlighter.
 */
final class PreSegmentedField extends Field {

    static final FieldType STORED_WITH_OFFSETS = new FieldType();
    /** The same, not stored (for the empty body of figures and extractions). */
    static final FieldType NOT_STORED_WITH_OFFSETS = new FieldType();

    static {
        STORED_WITH_OFFSETS.setTokenized(true);
        STORED_WITH_OFFSETS.setStored(true);
        STORED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_WITH_OFFSETS.freeze();
        NOT_STORED_WITH_OFFSETS.setTokenized(true);
        NOT_STORED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        NOT_STORED_WITH_OFFSETS.freeze();
    }

    private final TokenStream tokens;

    PreSegmentedField(String name, String value, TokenStream tokens) {
        super(name, value, STORED_WITH_OFFSETS);
        this.tokens = tokens;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        return tokens;
    }
}
