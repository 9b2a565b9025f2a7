package com.policyminer.parse;

import java.time.Duration;

/**
 * Bounds on one parse, so one hostile file cannot hang or exhaust the service.
 *
 * @param maxBytes largest file accepted
 * @param maxChars most characters of text kept (Tika's write limit); longer text is truncated and flagged
 * @param timeout  wall-clock limit for one file's parse
 * @param analysisTimeout wall-clock limit for segmenting and extracting one file, per million characters
 *                 of its text and once more for any file (see {@link #analysisBudget})
 */
public record ParseLimits(long maxBytes, int maxChars, Duration timeout, Duration analysisTimeout) {

    public static final ParseLimits DEFAULT = new ParseLimits(100L * 1024 * 1024, 20_000_000, Duration.ofSeconds(60));

    public ParseLimits {
        if (maxBytes <= 0 || maxChars <= 0 || timeout == null || timeout.isNegative() || timeout.isZero()
                || analysisTimeout == null || analysisTimeout.isNegative() || analysisTimeout.isZero()) {
            throw new IllegalArgumentException("parse limits must be positive");
        }
    }

    /** The limits with the analysis budget equal to the parse timeout. */
    public ParseLimits(long maxBytes, int maxChars, Duration timeout) {
        this(maxBytes, maxChars, timeout, timeout);
    }

    /**
     * How long segmenting and extracting a text of {@code chars} characters may take: {@link #analysisTimeout}
     * × (1 + chars / 1,000,000), so the budget grows with the file (the stages are linear in its length).
     */
    public Duration analysisBudget(int chars) {
        return Duration.ofNanos((long) (analysisTimeout.toNanos() * (1 + chars / 1_000_000.0)));
    }
}
