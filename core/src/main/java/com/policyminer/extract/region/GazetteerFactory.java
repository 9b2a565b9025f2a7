package com.policyminer.extract.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the loaded drafts into immutable regions: short forms, parent chains, the surface index. */
final class GazetteerFactory {

    private GazetteerFactory() {
    }

    static Gazetteer build() {
        List<RegionDraft> drafts = GazetteerLoader.load();
        Map<String, RegionDraft> byKey = new HashMap<>();
        Map<String, RegionDraft> byName = new HashMap<>();
        for (RegionDraft d : drafts) {
            byKey.put(d.key(), d);
            byName.putIfAbsent(d.name, d);
            if (d.level.equals("province") || d.level.equals("city")) {
                d.alias(ShortForms.of(d.name));
            }
        }
        for (String[] row : GazetteerLoader.tsv("district-short-forms.txt")) {
            RegionDraft d = byName.get(row[1]);
            if (d == null) {
                throw new IllegalStateException("district-short-forms.txt names an unknown region: " + row[1]);
            }
            d.alias(row[0]);
        }
        List<Region> regions = new ArrayList<>();
        Map<String, String> parentKeys = new HashMap<>();
        for (RegionDraft d : drafts) {
            regions.add(new Region(d.name, d.level, d.code, chain(d, byKey), d.aliases, d.foreign, d.members));
            if (d.parentKey != null) {
                parentKeys.put(d.key(), d.parentKey);
            }
        }
        return Gazetteer.of(regions, parentKeys, SurfaceRules.standard(), Compounds.standard());
    }

    private static List<String> chain(RegionDraft d, Map<String, RegionDraft> byKey) {
        List<String> out = new ArrayList<>();
        RegionDraft p = d.parentKey == null ? null : byKey.get(d.parentKey);
        while (p != null && out.size() < 8) {
            out.add(p.name);
            p = p.parentKey == null ? null : byKey.get(p.parentKey);
        }
        return out;
    }
}
