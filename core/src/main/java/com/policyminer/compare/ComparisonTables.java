package com.policyminer.compare;

import com.policyminer.compare.CooccurrenceMatrix.Cell;
import com.policyminer.compare.Partners.Example;
import com.policyminer.compare.Partners.Partner;
import com.policyminer.model.Figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Plain-text renderings of the compare results for the CLI ({@code compare}, {@code conflicts}, and the
 * co-occurrence views). They print the same records the API serializes, nothing more and nothing less,
 * except that sentences are clipped to {@link #SENTENCE_WIDTH} terminal columns.
 */
public final class ComparisonTables {

    public static final int SENTENCE_WIDTH = 60;
    /** Pair verdict lines printed per group; the rest are counted. */
    public static final int MAX_PAIR_LINES = 20;

    private ComparisonTables() {
    }

    /** {@code compare} with documents shown by id. */
    public static String formatComparison(List<ComparisonGroup> groups) {
        return formatComparison(groups, Function.identity());
    }

    /**
     * {@code compare}: one block per group, its figures as a table, then its pair verdicts. A pair's Δ is the
     * relative change, and for shares and rates also the difference in percentage points.
     *
     * @param docName a document's name for people (title and file name) by its id
     */
    public static String formatComparison(List<ComparisonGroup> groups, Function<String, String> docName) {
        if (groups.isEmpty()) {
            return "No figures to compare: no subject and indicator is reported by two documents.\n";
        }
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (ComparisonGroup g : groups) {
            out.append(String.format("%d. %s · %s  [%s, %s]  %s  (%d documents; %s)%n", ++n, g.subject(),
                    g.indicatorName(), g.indicatorId(), g.normalizedUnit(), g.verdict().code(), g.documents(),
                    counts(g)));
            out.append(figures(g.figures(), docName));
            g.pairs().stream().limit(MAX_PAIR_LINES).forEach(p -> out.append(String.format(Locale.ROOT,
                    "     #%d vs #%d: %s (Δ %s)%n", p.a() + 1, p.b() + 1, p.verdict().code(),
                    delta(p.relativeDifference(), g.normalizedUnit(),
                            List.of(g.figures().get(p.a()), g.figures().get(p.b()))))));
            int shown = Math.min(MAX_PAIR_LINES, g.pairs().size());
            if (g.pairCount() > shown) {
                out.append(String.format("     … %d more pairs%n", g.pairCount() - shown));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** {@code conflicts} with documents shown by id. */
    public static String formatConflicts(List<Conflict> conflicts) {
        return formatConflicts(conflicts, Function.identity());
    }

    /**
     * {@code conflicts}: most serious first, each with its reason and evidence, documents named by
     * {@code docName} (in the reason too).
     */
    public static String formatConflicts(List<Conflict> conflicts, Function<String, String> docName) {
        if (conflicts.isEmpty()) {
            return "No conflicts or suspected mis-datings.\n";
        }
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (Conflict c : conflicts) {
            out.append(String.format(Locale.ROOT, "%d. [%.3f] %s  %s · %s  [%s, %s]  %s  Δ %s  %d documents%n", ++n,
                    c.severity(), c.verdict().code(), c.subject(), c.indicatorName(), c.indicatorId(),
                    c.normalizedUnit(), String.join(" / ", c.periods()),
                    delta(c.relativeDifference(), c.normalizedUnit(), c.figures()), c.documents()));
            String reason = c.reason();
            for (String id : c.figures().stream().map(Figure::docId).distinct().toList()) {
                reason = reason.replace(id, docName.apply(id));
            }
            out.append("   ").append(reason).append('\n');
            out.append(figures(c.figures(), docName)).append('\n');
        }
        return out.toString();
    }

    /** A co-occurrence matrix as a list of its cells. */
    public static String formatMatrix(CooccurrenceMatrix m) {
        if (m.cells().isEmpty()) {
            return String.format("No %s and %s share a %s in %d documents.%n", m.a().code(), m.b().code(),
                    m.level().code(), m.documents());
        }
        TextTable t = new TextTable(m.a().code(), m.b().code(), m.level().code() + "s", "documents");
        for (Cell c : m.cells()) {
            t.row(c.a(), c.b(), c.count(), c.documents());
        }
        return String.format("%d pairs in %d documents%n", m.cells().size(), m.documents()) + t.render("");
    }

    /** An entity's partners, each with its first example. */
    public static String formatPartners(Partners p) {
        if (!p.found()) {
            return String.format("No document mentions %s %s.%n", p.type().code(), p.entity());
        }
        StringBuilder out = new StringBuilder(String.format("%s (%s): %d sentences, %d paragraphs, %d documents%n",
                p.entity(), p.type().code(), p.sentences(), p.paragraphs(), p.documents()));
        TextTable t = new TextTable("#", "partner", "type", "sentences", "paragraphs", "documents", "example");
        int n = 0;
        for (Partner x : p.partners()) {
            Example e = x.examples().isEmpty() ? null : x.examples().get(0);
            t.row(++n, x.name(), x.type().code(), x.sentences(), x.paragraphs(), x.documents(),
                    e == null ? "" : e.docId() + " " + e.start() + ".." + e.end() + " " + TextTable.clip(e.text(), SENTENCE_WIDTH));
        }
        return out.append(t.render("")).toString();
    }

    private static String figures(List<Figure> figures, Function<String, String> docName) {
        TextTable t = new TextTable("#", "year", "figure", "normalized", "as written", "document", "sentence");
        int i = 0;
        for (Figure f : figures) {
            String period = FigureComparator.period(f);
            t.row("#" + ++i, period.isEmpty() ? "-" : period, f.surface(), normalized(f), f.subject() + " " + f.indicator(),
                    docName.apply(f.docId()) + " @" + f.start(), TextTable.clip(f.sentence(), SENTENCE_WIDTH));
        }
        return t.render("   ");
    }

    private static String counts(ComparisonGroup g) {
        StringBuilder s = new StringBuilder();
        g.verdictCounts().forEach((v, n) -> s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(v));
        return s.toString();
    }

    /** The normalized value for people: 5.05% for ratio 0.0505, 506.06亿 CNY for 5.0606e10. */
    static String normalized(Figure f) {
        double v = f.normalizedValue();
        String unit = f.normalizedUnit();
        if (UnitClasses.RATIO.equals(unit)) {
            return plain(v * 100) + "%";
        }
        if (UnitClasses.MONEY.equals(UnitClasses.of(unit)) && Math.abs(v) >= 1e8) {
            return plain(v / 1e8) + "亿 " + unit;
        }
        if (UnitClasses.MONEY.equals(UnitClasses.of(unit)) && Math.abs(v) >= 1e4) {
            return plain(v / 1e4) + "万 " + unit;
        }
        return plain(v) + " " + unit;
    }

    private static String plain(double v) {
        return new BigDecimal(v).round(new MathContext(8)).stripTrailingZeros().toPlainString();
    }

    /**
     * "5.7% relative" — and for a share or rate (normalized unit ratio) the spread of the values in
     * percentage points too ("5.7% relative, 0.3 pp"), so a change of a percentage is never ambiguous.
     */
    static String delta(double relative, String normalizedUnit, List<Figure> figures) {
        String d = percent(relative) + " relative";
        if (UnitClasses.RATIO.equals(normalizedUnit) && !figures.isEmpty()) {
            double lo = figures.stream().mapToDouble(Figure::normalizedValue).min().orElse(0);
            double hi = figures.stream().mapToDouble(Figure::normalizedValue).max().orElse(0);
            d += ", " + plain(Math.round((hi - lo) * 10000) / 100.0) + " pp";
        }
        return d;
    }

    private static String percent(double ratio) {
        return plain(Math.round(ratio * 1000) / 10.0) + "%";
    }
}
