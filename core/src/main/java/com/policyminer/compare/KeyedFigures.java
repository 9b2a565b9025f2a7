package com.policyminer.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures keyed by what they measure (canonical subject, indicator, normalized unit): the costly
 * part of a comparison (a gazetteer lookup and an indicator resolution per figure), done once for a
 * corpus and reused by every comparison and conflict search over it. Each figure is kept as a
 * {@link FigureRow} (no text); a corpus's table ({@link FigureComparator#keyedTable}) keeps only keys that two
 * documents share (no other can form a group) and reads the figures it shows through its loader.
 */
public final class KeyedFigures {
    final Map<FigureKey, List<FigureRow>> byKey;
    private final int figures;
    final FigureLoader loader;

    KeyedFigures(Map<FigureKey, List<FigureRow>> byKey, int figures, FigureLoader loader) {
        this.byKey = byKey;
        this.figures = figures;
        this.loader = loader;
    }

    /** The figures keyed. */
    public int figures() {
        return figures;
    }

    /** The figures kept: those whose key two documents share (all keyed ones when keyed from a list). */
    public int kept() {
        return byKey.values().stream().mapToInt(List::size).sum();
    }

    /** The keys kept. */
    public int keys() {
        return byKey.size();
    }

    /** The same table, of the figures of these documents only. */
    public KeyedFigures only(Set<String> docs) {
        Map<FigureKey, List<FigureRow>> in = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<FigureKey, List<FigureRow>> e : byKey.entrySet()) {
            List<FigureRow> rows = e.getValue().stream().filter(r -> docs.contains(r.docId())).toList();
            if (!rows.isEmpty()) {
                in.put(e.getKey(), rows);
                n += rows.size();
            }
        }
        return new KeyedFigures(in, n, loader);
    }
}
