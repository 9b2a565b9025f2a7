package com.policyminer.compare;

import com.policyminer.model.Figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the issue pairs of comparison groups into {@link Conflict}s: one per group and year for
 * conflicts, one per group and pair of years for mis-datings; sorted by {@link Severity}.
 */
final class ConflictFinder {

    private ConflictFinder() {
    }

    /**
     * A comparison group and its pairs at issue, gathered by conflict; {@code figures} reads the group's figures
     * again when a conflict is shown (the list of conflicts does not hold every group's figures).
     */
    record GroupIssues(ComparisonGroup group, List<IssueBucket> buckets, java.util.function.Supplier<FigureList> figures) {
    }

    /**
     * The pairs at issue of one conflict of a group, gathered as they are judged instead of kept: one per verdict
     * and period for conflicts and changes between versions, per verdict and pair of periods for mis-datings. It
     * keeps the figures at issue, the largest difference, and the significant digits the severity reads (for a
     * conflict the fewest of any pair's, for a mis-dating the most), as the pairs themselves would give them.
     */
    static final class IssueBucket {

        /** In the order pairs are listed: the more serious verdict first, then by their first pair's figures. */
        static final Comparator<IssueBucket> LISTED = Comparator.comparing((IssueBucket b) -> b.verdict).reversed()
                .thenComparingInt(b -> b.firstA).thenComparingInt(b -> b.firstB);

        private final Verdict verdict;
        private final int firstA;
        private final int firstB;
        private final java.util.BitSet figures;
        private double diff;
        private int digits = Integer.MAX_VALUE;

        IssueBucket(Verdict verdict, int firstA, int firstB, int groupSize) {
            this.verdict = verdict;
            this.firstA = firstA;
            this.firstB = firstB;
            this.figures = new java.util.BitSet(); // grows to its highest figure: a large group has many buckets of few figures
        }

        /** A bucket whose pairs were not added one by one: its figures, largest difference and digits as they would give them. */
        IssueBucket(Verdict verdict, int firstA, int firstB, java.util.BitSet figures, double diff, int digits) {
            this.verdict = verdict;
            this.firstA = firstA;
            this.firstB = firstB;
            this.figures = java.util.BitSet.valueOf(figures.toLongArray()); // as long as its highest figure needs
            this.diff = diff;
            this.digits = digits;
        }

        /** What the bucket holds, for comparing two ways of making it (tests). */
        @Override
        public String toString() {
            return verdict.code() + " first " + firstA + "," + firstB + " figures " + figures + " diff " + diff + " digits " + digits;
        }

        void add(PairVerdict p, int digitsA, int digitsB) {
            figures.set(p.a());
            figures.set(p.b());
            diff = Math.max(diff, p.relativeDifference());
            int pairDigits = Math.min(digitsA, digitsB);
            digits = verdict == Verdict.CONFLICT ? Math.min(digits, pairDigits)
                    : digits == Integer.MAX_VALUE ? pairDigits : Math.max(digits, pairDigits);
        }
    }

    /**
     * The conflicts of these groups, most serious first, each listing its first {@code figuresShown} figures
     * (read when the conflict is first asked for).
     */
    static ConflictList find(List<GroupIssues> groups, int figuresShown) {
        List<ConflictList.Entry> out = new ArrayList<>();
        for (GroupIssues gi : groups) {
            for (IssueBucket b : gi.buckets()) {
                ConflictList.Entry c = entry(gi, b);
                if (c.severity() > 0) {
                    out.add(c);
                }
            }
        }
        out.sort(MOST_SERIOUS_FIRST);
        return new ConflictList(out, figuresShown);
    }

    private static final Comparator<ConflictList.Entry> MOST_SERIOUS_FIRST = Comparator
            .comparingDouble(ConflictList.Entry::severity).reversed()
            .thenComparing(Comparator.comparingInt(ConflictList.Entry::documents).reversed())
            .thenComparing(ConflictList.Entry::subject)
            .thenComparing(ConflictList.Entry::indicatorId)
            .thenComparing(c -> String.join(",", c.periods()));

