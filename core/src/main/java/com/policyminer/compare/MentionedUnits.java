package com.policyminer.compare;

import com.policyminer.model.EntityType;
import com.policyminer.model.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The sentences or paragraphs of one document that mention at least one entity, in text order. */
final class MentionedUnits {

    /** An entity: its type and canonical name. */
    record EntityKey(EntityType type, String name) {
    }

    /** One unit and, per entity it mentions, the mentions' spans in text order. */
    record Unit(String docId, String title, CooccurrenceLevel level, int start, int end, String text,
                Map<EntityKey, List<Highlight>> entities) {
    }

    private MentionedUnits() {
    }

    static List<Unit> of(DocumentMentions doc, CooccurrenceLevel level, Function<String, String> canonicalRegion) {
        TextUnits units = TextUnits.of(doc.text(), level);
        Map<Integer, Map<EntityKey, List<Highlight>>> byUnit = new TreeMap<>();
        for (Mention m : doc.mentions()) {
            EntityType type = EntityType.of(m);
            int unit = units.unitOf(m.start());
            String name = type == null ? "" : canonicalName(type, EntityType.nameOf(m), canonicalRegion);
            if (unit < 0 || name.isEmpty()) {
                continue;
            }
            byUnit.computeIfAbsent(unit, k -> new LinkedHashMap<>())
                    .computeIfAbsent(new EntityKey(type, name), k -> new ArrayList<>())
                    .add(new Highlight(name, type, m.start(), m.end()));
        }
        List<Unit> out = new ArrayList<>();
        byUnit.forEach((i, entities) -> out.add(new Unit(doc.docId(), doc.title(), level, units.start(i), units.end(i),
                doc.text().substring(units.start(i), units.end(i)), entities)));
        return out;
    }

    static String canonicalName(EntityType type, String name, Function<String, String> canonicalRegion) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = type == EntityType.REGION ? canonicalRegion.apply(name.strip()) : name.strip();
        return n == null ? "" : n;
    }
}
