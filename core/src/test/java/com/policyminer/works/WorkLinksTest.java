package com.policyminer.works;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WorkLinks settles only the links put and those of the works whose tenth closest link moved: after any
 * mix of links set, replaced, taken away and works dropped, the links kept are those a full pick keeps.
 */
class WorkLinksTest {

    private static final int WORKS = 30;

    private static Works.Link link(Random rnd, int i, int j) {
        String a = "w" + (char) ('A' + Math.min(i, j) / 26) + (char) ('a' + Math.min(i, j) % 26);
        String b = "w" + (char) ('A' + Math.max(i, j) / 26) + (char) ('a' + Math.max(i, j) % 26);
        double s = 0.30 + rnd.nextInt(20) / 100.0; // few values: many ties, broken by the works' ids
        return new Works.Link(a, b, Works.Link.OVERLAP, s, s, s);
    }

    private static String work(int i) {
        return "w" + (char) ('A' + i / 26) + (char) ('a' + i % 26);
    }

    @Test
    void theLinksKeptAfterEachSettleAreThoseAFullPickKeeps() {
        Random rnd = new Random(5);
        WorkLinks links = new WorkLinks();
        Map<List<String>, Works.Link> all = new HashMap<>(); // what the links are: the full pick's input
        int busiest = 0;
        for (int round = 0; round < 300; round++) {
            int ops = 1 + rnd.nextInt(25);
            for (int k = 0; k < ops; k++) {
                int i = rnd.nextInt(WORKS);
                int j = rnd.nextInt(WORKS);
                if (i == j) {
                    continue;
                }
                int op = rnd.nextInt(10);
                if (op < 6) { // a pair's link set, changed or taken away
                    Works.Link l = rnd.nextInt(4) == 0 ? null : link(rnd, i, j);
                    String a = work(Math.min(i, j));
                    String b = work(Math.max(i, j));
                    links.set(a, b, l);
                    if (l == null) {
                        all.remove(List.of(a, b));
                    } else {
                        all.put(List.of(a, b), l);
                    }
                } else if (op < 9) { // a work grouped again: its links picked again
                    String w = work(i);
                    Map<String, Works.Link> fresh = new HashMap<>();
                    for (int n = rnd.nextInt(14); n > 0; n--) {
                        int o = rnd.nextInt(WORKS);
                        if (o != i) {
                            Works.Link l = link(rnd, i, o);
                            fresh.put(work(o), l);
                        }
                    }
                    links.replace(w, fresh);
                    all.keySet().removeIf(p -> p.contains(w));
                    fresh.values().forEach(l -> all.put(List.of(l.a(), l.b()), l));
                } else { // a work gone
                    String w = work(i);
                    links.drop(w);
                    all.keySet().removeIf(p -> p.contains(w));
                }
            }
            links.settle();
            assertEquals(WorkGrouper.closest(new ArrayList<>(all.values())), links.kept(), "after round " + round);
            assertEquals(all.size(), links.size());
            Map<String, Integer> perWork = new HashMap<>();
            all.keySet().forEach(p -> p.forEach(w -> perWork.merge(w, 1, Integer::sum)));
            busiest = Math.max(busiest, perWork.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        }
        assertTrue(busiest > WorkGrouper.LINKS_PER_WORK, "some work has more links than it keeps: " + busiest);
    }
}
