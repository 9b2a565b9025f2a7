package com.policyminer.model;

import java.time.Duration;

/**
 * When the work on one file must stop: checked by the stages after parsing (segmentation every few
 * thousand words, extraction between extractors), so a file over its budget fails by name instead of
 * holding a worker. A check costs one {@link System#nanoTime()}.
 */
public final class Deadline {

    /** No limit. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Duration.ZERO);

    private final long at;
    private final Duration budget;

    private Deadline(long at, Duration budget) {
        this.at = at;
        this.budget = budget;
    }

    /** A deadline {@code budget} from now. */
    public static Deadline in(Duration budget) {
        long now = System.nanoTime();
        long nanos = budget.toNanos();
        return new Deadline(nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos, budget);
    }

    public boolean passed() {
        return at != Long.MAX_VALUE && System.nanoTime() - at > 0;
    }

    /** Throws {@link Exceeded} naming {@code stage} when the deadline has passed. */
    public void check(String stage) {
        if (passed()) {
            throw new Exceeded(stage, budget);
        }
    }

    /** The work on a file ran past its deadline; {@link #stage()} is where it was stopped. */
    public static final class Exceeded extends RuntimeException {

        private final String stage;

        Exceeded(String stage, Duration budget) {
            super(stage + " ran past the file's time budget of " + budget.toMillis() / 1000.0 + " s", null, false, false);
            this.stage = stage;
        }

        public String stage() {
            return stage;
        }
    }
}
