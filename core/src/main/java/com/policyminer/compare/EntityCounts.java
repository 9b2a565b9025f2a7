package com.policyminer.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of one type, numbered as first met, and per level the units and documents naming each,
 * in int arrays indexed by that number (a document counted once by remembering the last one counted).
 * Not thread-safe while counting; read-only afterwards.
 */
final class EntityCounts {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Levels[] levels = new Levels[CooccurrenceLevel.values().length];

    EntityCounts() {
        for (int i = 0; i < levels.length; i++) {
            levels[i] = new Levels();
        }
    }

    /** The number of {@code name}, given it the first time. */
    int id(String name) {
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name);
        }
        return id;
    }

    String name(int id) {
        return names.get(id);
    }

    int size() {
        return names.size();
    }

    void add(CooccurrenceLevel level, int id, int doc) {
        levels[level.ordinal()].add(id, doc);
    }

    /** Units at {@code level} naming entity {@code id} (0 when none). */
    int units(CooccurrenceLevel level, int id) {
        Levels l = levels[level.ordinal()];
        return id < l.units.length ? l.units[id] : 0;
    }

    int documents(CooccurrenceLevel level, int id) {
        Levels l = levels[level.ordinal()];
        return id < l.docs.length ? l.docs[id] : 0;
    }

    /** Drops what counting needed. */
    void trim() {
        for (Levels l : levels) {
            l.last = null;
        }
    }

    private static final class Levels {
        int[] units = new int[0];
        int[] docs = new int[0];
        int[] last = new int[0];

        void add(int id, int doc) {
            if (id >= units.length) {
                int n = Math.max(16, Math.max(id + 1, units.length * 2));
                int old = units.length;
                units = java.util.Arrays.copyOf(units, n);
                docs = java.util.Arrays.copyOf(docs, n);
                last = java.util.Arrays.copyOf(last, n);
                java.util.Arrays.fill(last, old, n, -1);
            }
            units[id]++;
            if (last[id] != doc) {
                docs[id]++;
                last[id] = doc;
            }
        }
    }
}
