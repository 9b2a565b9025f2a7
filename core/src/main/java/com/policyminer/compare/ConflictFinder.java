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

    private static final Comparator<Conflict> MOST_SERIOUS_FIRST = Comparator
            .comparingDouble(Conflict::severity).reversed()
            .thenComparing(Comparator.comparingInt(Conflict::documents).reversed())
            .thenComparing(Conflict::subject)
            .thenComparing(Conflict::indicatorId)
            .thenComparing(c -> String.join(",", c.periods()));

    private ConflictFinder() {
    }

    static List<Conflict> find(List<ComparisonGroup> groups) {
        List<Conflict> out = new ArrayList<>();
        for (ComparisonGroup g : groups) {
            Map<List<Object>, List<PairVerdict>> buckets = new LinkedHashMap<>();
            for (PairVerdict p : g.pairs()) {
                if (p.verdict().isIssue()) {
                    buckets.computeIfAbsent(bucket(g, p), k -> new ArrayList<>()).add(p);
                }
            }
            buckets.values().forEach(pairs -> {
                Conflict c = conflict(g, pairs);
                if (c.severity() > 0) {
                    out.add(c);
                }
            });
        }
        out.sort(MOST_SERIOUS_FIRST);
        return out;
    }

    private static List<Object> bucket(ComparisonGroup g, PairVerdict p) {
        String pa = FigureComparator.period(g.figures().get(p.a()));
        String pb = FigureComparator.period(g.figures().get(p.b()));
        return p.verdict() == Verdict.CONFLICT || p.verdict() == Verdict.CHANGED_BETWEEN_VERSIONS
                ? List.of(p.verdict(), pa) : List.of(p.verdict(), pa, pb);
    }

    private static Conflict conflict(ComparisonGroup g, List<PairVerdict> pairs) {
        Verdict verdict = pairs.get(0).verdict();
        Set<Integer> indices = new LinkedHashSet<>();
        double diff = 0;
        int digits = Integer.MAX_VALUE;
        for (PairVerdict p : pairs) {
            indices.add(p.a());
            indices.add(p.b());
            diff = Math.max(diff, p.relativeDifference());
            int pairDigits = Math.min(digitsOf(g, p.a()), digitsOf(g, p.b()));
            digits = verdict == Verdict.CONFLICT ? Math.min(digits, pairDigits)
                    : digits == Integer.MAX_VALUE ? pairDigits : Math.max(digits, pairDigits);
        }
        List<Figure> figures = indices.stream().sorted().map(g.figures()::get).toList();
        List<String> periods = figures.stream().map(FigureComparator::period).distinct().toList();
        int documents = (int) figures.stream().map(Figure::docId).distinct().count();
        double severity = verdict == Verdict.CONFLICT || verdict == Verdict.CHANGED_BETWEEN_VERSIONS ? Severity.conflict(diff)
                : Severity.misdating(digits, measureOf(g.indicatorId()));
        return new Conflict(verdict, severity, g.subject(), g.indicatorId(), g.indicatorName(), g.normalizedUnit(),
                periods, diff, digits, documents, figures, reason(verdict, g, figures, periods, diff));
    }

    private static int digitsOf(ComparisonGroup g, int index) {
        return ValueInterval.of(g.figures().get(index)).significantDigits();
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

    private static String reason(Verdict verdict, ComparisonGroup g, List<Figure> figures, List<String> periods,
                                 double diff) {
        String what = g.subject() + " " + g.indicatorName();
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
        return String.format("%s: %s given for both %s: possibly mis-dated", what, figures.get(0).surface(),
                String.join(" and ", periods));
    }

    /** Up to three document ids, then how many more. */
    private static String documents(Set<String> docs) {
        String shown = String.join(", ", docs.stream().limit(3).toList());
        return docs.size() <= 3 ? shown : shown + " and " + (docs.size() - 3) + " more";
    }
}
