package com.policyminer.extract.figures;

import com.policyminer.model.Figure;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs gold rows with extracted figures by the rule {@link Score} uses (offsets overlap, same number as
 * written; each figure used once, gold rows in order), so scorers of other fields see the same matches.
 */
public final class GoldMatches {

    private GoldMatches() {
    }

    /** Each gold row with its matched figure, or null when missed; in gold order. */
    public static Map<GoldFigure, Figure> match(List<GoldFigure> gold, List<Figure> figures) {
        Map<GoldFigure, Figure> out = new LinkedHashMap<>();
        Set<Figure> used = new HashSet<>();
        for (GoldFigure g : gold) {
            Figure hit = figures.stream().filter(f -> !used.contains(f) && g.overlaps(f.start(), f.end())
                    && GoldFigure.sameNumber(f.value(), g.value())).findFirst().orElse(null);
            if (hit != null) {
                used.add(hit);
            }
            out.put(g, hit);
        }
        return out;
    }

    /** True when the numbers agree as {@link Score} compares them (relative 1e-9). */
    public static boolean same(double a, double b) {
        return GoldFigure.sameNumber(a, b);
    }

    /** True when the gold subject (alternatives with "/") accepts the extracted one, as {@link Score} judges it. */
    public static boolean subjectAccepted(GoldFigure g, String predicted) {
        return g.subjectMatches(predicted);
    }
}
