package com.policyminer.extract.region;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which surface forms may be matched at all: never-match.txt lists ordinary words (城区, 新区, 朝阳 …);
 * not-places.txt lists words that contain a place name but are none (珠江, 长江).
 */
record SurfaceRules(Set<String> neverMatch, Set<String> notPlaces) {

    SurfaceRules {
        neverMatch = Set.copyOf(neverMatch);
        notPlaces = Set.copyOf(notPlaces);
    }

    static SurfaceRules standard() {
        return new SurfaceRules(words("never-match.txt"), words("not-places.txt"));
    }

    private static Set<String> words(String resource) {
        return GazetteerLoader.lines(resource).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                .collect(Collectors.toSet());
    }

    boolean matchable(String surface) {
        return surface.length() >= 2 && !neverMatch.contains(surface);
    }
}
