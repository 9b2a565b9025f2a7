package com.policyminer.index;

import com.policyminer.extract.Extraction;
import com.policyminer.model.AnalyzedDocument;

/** What goes into the index for one report: the analyzed document and what was extracted from it. */
public record IndexedReport(AnalyzedDocument analyzed, Extraction extraction) {
}
