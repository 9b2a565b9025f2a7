package com.policyminer.search;

/** A query or parameter the user must fix: reported as HTTP 400 with this message. */
public final class BadQueryException extends RuntimeException {

    public BadQueryException(String message) {
        super(message);
    }

    public BadQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
