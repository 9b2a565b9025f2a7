package com.policyminer.api;

/** The JSON body of every error response: a stable code and a message for people. */
public record ApiError(int status, String error, String message) {
}
