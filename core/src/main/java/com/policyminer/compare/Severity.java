package com.policyminer.compare;

/**
 * How serious a {@link Conflict} is, on one scale from 0 to 1 so conflicts and mis-datings sort together.
 *
 * <ul>
 * <li><b>Conflict</b>: the relative difference scaled so that 20% or more is 1. Statistical revisions
 * (preliminary → final figures) and differing definitions move a value by a few percent; beyond 20% one
 * of the documents is almost certainly wrong. 6.44% vs 6.83% (5.7%) scores 0.29.</li>
 * <li><b>Same value, different year</b>: 0.15 per significant digit beyond the first, at most 0.6. Two
 * years sharing "5.05%" (3 digits, 0.3) is unlikely to be a coincidence; sharing "4%" (1 digit, 0) is
 * likely one, and ranks or multiples ("第1位" two years running) are expected, so those score 0 and are
 * not listed. A 3-digit mis-dating thus ranks like a 6% conflict.</li>
 * </ul>
 * Ties are broken by the number of documents involved (more documents, more readers misled), then by
 * subject, indicator and year, so the order is stable.
 */
public final class Severity {

    /** Relative difference at which a conflict reaches severity 1. */
    public static final double CONFLICT_SATURATION = 0.20;
    /** Severity per significant digit beyond the first, for a suspected mis-dating. */
    public static final double MISDATING_PER_DIGIT = 0.15;
    public static final double MISDATING_MAX = 0.6;

    private Severity() {
    }

    public static double conflict(double relativeDifference) {
        return round(Math.min(1, relativeDifference / CONFLICT_SATURATION));
    }

    public static double misdating(int significantDigits, Measure measure) {
        if (measure == Measure.RANK || measure == Measure.MULTIPLE) {
            return 0;
        }
        return round(Math.min(MISDATING_MAX, MISDATING_PER_DIGIT * Math.max(0, significantDigits - 1)));
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
