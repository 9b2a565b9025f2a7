package com.policyminer.extract.region;

import com.policyminer.model.RegionMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 东部, 中部, 西部 name macro-regions, except right after another place, where they name a part of
 * it: 长江经济带中部 is the middle of the belt, not 中部 (central China).
 */
final class PositionalWords {

    private static final Set<String> PARTS = Set.of("东部", "中部", "西部", "北部", "南部");

    private PositionalWords() {
    }

    static List<RegionMention> drop(List<RegionMention> mentions) {
        List<RegionMention> out = new ArrayList<>(mentions.size());
        RegionMention previous = null;
        for (RegionMention m : mentions) {
            boolean part = PARTS.contains(m.surface()) && previous != null && previous.end() == m.start();
            if (!part) {
                out.add(m);
            }
            previous = m;
        }
        return out;
    }
}
