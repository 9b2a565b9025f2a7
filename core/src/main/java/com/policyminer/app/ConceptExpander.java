package com.policyminer.app;

import com.policyminer.compare.IndicatorConcept;
import com.policyminer.compare.IndicatorConcepts;
import com.policyminer.extract.policy.PolicyNames;
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
 * macro-region; a strategy → its other names (中部崛起 → 中部地区崛起), and any phrase → the policy name
 * reports record for it (see {@link PolicyNames}). Alternatives that contain the phrase itself, or another alternative, are left out: they
 * can only match where that one does.
 */
final class ConceptExpander implements QueryExpander {

    private final Supplier<Gazetteer> gazetteers;
    private final IndicatorConcepts concepts;
    private final PolicyNames policyNames;

    ConceptExpander(Supplier<Gazetteer> gazetteers, IndicatorConcepts concepts, PolicyNames policyNames) {
        this.gazetteers = gazetteers;
        this.concepts = concepts;
        this.policyNames = policyNames;
    }

    @Override
    public Alternatives alternatives(String phrase, boolean subRegions) {
        String key = IndicatorConcepts.normalize(phrase);
        if (key.isEmpty()) {
            return Alternatives.NONE;
        }
        Set<String> equivalent = new LinkedHashSet<>();
        Set<String> partial = new LinkedHashSet<>();
        Set<String> ids = concepts.conceptIdsNamed(phrase);
        for (IndicatorConcept c : concepts.concepts()) {
            if (ids.contains(c.id()) && !c.id().equalsIgnoreCase(phrase.strip())) {
                equivalent.add(c.name());
                equivalent.addAll(c.synonyms());
            }
        }
        equivalent.addAll(policyNames.otherNames(phrase));
        Gazetteer gazetteer = gazetteers.get();
        List<String> members = gazetteer.compoundMembers(phrase.strip());
        String place = "";
        if (!members.isEmpty()) {
            members.forEach(m -> addRegion(gazetteer.lookup(m), partial));
        } else {
            Optional<Region> region = gazetteer.lookup(phrase.strip());
            place = region.map(Region::name).orElse("");
            addRegion(region, equivalent);
            if (subRegions && region.isPresent()) {
                gazetteer.descendantsAndSelf(region.get().name()).forEach(r -> partial.add(r.name()));
            }
        }
        List<String> eq = prune(equivalent, key, List.of());
        String policy = policyNames.recordedName(phrase);
        return new Alternatives(eq, prune(partial, key, eq), policy.isEmpty() ? List.of() : List.of(policy), place);
    }

    /**
     * Without those containing the phrase, or another alternative (here or in {@code before}): they can only
     * match where that one does (江苏省 adds nothing beside 江苏).
     */
    private static List<String> prune(Set<String> alternatives, String key, List<String> before) {
        List<String> kept = alternatives.stream().filter(a -> !IndicatorConcepts.normalize(a).contains(key))
                .filter(a -> !before.contains(a)).toList();
        List<String> all = new java.util.ArrayList<>(before);
        all.addAll(kept);
        return kept.stream().filter(a -> all.stream().noneMatch(b -> !b.equals(a)
                && IndicatorConcepts.normalize(a).contains(IndicatorConcepts.normalize(b)))).toList();
    }

    /** A region's names: the shortest alias first (江苏 for 江苏省: its phrase also matches 江苏省). */
    private static void addRegion(Optional<Region> region, Set<String> out) {
        region.ifPresent(r -> {
            r.aliases().stream().sorted(java.util.Comparator.comparingInt(String::length)).forEach(out::add);
            out.add(r.name());
        });
    }
}
