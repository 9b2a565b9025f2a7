package com.policyminer.extract.region;

import java.util.Set;
import java.util.stream.Collectors;

/** Which surface forms may be matched at all: never-match.txt lists ordinary words (城区, 新区, 朝阳 …). */
record SurfaceRules(Set<String> neverMatch) {

    SurfaceRules {
        neverMatch = Set.copyOf(neverMatch);
    }

    static SurfaceRules standard() {
        return new SurfaceRules(GazetteerLoader.lines("never-match.txt").stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                .collect(Collectors.toSet()));
    }

    boolean matchable(String surface) {
        return surface.length() >= 2 && !neverMatch.contains(surface);
    }
}
