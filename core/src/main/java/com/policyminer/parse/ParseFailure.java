package com.policyminer.parse;

/** A file that could not be parsed, with a stable reason code and a message a person can read. */
public final class ParseFailure extends Exception {

    /** Why parsing failed. The names are stable: scripts and the API report them. */
    public enum Reason { EMPTY, TOO_LARGE, ENCRYPTED, CORRUPT, UNSUPPORTED, TIMEOUT, NOT_TEXT, IO, NEEDS_OCR }

    private final Reason reason;

    public ParseFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ParseFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
