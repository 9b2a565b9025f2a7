package com.policyminer.api;

/**
 * The JSON body of every error response: a stable code (as {@code error}, and again as {@code code}, the
 * name the page maps to its Chinese messages) and a message for people.
 */
public record ApiError(int status, String error, String message, String code) {

    public ApiError(int status, String error, String message) {
        this(status, error, message, error);
    }
}
