package com.policyminer.extract.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names one policy goes by, for search: a strategy's or programme's canonical name and its
 * aliases (中部崛起 = 中部地区崛起 = 促进中部地区崛起, 双碳 = 碳达峰碳中和, from strategies.tsv and
 * programmes.tsv) and a title as the extractor stores it (《…》 and quotes dropped, brackets and
 * full-width letters folded, see {@link TitleNormalizer}), which is the name under which a report's
 * back-references (以下简称《方案》) and other citation forms of the title are recorded.
 */
public final class PolicyNames {

    private final Map<String, String> canonicalBySurface;
    private final Map<String, List<String>> surfacesByCanonical;

    private PolicyNames(Map<String, String> canonicalBySurface) {
        this.canonicalBySurface = Map.copyOf(canonicalBySurface);
        Map<String, List<String>> by = new TreeMap<>();
        canonicalBySurface.forEach((surface, canonical) -> by.computeIfAbsent(canonical, k -> new ArrayList<>()).add(surface));
        by.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(String::length).thenComparing(s -> s)));
        by.replaceAll((k, v) -> List.copyOf(v));
        this.surfacesByCanonical = Map.copyOf(by);
    }

    /** The names of the bundled strategy and programme tables. */
    public static PolicyNames standard() {
        Map<String, String> map = new TreeMap<>();
        Strategies.standard().namesBySurface().forEach((surface, canonical) -> map.put(TitleNormalizer.normalize(surface), canonical));
        return new PolicyNames(map);
    }

    /**
     * The name a report's policy facet records for what {@code phrase} names: a strategy's canonical name
     * for any of its aliases, otherwise the phrase as a normalized title ("" for a phrase without one).
     */
    public String recordedName(String phrase) {
        String normalized = TitleNormalizer.normalize(phrase.strip());
        return canonicalBySurface.getOrDefault(normalized, normalized);
    }

    /** The other names of the strategy or programme {@code phrase} names (empty when it names none). */
    public List<String> otherNames(String phrase) {
        String normalized = TitleNormalizer.normalize(phrase.strip());
        String canonical = canonicalBySurface.get(normalized);
        if (canonical == null) {
            return List.of();
        }
        return surfacesByCanonical.getOrDefault(canonical, List.of()).stream().filter(s -> !s.equals(normalized)).toList();
    }
}
