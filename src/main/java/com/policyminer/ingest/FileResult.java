package com.policyminer.ingest;

/** The outcome for one file: its path (relative to the corpus), the outcome, the document id if any, and why. */
public record FileResult(String path, IngestOutcome outcome, String docId, String message) {

    public FileResult {
        message = message == null ? "" : message;
        docId = docId == null ? "" : docId;
    }
}
