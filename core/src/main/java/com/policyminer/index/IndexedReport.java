package com.policyminer.index;

import com.policyminer.extract.Extraction;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.works.TextFingerprint;

/**
 * What goes into the index for one report: the analyzed document, what was extracted from it, and
 * the fingerprint of its text (what groups its files into one work).
 */
public record IndexedReport(AnalyzedDocument analyzed, Extraction extraction, TextFingerprint fingerprint) {

    public IndexedReport {
        java.util.Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** With the fingerprint of the document's text. */
    public IndexedReport(AnalyzedDocument analyzed, Extraction extraction) {
        this(analyzed, extraction, TextFingerprint.of(analyzed.text()));
    }
}
