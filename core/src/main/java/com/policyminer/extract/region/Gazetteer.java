package com.policyminer.extract.region;

import com.policyminer.extract.text.SurfaceTrie;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The places the extractors know: official divisions with codes, macro-regions, national new areas,
 * named zones and foreign places, with the surface forms each is matched by. Immutable; load it
 * once with {@link #standard()}.
 */
public final class Gazetteer {

    private static final List<String> LEVEL_ORDER = List.of("province", "city", "macro-region", "new-area",
            "zone", "district", "foreign-country", "foreign-region", "foreign-city");

    private final List<Region> regions;
    private final Map<String, List<Region>> byName = new HashMap<>();
    private final Map<String, List<Region>> children = new HashMap<>();
    private final Map<String, List<Region>> bySurface = new HashMap<>();
    private final Map<String, List<Region>> neighbourForms = new HashMap<>();
    private final Map<Character, List<String>> notPlacesByFirstChar = new HashMap<>();
    private final BitSet notPlaceFirstChars = new BitSet();
    private final Map<Character, Integer> longestByFirstChar = new HashMap<>();

    private final Compounds compounds;
    private final SurfaceTrie surfaceFormTrie;
    private final SurfaceTrie neighbourFormTrie;

    private Gazetteer(List<Region> regions, Map<String, String> parentKeys, SurfaceRules rules, Compounds compounds) {
        this.regions = List.copyOf(regions);
        this.compounds = compounds;
        for (String w : rules.notPlaces()) {
            notPlacesByFirstChar.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            notPlaceFirstChars.set(w.charAt(0));
        }
        for (Region r : regions) {
            byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
            String parent = parentKeys.get(r.key());
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
            }
            for (String surface : surfacesOf(r)) {
                if (rules.matchable(surface)) {
                    bySurface.computeIfAbsent(surface, k -> new ArrayList<>()).add(r);
                }
            }
            String shortForm = r.level().equals("district") ? ShortForms.ofDistrict(r.name()) : null;
            if (shortForm != null && rules.matchable(shortForm)) {
                neighbourForms.computeIfAbsent(shortForm, k -> new ArrayList<>()).add(r);
            }
            for (String alias : r.aliases()) {
                if (alias.length() >= 2 && !rules.matchable(alias) && !r.level().equals("district")) {
                    neighbourForms.computeIfAbsent(alias, k -> new ArrayList<>()).add(r); // 白银 in 兰州白银
                }
            }
        }
        Comparator<Region> preferred = Comparator.comparingInt(r -> LEVEL_ORDER.indexOf(r.level()));
        bySurface.values().forEach(list -> list.sort(preferred));
        byName.values().forEach(list -> list.sort(preferred));
        for (String surface : bySurface.keySet()) {
            longestByFirstChar.merge(surface.charAt(0), surface.length(), Math::max);
        }
        this.surfaceFormTrie = SurfaceTrie.of(bySurface.keySet());
        this.neighbourFormTrie = SurfaceTrie.of(neighbourForms.keySet());
    }

    private static final class Holder {
        static final Gazetteer STANDARD = GazetteerFactory.build();
    }

    /** The gazetteer built from the bundled resources (loaded once). */
    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    static Gazetteer of(List<Region> regions, Map<String, String> parentKeys, SurfaceRules rules,
                        Compounds compounds) {
        return new Gazetteer(regions, parentKeys, rules, compounds);
    }

    /** Canonical name, short form or alias → the region (the higher level when ambiguous: 吉林 → 吉林省). */
    public Optional<Region> lookup(String nameOrAlias) {
        List<Region> named = byName.get(nameOrAlias);
        if (named != null) {
            return Optional.of(named.get(0));
        }
        return candidates(nameOrAlias).stream().findFirst();
    }

    /** The region(s) with this name (or alias) and everything below them; members for macro-regions. */
    public List<Region> descendantsAndSelf(String canonicalName) {
        List<Region> roots = byName.getOrDefault(canonicalName, lookup(canonicalName).map(List::of).orElse(List.of()));
        Set<Region> out = new LinkedHashSet<>();
        Deque<Region> queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            Region r = queue.poll();
            if (!out.add(r)) {
                continue;
            }
            queue.addAll(children.getOrDefault(r.key(), List.of()));
            for (String member : r.members()) {
                lookup(member).ifPresent(queue::add);
            }
        }
        return List.copyOf(out);
    }

    /** Macro-regions that contain this region or one of its ancestors (兰州市 → 西北, 西部, 黄河流域 …). */
    public List<String> macroRegionsOf(String canonicalName) {
        Optional<Region> region = lookup(canonicalName);
        if (region.isEmpty()) {
            return List.of();
        }
        Set<String> chain = new HashSet<>(region.get().parents());
        chain.add(region.get().name());
        List<String> out = new ArrayList<>();
        for (Region r : regions) {
            if (r.isMacroRegion() && r.members().stream().anyMatch(chain::contains)) {
                out.add(r.name());
            }
        }
        return out;
    }

    /** The canonical names a compound of abbreviations stands for (苏浙皖 → 江苏省, 浙江省, 安徽省), or an empty list. */
    public List<String> compoundMembers(String surface) {
        return compounds.of(surface).stream().filter(n -> !n.equals(Compounds.NOT_A_PLACE)).toList();
    }

    public List<Region> all() {
        return regions;
    }

    /**
     * Every surface form the extractor matches on its own (for the segmentation dictionary): names,
     * short forms, aliases and abbreviation compounds (陕甘, 援疆), sorted.
     */
    public Set<String> surfaceForms() {
        Set<String> out = new TreeSet<>(bySurface.keySet());
        out.addAll(compounds.surfaces());
        return out;
    }

    /** Abbreviation compounds (陕甘, 川渝, 援疆) and the places they stand for. */
    Compounds compounds() {
        return compounds;
    }

    /** True when the extractor matches {@code text} as a place (西安, 甘肃省 …; not 城区 or 朝阳). */
    public boolean isSurfaceForm(String text) {
        return bySurface.containsKey(text);
    }

    /** The forms {@link #isSurfaceForm} accepts, as a trie: to find the ones written at a position of a text. */
    public SurfaceTrie surfaceFormTrie() {
        return surfaceFormTrie;
    }

    /** Regions written exactly as {@code surface}, preferred first; empty when it is not a place. */
    List<Region> candidates(String surface) {
        return bySurface.getOrDefault(surface, List.of());
    }

    /**
     * Places written {@code text} in a form that is matched only right after a related place: the
     * short form of a district or county (北京怀柔, 安徽桐城) or a short form that is also an
     * ordinary word (兰州白银).
     */
    List<Region> byNeighbourForm(String text) {
        return neighbourForms.getOrDefault(text, List.of());
    }

    /** The forms {@link #byNeighbourForm} knows, as a trie: which of them are written at a position. */
    SurfaceTrie neighbourFormTrie() {
        return neighbourFormTrie;
    }

    /** The length of a word starting at {@code at} that contains a place name but is none (珠江), or 0. */
    int notPlaceLengthAt(String text, int at) {
        if (!notPlaceFirstChars.get(text.charAt(at))) {
            return 0; // most positions: no boxed map look-up
        }
        for (String word : notPlacesByFirstChar.getOrDefault(text.charAt(at), List.of())) {
            if (text.startsWith(word, at)) {
                return word.length();
            }
        }
        return 0;
    }

    /** The first position at or after {@code from} where a word of {@link #notPlaceLengthAt} may start, or the text's length. */
    int nextNotPlaceStart(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            if (notPlaceFirstChars.get(text.charAt(k))) {
                return k;
            }
        }
        return text.length();
    }

    /** Length of the longest surface form starting with {@code c}, 0 when none does. */
    int longestStartingWith(char c) {
        return longestByFirstChar.getOrDefault(c, 0);
    }

    private static List<String> surfacesOf(Region r) {
        List<String> out = new ArrayList<>();
        out.add(r.name());
        out.addAll(r.aliases());
        return out;
    }
}