    private static ConflictList.Entry entry(GroupIssues gi, IssueBucket b) {
        ComparisonGroup g = gi.group();
        FigureList all = (FigureList) g.figures();
        List<FigureRow> rows = b.figures.stream().mapToObj(all::row).toList();
        List<String> periods = rows.stream().map(r -> FigureComparator.period(r.yearOrNull(), r.yearEndOrNull())).distinct().toList();
        int documents = (int) rows.stream().map(FigureRow::docId).distinct().count();
        double severity = b.verdict == Verdict.CONFLICT || b.verdict == Verdict.CHANGED_BETWEEN_VERSIONS ? Severity.conflict(b.diff)
                : Severity.misdating(b.digits, measureOf(g.indicatorId()));
        return new ConflictList.Entry(b.verdict, severity, g.subject(), g.indicatorId(), g.indicatorName(), g.normalizedUnit(),
                periods, b.diff, b.digits, documents, b.figures.stream().toArray(), gi.figures());
    }

    /** The conflict of {@code e} listing its figures from {@code offset} on, at most {@code limit}, each read. */
    static Conflict conflict(ConflictList.Entry e, int offset, int limit) {
        FigureList all = e.groupFigures().get();
        List<Figure> figures = java.util.Arrays.stream(e.figures()).skip(Math.max(0, offset)).limit(Math.max(0, limit)).mapToObj(all::get).toList();
        int count = e.figures().length;
        String reason = reason(e.verdict(), e.subject() + " " + e.indicatorName(), figures, e.periods(), e.relativeDifference());
        if (figures.size() < count) {
            reason += String.format(" (%d of %d figures listed)", figures.size(), count);
        }
        return new Conflict(e.verdict(), e.severity(), e.subject(), e.indicatorId(), e.indicatorName(), e.normalizedUnit(),
                e.periods(), e.relativeDifference(), e.significantDigits(), e.documents(), count, Math.max(0, offset), figures, reason);
    }

    private static Measure measureOf(String indicatorId) {
        int dot = indicatorId.lastIndexOf('.');
        String code = dot < 0 ? "level" : indicatorId.substring(dot + 1);
        for (Measure m : Measure.values()) {
            if (m.code().equals(code)) {
                return m;
            }
        }
        return Measure.LEVEL;
    }

    private static String reason(Verdict verdict, String what, List<Figure> figures, List<String> periods, double diff) {
        if (verdict == Verdict.CHANGED_BETWEEN_VERSIONS) {
            return String.format("%s %s: changed between versions of one report: %s (%s) differ by %.1f%%", what, periods.get(0),
                    String.join(" vs ", figures.stream().map(Figure::surface).distinct().toList()),
                    documents(new LinkedHashSet<>(figures.stream().map(Figure::docId).toList())), diff * 100);
        }
        if (verdict == Verdict.CONFLICT) {
            Map<String, Set<String>> docsByValue = new LinkedHashMap<>();
            figures.forEach(f -> docsByValue.computeIfAbsent(f.surface(), k -> new LinkedHashSet<>()).add(f.docId()));
            StringBuilder values = new StringBuilder();
            docsByValue.forEach((v, docs) -> values.append(values.length() == 0 ? "" : " vs ")
                    .append(v).append(" (").append(documents(docs)).append(')'));
            return String.format("%s %s: %s differ by %.1f%%", what, periods.get(0), values, diff * 100);
        }
        return String.format("%s: %s given for both %s: possibly mis-dated", what, figures.isEmpty() ? "" : figures.get(0).surface(),
                String.join(" and ", periods));
    }

    /** Up to three document ids, then how many more. */
    private static String documents(Set<String> docs) {
        String shown = String.join(", ", docs.stream().limit(3).toList());
        return docs.size() <= 3 ? shown : shown + " and " + (docs.size() - 3) + " more";
    }
}
