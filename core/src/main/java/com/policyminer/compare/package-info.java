/**
 * Cross-report comparison and co-occurrence, pure functions over extracted mentions.
 *
 * <ul>
 * <li>{@link com.policyminer.compare.IndicatorConcepts} resolves an indicator phrase (研发强度, R&amp;D经费投入强度 …)
 * and the figure's unit to a concept of {@code indicators.tsv} and a {@link com.policyminer.compare.Measure}.</li>
 * <li>{@link com.policyminer.compare.FigureComparator} groups figures by canonical subject, indicator and
 * normalized unit across documents and gives each pair a {@link com.policyminer.compare.Verdict}
 * (tolerance: {@link com.policyminer.compare.ValueInterval}); {@code conflicts} ranks the conflicts and
 * suspected mis-datings by {@link com.policyminer.compare.Severity}.</li>
 * <li>{@link com.policyminer.compare.Cooccurrence} counts regions, policies and organizations named in the
 * same sentence or paragraph and lists an entity's strongest partners with example passages.</li>
 * <li>{@link com.policyminer.compare.ComparisonTables} prints the same result records as plain text for the CLI.</li>
 * </ul>
 */
package com.policyminer.compare;
