package com.policyminer.compare;

/**
 * The verdict on two figures of a group from different documents.
 *
 * @param a                  index of the first figure in {@link ComparisonGroup#figures()}
 * @param b                  index of the second figure (a &lt; b)
 * @param verdict            agree, conflict, same-value-different-year, timeline or undated
 * @param relativeDifference |a − b| / max(|a|, |b|) of the normalized values, rounded to 4 decimals
 */
public record PairVerdict(int a, int b, Verdict verdict, double relativeDifference) {

    public PairVerdict {
        if (a < 0 || b <= a) {
            throw new IllegalArgumentException("bad pair " + a + "," + b);
        }
    }
}
