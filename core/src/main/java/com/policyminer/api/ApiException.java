package com.policyminer.api;

/** A refusal with its own HTTP status and stable error code: 401, 403, 409, 413, 415 … */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
