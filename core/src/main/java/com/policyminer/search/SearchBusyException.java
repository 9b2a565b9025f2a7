package com.policyminer.search;

/**
 * Too many searches are waiting, or this one waited longer than its limit: answered as HTTP 503
 * with a {@code Retry-After} of {@link #retryAfterSeconds()}.
 */
public final class SearchBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public SearchBusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
