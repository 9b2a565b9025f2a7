package com.policyminer.extract.figures;

import com.policyminer.model.Figure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Precision, recall, subject and year accuracy of extracted figures against gold rows; counts add up. */
public final class Score {

    private int predicted;
    private int matchedPredicted;
    private final Map<String, int[]> goldBySource = new TreeMap<>(); // source -> {gold, matched}
    private int subjectRight;
    private int yearRight;
    private int indicatorRight;
    private int matched;
    final List<String> wrongNormalization = new ArrayList<>();
    final List<String> misses = new ArrayList<>();
    final List<String> spurious = new ArrayList<>();
    final List<String> wrongSubject = new ArrayList<>();
    final List<String> wrongYear = new ArrayList<>();
    final List<String> wrongIndicator = new ArrayList<>();

    public void add(String seed, List<GoldFigure> gold, List<Figure> figures) {
        predicted += figures.size();
        Set<Figure> used = new HashSet<>();
        for (GoldFigure g : gold) {
            int[] counts = goldBySource.computeIfAbsent(g.source(), k -> new int[2]);
            counts[0]++;
            Figure hit = figures.stream().filter(f -> !used.contains(f) && g.overlaps(f.start(), f.end())
                    && GoldFigure.sameNumber(f.value(), g.value())).findFirst().orElse(null);
            if (hit == null) {
                misses.add(seed + " " + g.start() + " " + g.surface());
                continue;
            }
            used.add(hit);
            counts[1]++;
            matched++;
            String where = seed + " " + g.start() + " " + g.surface();
            if (!GoldFigure.sameNumber(hit.normalizedValue(), g.normalizedValue()) || !hit.normalizedUnit().equals(g.normalizedUnit())) {
                wrongNormalization.add(where + " gold " + g.normalizedValue() + " " + g.normalizedUnit()
                        + " got " + hit.normalizedValue() + " " + hit.normalizedUnit());
            }
            if (g.subjectMatches(hit.subject())) {
                subjectRight++;
            } else {
                wrongSubject.add(where + " gold '" + g.subject() + "' got '" + hit.subject() + "'");
            }
            if (Objects.equals(g.year(), hit.year())) {
                yearRight++;
            } else {
                wrongYear.add(where + " gold " + g.year() + " got " + hit.year());
            }
            if (g.indicator().equals(hit.indicator())) {
                indicatorRight++;
            } else {
                wrongIndicator.add(where + " gold '" + g.indicator() + "' got '" + hit.indicator() + "'");
            }
        }
        matchedPredicted += used.size();
        figures.stream().filter(f -> !used.contains(f)).forEach(f -> spurious.add(seed + " " + f.start() + " " + f.surface()));
    }

    public double precision() {
        return predicted == 0 ? 1 : (double) matchedPredicted / predicted;
    }

    public double recall(String source) {
        int[] c = goldBySource.getOrDefault(source, new int[2]);
        return c[0] == 0 ? 1 : (double) c[1] / c[0];
    }

    public double subjectAccuracy() {
        return matched == 0 ? 1 : (double) subjectRight / matched;
    }

    public double yearAccuracy() {
        return matched == 0 ? 1 : (double) yearRight / matched;
    }

    /** Share of matched figures whose indicator equals the gold one exactly. */
    public double indicatorAccuracy() {
        return matched == 0 ? 1 : (double) indicatorRight / matched;
    }

    /** Recall over all gold rows, text and tables. */
    public double recall() {
        int gold = goldBySource.values().stream().mapToInt(c -> c[0]).sum();
        int found = goldBySource.values().stream().mapToInt(c -> c[1]).sum();
        return gold == 0 ? 1 : (double) found / gold;
    }

    /** Share of matched figures whose normalized value and unit are right. */
    public double normalizationAccuracy() {
        return matched == 0 ? 1 : 1 - (double) wrongNormalization.size() / matched;
    }

    public String report() {
        StringBuilder b = new StringBuilder("figures gold: ");
        b.append(String.format("predicted %d, matched %d, precision %.3f%n", predicted, matchedPredicted, precision()));
        goldBySource.forEach((k, c) -> b.append(String.format("  %s: gold %d, found %d, recall %.3f%n", k, c[0], c[1], recall(k))));
        b.append(String.format("  subject %.3f, year %.3f, normalized value %.3f, indicator %.3f (of %d matched)%n",
                subjectAccuracy(), yearAccuracy(), normalizationAccuracy(), indicatorAccuracy(), matched));
        section(b, "missed", misses);
        section(b, "spurious", spurious);
        section(b, "wrong subject", wrongSubject);
        section(b, "wrong year", wrongYear);
        section(b, "wrong normalization", wrongNormalization);
        section(b, "wrong indicator", wrongIndicator);
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            b.append("  ").append(title).append(" (").append(lines.size()).append("):\n");
            lines.forEach(l -> b.append("    ").append(l).append('\n'));
        }
    }
}
