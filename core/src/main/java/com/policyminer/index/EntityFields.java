package com.policyminer.index;

import com.policyminer.extract.Extraction;
import com.policyminer.model.EntityType;
import com.policyminer.model.Mention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where each {@link EntityType} lives in the index: the report field and facet it fills, the JSON field of its mentions. */
public final class EntityFields {

    private EntityFields() {
    }

    /** The filter field of this kind's entities. */
    public static Schema field(EntityType t) {
        return switch (t) {
            case REGION -> Schema.REGION;
            case ORGANIZATION -> Schema.ORG;
            case POLICY -> Schema.POLICY;
        };
    }

    /** Where the extraction document keeps this kind's mentions. */
    public static Schema mentions(EntityType t) {
        return switch (t) {
            case REGION -> Schema.REGION_MENTIONS;
            case ORGANIZATION -> Schema.ORG_MENTIONS;
            case POLICY -> Schema.POLICY_MENTIONS;
        };
    }

    /** This kind's mentions in the extraction, those naming an entity (in reading order). */
    static List<? extends Mention> of(EntityType t, Extraction x) {
        List<? extends Mention> all = switch (t) {
            case REGION -> x.regions();
            case ORGANIZATION -> x.organizations();
            case POLICY -> x.policies();
        };
        return all.stream().filter(m -> named(t.entityOf(m))).toList();
    }

    /**
     * Which entities (those the extraction document keeps) each sentence and paragraph of {@code text} mentions: what
     * the report document keeps for co-occurrence ({@link Schema#MENTION_UNITS}).
     */
    public static com.policyminer.compare.MentionUnits units(String text, Extraction x) {
        List<Mention> named = new java.util.ArrayList<>();
        for (EntityType t : EntityType.values()) {
            named.addAll(of(t, x));
        }
        return com.policyminer.compare.MentionUnits.of(text, named);
    }

    /** Each entity of this kind in the extraction, with its number of mentions (first mentioned first). */
    static Map<String, Integer> names(EntityType t, Extraction x) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : of(t, x)) {
            counts.merge(t.entityOf(m), 1, Integer::sum);
        }
        return counts;
    }

    private static boolean named(String n) {
        return n != null && !n.isBlank();
    }
}
