package com.policyminer.compare;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * Conflicts, most serious first, each made when first asked for: what a conflict is (its figures as numbers in
 * its group, its periods, difference, severity) is kept for all; its figures are read and its reason written
 * only for those shown, listing its first {@code figuresShown} figures ({@link #get}), or any window of them
 * ({@link #get(int, int, int)}). A whole corpus has tens of thousands of conflicts, some with thousands of
 * figures at issue. Unmodifiable; thread-safe.
 */
public final class ConflictList extends AbstractList<Conflict> implements RandomAccess {

    /**
     * One conflict before its figures are read; {@code figures}: its figures' numbers in its group, ascending (a
     * corpus of 100,000 reports has some 300,000 conflicts, many in groups of thousands of figures: a bit set each
     * as long as its group was 122 MB).
     */
    record Entry(Verdict verdict, double severity, String subject, String indicatorId, String indicatorName,
                 String normalizedUnit, List<String> periods, double relativeDifference, int significantDigits,
                 int documents, int[] figures, Supplier<FigureList> groupFigures) {
    }

    private final List<Entry> entries;
    private final int figuresShown;
    private final Conflict[] made;

    ConflictList(List<Entry> entries, int figuresShown) {
        this.entries = List.copyOf(entries);
        this.figuresShown = figuresShown;
        this.made = new Conflict[entries.size()];
    }

    /** Conflict {@code index} with its first figures (as many as this list shows), read once. */
    @Override
    public Conflict get(int index) {
        Conflict c = made[index];
        if (c == null) {
            c = ConflictFinder.conflict(entries.get(index), 0, figuresShown);
            made[index] = c; // a race makes the same conflict twice, harmlessly
        }
        return c;
    }

    /** Conflict {@code index} listing its figures from {@code figureOffset} on, at most {@code figures}. */
    public Conflict get(int index, int figureOffset, int figures) {
        return figureOffset == 0 && figures == figuresShown ? get(index) : ConflictFinder.conflict(entries.get(index), figureOffset, figures);
    }

    /** How many figures a conflict lists when not asked otherwise. */
    public int figuresShown() {
        return figuresShown;
    }

    @Override
    public int size() {
        return entries.size();
    }
}
