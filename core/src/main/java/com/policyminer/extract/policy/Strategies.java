package com.policyminer.extract.policy;

import com.policyminer.extract.text.SurfaceTrie;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Named national strategies and programmes a text cites without 《》 (一带一路, 京津冀协同发展,
 * 西部大开发 …), from strategies.tsv: each surface form maps to its canonical name.
 */
final class Strategies {

    private final Map<String, String> canonicalBySurface;
    private final Map<String, String> kindByCanonical;
    private final SurfaceTrie surfaces;

    private Strategies(Map<String, String> canonicalBySurface, Map<String, String> kindByCanonical) {
        this.canonicalBySurface = Map.copyOf(canonicalBySurface);
        this.kindByCanonical = Map.copyOf(kindByCanonical);
        this.surfaces = SurfaceTrie.of(canonicalBySurface.keySet());
    }

    static Strategies standard() {
        Map<String, String> map = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        for (String[] row : PolicyData.rows("programmes.tsv")) {
            kinds.put(row[0], row[2].strip());
            map.put(row[0], row[0]);
            map.put("“" + row[0] + "”", row[0]);
            for (String alias : row[1].split("\\|")) {
                if (!alias.isBlank()) {
                    map.put(alias.strip(), row[0]);
                    map.put("“" + alias.strip() + "”", row[0]);
                }
            }
        }
        for (String[] row : PolicyData.rows("strategies.tsv")) {
            boolean aliasesOnly = row.length > 2 && row[2].strip().equals("aliases-only");
            if (!aliasesOnly) {
                map.put(row[0], row[0]);
            }
            if (row.length > 1) {
                for (String alias : row[1].split("\\|")) {
                    if (!alias.isBlank()) {
                        map.put(alias.strip(), row[0]);
                    }
                }
            }
        }
        return new Strategies(map, kinds);
    }

    /** strategy for the national strategies of strategies.tsv; programmes.tsv gives strategy, programme or period. */
    String kindOf(String canonical) {
        return kindByCanonical.getOrDefault(canonical, "strategy");
    }

    /** True for the national strategies of strategies.tsv (rule strategy), false for those of programmes.tsv. */
    boolean isListedStrategy(String canonical) {
        return !kindByCanonical.containsKey(canonical);
    }

    /** The longest strategy name starting at {@code at}: [surface, canonical]. */
    Optional<String[]> longestAt(String text, int at) {
        int len = surfaces.longestAt(text, at, text.length());
        if (len < 2) {
            return Optional.empty();
        }
        String s = text.substring(at, at + len);
        return Optional.of(new String[] {s, canonicalBySurface.get(s)});
    }

    /** The first position at or after {@code from} where a strategy name may start, or the text's length. */
    int nextPossibleStart(String text, int from) {
        return surfaces.nextPossibleStart(text, from);
    }

    /** Each surface form (without the quoted variants) and the canonical name it stands for. */
    Map<String, String> namesBySurface() {
        Map<String, String> out = new HashMap<>();
        canonicalBySurface.forEach((surface, canonical) -> {
            if (!surface.startsWith("“")) {
                out.put(surface, canonical);
            }
        });
        return out;
    }

    java.util.SortedSet<String> surfaceForms() {
        return new java.util.TreeSet<>(canonicalBySurface.keySet());
    }
}
