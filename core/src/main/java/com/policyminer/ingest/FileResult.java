package com.policyminer.ingest;

/**
 * The outcome for one file: its path (relative to the corpus), the outcome, the document id if any,
 * why, and a warning ("" when none): a file indexed from a parse suspected of losing text keeps its
 * outcome and carries the suspicion here.
 */
public record FileResult(String path, IngestOutcome outcome, String docId, String message, String warning) {

    public FileResult {
        message = message == null ? "" : message;
        docId = docId == null ? "" : docId;
        warning = warning == null ? "" : warning;
    }

    /** A result without a warning. */
    public FileResult(String path, IngestOutcome outcome, String docId, String message) {
        this(path, outcome, docId, message, "");
    }

    public boolean hasWarning() {
        return !warning.isEmpty();
    }

    /** The warning for a document parsed with a suspected loss of text, or "". */
    static String warningOf(com.policyminer.model.ParsedDocument d) {
        return d.suspectLoss().map(r -> "suspect_loss: " + r).orElse("");
    }
}
