package com.policyminer.app;

import com.policyminer.extract.region.Gazetteer;
import com.policyminer.extract.region.Region;
import com.policyminer.search.RegionExpander;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Resolves region filters through the gazetteer: 西安 → 西安市; with expand, 甘肃 → 甘肃省, 兰州市, 天水市 …. */
final class GazetteerExpander implements RegionExpander {

    private final java.util.function.Supplier<Gazetteer> gazetteers;

    GazetteerExpander(java.util.function.Supplier<Gazetteer> gazetteers) {
        this.gazetteers = gazetteers;
    }

    @Override
    public List<String> resolve(String name, boolean expand) {
        Gazetteer gazetteer = gazetteers.get();
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        gazetteer.lookup(name).ifPresent(r -> out.add(r.name()));
        if (expand) {
            for (Region r : gazetteer.descendantsAndSelf(gazetteer.lookup(name).map(Region::name).orElse(name))) {
                out.add(r.name());
            }
        }
        return new ArrayList<>(out);
    }
}
