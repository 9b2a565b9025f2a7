package com.policyminer.extract.org;

import com.policyminer.extract.text.SurfaceTrie;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The list of central bodies and well-known institutions with their aliases (科技部 = 科学技术部,
 * 国家发改委 = 国家发展和改革委员会 …), from central-bodies.tsv.
 */
public final class CentralBodies {

    /** A canonical organization with its kind. */
    public record Body(String name, String kind) {
    }

    private final Map<String, Body> bySurface;
    private final int maxLength;
    private final SurfaceTrie surfaces;

    CentralBodies(Map<String, Body> bySurface) {
        this.bySurface = Map.copyOf(bySurface);
        this.maxLength = bySurface.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.surfaces = SurfaceTrie.of(bySurface.keySet());
    }

    static CentralBodies load() {
        Map<String, Body> map = new HashMap<>();
        for (String line : OrganizationRules.lines("central-bodies.tsv")) {
            String[] f = line.split("\t", -1);
            Body body = new Body(f[0], f[1]);
            map.put(f[0], body);
            if (f.length > 2) {
                for (String alias : f[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        map.put(alias.strip(), body);
                    }
                }
            }
        }
        return new CentralBodies(map);
    }

    /** The body written exactly as {@code surface} (canonical name or alias). */
    public Optional<Body> lookup(String surface) {
        return Optional.ofNullable(bySurface.get(surface));
    }

    /** Canonical name for a surface form, or the surface itself when it is not listed. */
    public String canonical(String surface) {
        return lookup(surface).map(Body::name).orElse(surface);
    }

    /** Every name and alias the extractor matches (for the segmentation dictionary), sorted. */
    public java.util.SortedSet<String> surfaceForms() {
        return new java.util.TreeSet<>(bySurface.keySet());
    }

    /** The names and aliases as a trie, to find the ones written at a position of a text. */
    SurfaceTrie surfaces() {
        return surfaces;
    }

    int maxLength() {
        return maxLength;
    }
}
