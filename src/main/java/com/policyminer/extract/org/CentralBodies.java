package com.policyminer.extract.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    CentralBodies(Map<String, Body> bySurface) {
        this.bySurface = Map.copyOf(bySurface);
        this.maxLength = bySurface.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static CentralBodies load() {
        Map<String, Body> map = new HashMap<>();
        String resource = "/com/policyminer/extract/org/central-bodies.tsv";
        try (InputStream in = CentralBodies.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
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
            });
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + resource, e);
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

    int maxLength() {
        return maxLength;
    }
}
