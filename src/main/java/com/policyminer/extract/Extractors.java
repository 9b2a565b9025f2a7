package com.policyminer.extract;

import com.policyminer.model.AnalyzedDocument;

/**
 * Runs every extractor over one analyzed document, in dependency order: regions and
 * organizations first, then policies (which bind issuers) and figures (which bind subjects).
 */
public final class Extractors {

    public static Extractors standard() {
        return new Extractors();
    }

    public Extraction extract(AnalyzedDocument doc) {
        return Extraction.NONE;
    }
}
