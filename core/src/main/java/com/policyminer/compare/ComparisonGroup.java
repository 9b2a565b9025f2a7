package com.policyminer.compare;

import com.policyminer.model.Figure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures from at least two documents about the same canonical subject, indicator (concept and measure)
 * and normalized unit. Serialized as is by {@code GET /api/compare}.
 *
 * @param subject        canonical subject (西安)
 * @param indicatorId    resolved indicator id (rd_intensity, rd_expenditure.share, or ?phrase when unknown)
 * @param indicatorName  display name (研发投入强度)
 * @param known          false when the indicator phrase matched no concept
 * @param normalizedUnit the figures' common normalized unit (ratio, CNY …)
 * @param verdict        the most serious verdict among the pairs
 * @param verdictCounts  number of pairs per verdict code, most serious first
 * @param documents      number of distinct documents
 * @param sources        number of independent sources among them (the files of one work, and a passage
 *                       reposted in another work, are one source)
 * @param years          distinct years of the figures, ascending
 * @param figures        the figures listed: those from {@code figureOffset} on (all of them, or a window of them:
 *                       {@link #window}), by year (undated last), document and offset
 * @param figureCount    how many figures the group has (the verdicts cover all)
 * @param figureOffset   the number of the first figure listed: {@code figures[k]} is figure {@code figureOffset + k}
 * @param pairCount      number of pairs of figures from different documents
 * @param pairs          their verdicts (figures numbered in the whole group), most serious first, then by figure; at most
 *                       {@link FigureComparator#MAX_PAIRS} (the counts and the overall verdict cover all)
 * @param republished    passages reposted: the same sentence with the same value in several works, one
 *                       source (neither agreeing nor conflicting with itself), by first figure
 */
public record ComparisonGroup(String subject, String indicatorId, String indicatorName, boolean known,
                              String normalizedUnit, Verdict verdict, Map<String, Integer> verdictCounts,
                              int documents, int sources, List<Integer> years, List<Figure> figures, int figureCount,
                              int figureOffset, int pairCount, List<PairVerdict> pairs, List<Republication> republished) {

    /**
     * The same passage in several reports: a sentence stating the figure, reposted.
     *
     * @param figures numbers of the figures stated in it in the whole group (as {@link #pairs()}), in order
     * @param reports number of works (reports) that state it (2 or more; the files of one work count once)
     * @param passage the sentence as the first of them states it
     */
    public record Republication(List<Integer> figures, int reports, String passage) {
        public Republication {
            figures = List.copyOf(figures);
        }
    }

    public ComparisonGroup {
        verdictCounts = Collections.unmodifiableMap(new LinkedHashMap<>(verdictCounts));
        years = List.copyOf(years);
        figures = figures instanceof FigureList ? figures : List.copyOf(figures); // read when shown
        pairs = List.copyOf(pairs);
        republished = republished == null ? List.of() : List.copyOf(republished);
    }

    /** This group with every figure listed read (a figure that cannot be read fails here, not while it is written out). */
    public ComparisonGroup read() {
        return figures instanceof FigureList ? new ComparisonGroup(subject, indicatorId, indicatorName, known, normalizedUnit,
                verdict, verdictCounts, documents, sources, years, List.copyOf(figures), figureCount, figureOffset, pairCount, pairs,
                republished) : this;
    }

    /**
     * This group listing at most {@code limit} of its figures from figure {@code offset} on (of those listed now), each
     * read; the counts, pairs and reposted passages still number the figures in the whole group.
     */
    public ComparisonGroup window(int offset, int limit) {
        int from = Math.min(Math.max(offset, 0), figures.size());
        int to = (int) Math.min(figures.size(), (long) from + Math.max(limit, 0));
        return new ComparisonGroup(subject, indicatorId, indicatorName, known, normalizedUnit, verdict, verdictCounts,
                documents, sources, years, List.copyOf(figures.subList(from, to)), figureCount, figureOffset + from, pairCount,
                pairs, republished);
    }

    /** This group with at most {@code max} pair verdicts listed. */
    public ComparisonGroup limitPairs(int max) {
        return pairs.size() <= max ? this : new ComparisonGroup(subject, indicatorId, indicatorName, known, normalizedUnit,
                verdict, verdictCounts, documents, sources, years, figures, figureCount, figureOffset, pairCount,
                pairs.subList(0, max), republished);
    }
}
