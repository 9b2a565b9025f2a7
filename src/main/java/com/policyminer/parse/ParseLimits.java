package com.policyminer.parse;

import java.time.Duration;

/**
 * Bounds on one parse, so one hostile file cannot hang or exhaust the service.
 *
 * @param maxBytes largest file accepted
 * @param maxChars most characters of text kept (Tika's write limit); longer text is truncated and flagged
 * @param timeout  wall-clock limit for one file
 */
public record ParseLimits(long maxBytes, int maxChars, Duration timeout) {

    public static final ParseLimits DEFAULT = new ParseLimits(100L * 1024 * 1024, 20_000_000, Duration.ofSeconds(60));

    public ParseLimits {
        if (maxBytes <= 0 || maxChars <= 0 || timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("parse limits must be positive");
        }
    }
}
