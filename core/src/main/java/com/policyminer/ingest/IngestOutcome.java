package com.policyminer.ingest;

import com.policyminer.parse.ParseFailure;

/** What happened to one file in an ingest run. Codes are stable: scripts and the API report them. */
public enum IngestOutcome {
    INDEXED, UPDATED, UNCHANGED, REMOVED, SKIPPED_DUPLICATE, SKIPPED_EMPTY, SKIPPED_SYMLINK, SKIPPED_SPECIAL,
    FAILED_ENCRYPTED, FAILED_CORRUPT, FAILED_TIMEOUT, FAILED_TOO_LARGE, FAILED_UNSUPPORTED,
    FAILED_NOT_TEXT, FAILED_IO, FAILED_NEEDS_OCR, FAILED_INTERNAL;

    public boolean failed() {
        return name().startsWith("FAILED_");
    }

    public static IngestOutcome of(ParseFailure.Reason reason) {
        return switch (reason) {
            case EMPTY -> SKIPPED_EMPTY;
            case TOO_LARGE -> FAILED_TOO_LARGE;
            case ENCRYPTED -> FAILED_ENCRYPTED;
            case CORRUPT -> FAILED_CORRUPT;
            case UNSUPPORTED -> FAILED_UNSUPPORTED;
            case TIMEOUT -> FAILED_TIMEOUT;
            case NOT_TEXT -> FAILED_NOT_TEXT;
            case IO -> FAILED_IO;
            case NEEDS_OCR -> FAILED_NEEDS_OCR;
        };
    }
}
