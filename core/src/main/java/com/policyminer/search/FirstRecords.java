package com.policyminer.search;

import com.policyminer.model.EntityType;
import com.policyminer.model.Mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mention records of each entity of one type in the first {@code reports} reports that name it, fed the
 * reports' mentions in path order (by either backend).
 */
public final class FirstRecords {

    private final EntityType type;
    private final int reports;
    private final Map<String, List<Mention>> records = new HashMap<>();
    private final Map<String, Integer> reportsRead = new HashMap<>();

    public FirstRecords(EntityType type, int reports) {
        this.type = type;
        this.reports = reports;
    }

    /** One more report's mentions of the type. */
    public void add(List<Mention> mentions) {
        Set<String> inThisReport = new HashSet<>();
        for (Mention m : mentions) {
            String entity = type.entityOf(m);
            if (inThisReport.add(entity)) {
                reportsRead.merge(entity, 1, Integer::sum); // one more report naming it
            }
            if (reportsRead.get(entity) <= reports) {
                records.computeIfAbsent(entity, k -> new ArrayList<>()).add(m);
            }
        }
    }

    /** Entity → its records so far. */
    public Map<String, List<Mention>> records() {
        return records;
    }

    /** The counts, each with its records, in the counts' order. */
    public List<EntityMentions.Entity> with(List<EntityCount> counts) {
        return counts.stream().map(c -> new EntityMentions.Entity(c, records.getOrDefault(c.name(), List.of()))).toList();
    }
}
