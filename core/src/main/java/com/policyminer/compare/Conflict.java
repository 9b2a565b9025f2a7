package com.policyminer.compare;

import com.policyminer.model.Figure;

import java.util.List;

/**
 * A conflict or a suspected mis-dating between documents, as listed by {@link FigureComparator#conflicts}
 * and {@code GET /api/conflicts}. One conflict per group and year (all the figures for that year), one
 * mis-dating per group and pair of years.
 *
 * @param verdict            conflict or same-value-different-year
 * @param severity           0..1, see {@link Severity}
 * @param subject            canonical subject
 * @param indicatorId        resolved indicator id
 * @param indicatorName      display name
 * @param normalizedUnit     common normalized unit
 * @param periods            the year (conflict) or the two years (mis-dating), as "2020" or "2013–2019"
 * @param relativeDifference largest |a − b| / max(|a|, |b|) between disagreeing figures (conflict), or
 *                           between the equal figures (mis-dating, about 0)
 * @param significantDigits  fewest significant digits among the figures (how unlikely a coincidence is)
 * @param documents          number of distinct documents involved
 * @param figureCount        number of figures involved
 * @param figureOffset       how many of them come before those listed (in their order)
 * @param figures            the figures involved, by year, document and offset: all of them, or those from
 *                           {@code figureOffset} on, as many as asked for ({@link ConflictList})
 * @param reason             one line for people: what disagrees with what (of the figures listed)
 */
public record Conflict(Verdict verdict, double severity, String subject, String indicatorId, String indicatorName,
                       String normalizedUnit, List<String> periods, double relativeDifference, int significantDigits,
                       int documents, int figureCount, int figureOffset, List<Figure> figures, String reason) {

    public Conflict {
        if (!verdict.isIssue()) {
            throw new IllegalArgumentException("not an issue: " + verdict);
        }
        periods = List.copyOf(periods);
        figures = List.copyOf(figures);
    }
}
