package com.policyminer.index;

import java.time.Instant;

/**
 * The state of an index's writer, for a health check that tells the truth.
 *
 * @param writerOpen     writes can go through
 * @param lastCommit     when this process last committed, or null (none yet)
 * @param writerReopened how many times a writer that died (out of memory, disk failure) was replaced
 * @param problem        why writes cannot go through, or null
 */
public record IndexHealth(boolean writerOpen, Instant lastCommit, int writerReopened, String problem) {
}
