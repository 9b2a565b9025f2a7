package com.policyminer.compare;

import com.policyminer.compare.CooccurrenceMatrix.Cell;
import com.policyminer.compare.CooccurrenceMatrix.EntityTotal;
import com.policyminer.compare.MentionedUnits.Unit;
import com.policyminer.model.EntityType;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The co-occurrence counts as they were kept before the compact table (issue 21): maps of names to
 * tallies, a map per pair of names. Kept here as the reference the compact counts must equal.
 */
public final class MapCooccurrenceCounts {
    private final Function<String, String> canonicalRegion;
    private final Map<CooccurrenceLevel, Map<EntityType, Map<String, Tally>>> totals = new java.util.EnumMap<>(CooccurrenceLevel.class);
    private final Map<List<Object>, Map<List<String>, Tally>> cells = new java.util.HashMap<>();
    private int documents;

    public MapCooccurrenceCounts() {
        this(SubjectNames.suffixStripping());
    }

    MapCooccurrenceCounts(Function<String, String> canonicalRegion) {
        this.canonicalRegion = canonicalRegion;
    }

    public void add(DocumentMentions doc) {
        int number = documents++;
        for (CooccurrenceLevel level : CooccurrenceLevel.values()) {
            Map<EntityType, Map<String, Tally>> levelTotals = totals.computeIfAbsent(level, k -> new java.util.EnumMap<>(EntityType.class));
            for (Unit unit : MentionedUnits.of(doc, level, canonicalRegion)) {
                Map<EntityType, Set<String>> names = new java.util.EnumMap<>(EntityType.class);
                for (EntityType t : EntityType.values()) {
                    Set<String> n = names(unit, t);
                    names.put(t, n);
                    Map<String, Tally> typeTotals = levelTotals.computeIfAbsent(t, k -> new java.util.HashMap<>());
                    n.forEach(x -> typeTotals.computeIfAbsent(x, k -> new Tally()).add(number));
                }
                for (EntityType a : EntityType.values()) {
                    for (EntityType b : EntityType.values()) {
                        Set<String> as = names.get(a);
                        Set<String> bs = names.get(b);
                        if (as.isEmpty() || bs.isEmpty()) {
                            continue;
                        }
                        Map<List<String>, Tally> pairCells = cells.computeIfAbsent(List.of(a, b, level), k -> new java.util.HashMap<>());
                        for (String x : as) {
                            for (String y : bs) {
                                if (a != b || x.compareTo(y) < 0) {
                                    pairCells.computeIfAbsent(List.of(x, y), k -> new Tally()).add(number);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    public CooccurrenceMatrix matrix(EntityType a, EntityType b, CooccurrenceLevel level) {
        List<Cell> cellList = cells.getOrDefault(List.of(a, b, level), Map.of()).entrySet().stream()
                .map(e -> new Cell(e.getKey().get(0), e.getKey().get(1), e.getValue().units, e.getValue().docs))
                .sorted(Comparator.comparingInt(Cell::count).reversed()
                        .thenComparing(Comparator.comparingInt(Cell::documents).reversed())
                        .thenComparing(Cell::a).thenComparing(Cell::b))
                .toList();
        Set<String> rowNames = new HashSet<>();
        Set<String> columnNames = new HashSet<>();
        cellList.forEach(c -> {
            rowNames.add(c.a());
            columnNames.add(c.b());
        });
        if (a == b) {
            rowNames.addAll(columnNames);
            columnNames.addAll(rowNames);
        }
        Map<EntityType, Map<String, Tally>> levelTotals = totals.getOrDefault(level, Map.of());
        return new CooccurrenceMatrix(a, b, level, documents, totals(levelTotals.getOrDefault(a, Map.of()), rowNames),
                totals(levelTotals.getOrDefault(b, Map.of()), columnNames), cellList);
    }

    private static Set<String> names(Unit unit, EntityType type) {
        Set<String> names = new TreeSet<>();
        unit.entities().keySet().forEach(k -> {
            if (k.type() == type) {
                names.add(k.name());
            }
        });
        return names;
    }

    private static List<EntityTotal> totals(Map<String, Tally> tallies, Set<String> names) {
        return tallies.entrySet().stream()
                .filter(e -> names.contains(e.getKey()))
                .map(e -> new EntityTotal(e.getKey(), e.getValue().units, e.getValue().docs))
                .sorted(Comparator.comparingInt(EntityTotal::units).reversed()
                        .thenComparing(Comparator.comparingInt(EntityTotal::documents).reversed())
                        .thenComparing(EntityTotal::name))
                .toList();
    }

    private static final class Tally {
        int units;
        int docs;
        private int last = -1;

        void add(int doc) {
            units++;
            if (doc != last) {
                docs++;
                last = doc;
            }
        }
    }
}
