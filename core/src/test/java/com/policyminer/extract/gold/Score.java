package com.policyminer.extract.gold;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Precision and recall of a set of found items against gold items, added up over documents. */
public final class Score {

    private int truePositives;
    private int found;
    private int gold;

    /** Adds one document; items are compared with equals (e.g. "start|end|name"). */
    public void add(List<String> goldItems, List<String> foundItems) {
        Set<String> remaining = new HashSet<>(goldItems);
        for (String item : foundItems) {
            if (remaining.remove(item)) {
                truePositives++;
            }
        }
        found += foundItems.size();
        gold += goldItems.size();
    }

    public double precision() {
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f (tp=%d found=%d gold=%d)", precision(), recall(), truePositives, found, gold);
    }
}
