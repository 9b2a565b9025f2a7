package com.policyminer.app;

import com.policyminer.compare.IndicatorConcept;
import com.policyminer.compare.IndicatorConcepts;
import com.policyminer.extract.region.Gazetteer;
import com.policyminer.extract.region.Region;
import com.policyminer.search.QueryExpander;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Query alternatives from the project's own data: an indicator phrase → the synonyms of its concepts
 * ({@code indicators.tsv}, as the comparison reads them: 研发投入强度 → R&D经费投入强度, 研发强度 …); a
 * region → its canonical name and aliases (长三角 → 长江三角洲 …); a compound of abbreviations → its
 * members (苏浙皖 → 江苏, 浙江, 安徽); with sub-regions, the places below a region or the members of a
 * macro-region. Alternatives that contain the phrase itself, or another alternative, are left out: they
 * can only match where that one does.
 */
final class ConceptExpander implements QueryExpander {

    private final Supplier<Gazetteer> gazetteers;
    private final IndicatorConcepts concepts;

    ConceptExpander(Supplier<Gazetteer> gazetteers, IndicatorConcepts concepts) {
        this.gazetteers = gazetteers;
        this.concepts = concepts;
    }

    @Override
    public List<String> alternatives(String phrase, boolean subRegions) {
        String key = IndicatorConcepts.normalize(phrase);
        if (key.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Set<String> ids = concepts.conceptIdsNamed(phrase);
        for (IndicatorConcept c : concepts.concepts()) {
            if (ids.contains(c.id()) && !c.id().equalsIgnoreCase(phrase.strip())) {
                out.add(c.name());
                out.addAll(c.synonyms());
            }
        }
        Gazetteer gazetteer = gazetteers.get();
        List<String> members = gazetteer.compoundMembers(phrase.strip());
        if (!members.isEmpty()) {
            members.forEach(m -> addRegion(gazetteer, gazetteer.lookup(m), out));
        } else {
            Optional<Region> region = gazetteer.lookup(phrase.strip());
            addRegion(gazetteer, region, out);
            if (subRegions && region.isPresent()) {
                gazetteer.descendantsAndSelf(region.get().name()).forEach(r -> out.add(r.name()));
            }
        }
        List<String> kept = out.stream().filter(a -> !IndicatorConcepts.normalize(a).contains(key)).toList();
        // 江苏省 adds nothing beside 江苏: its phrase only matches where 江苏's does
        return kept.stream().filter(a -> kept.stream().noneMatch(b -> !b.equals(a)
                && IndicatorConcepts.normalize(a).contains(IndicatorConcepts.normalize(b)))).toList();
    }

    /** A region's names: the shortest alias first (江苏 for 江苏省: its phrase also matches 江苏省). */
    private static void addRegion(Gazetteer gazetteer, Optional<Region> region, Set<String> out) {
        region.ifPresent(r -> {
            r.aliases().stream().sorted(java.util.Comparator.comparingInt(String::length)).forEach(out::add);
            out.add(r.name());
        });
    }
}
