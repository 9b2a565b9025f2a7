package com.policyminer.api;

/** The requested document, region, policy … does not exist: HTTP 404. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
