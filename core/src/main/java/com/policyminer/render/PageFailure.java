package com.policyminer.render;

/** A page image that cannot be given, with a stable reason (the API maps each to its status). */
public final class PageFailure extends Exception {

    /** Why no image. */
    public enum Reason {
        /** no document with that id */
        NO_DOCUMENT,
        /** the document has no pages (not a PDF, or its parse recorded none) */
        NOT_PAGED,
        /** the page number is past the document's last page */
        NO_SUCH_PAGE,
        /** the original file is no longer in the corpus, or no longer holds the indexed bytes */
        ORIGINAL_MISSING,
        /** PDFBox cannot draw the page */
        UNREADABLE,
        /** the render took longer than the time limit */
        TIMEOUT,
        /** every worker is busy and the queue is full */
        BUSY
    }

    private final Reason reason;

    public PageFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PageFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
