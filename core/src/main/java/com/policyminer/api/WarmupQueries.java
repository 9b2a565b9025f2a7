package com.policyminer.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The searches a fresh server sends itself, made from what its index holds (its places, the subjects, indicators and
 * values of its figures), in the shapes analysts type: one word, two words, a quoted phrase, AND, OR, a group, a
 * number with its unit. Each shape takes its own path through the query parser, the search and the passages; a
 * fixed list (the benchmark's queries) would flatter the warm-up.
 */
final class WarmupQueries {

    private WarmupQueries() {
    }

    /**
     * @param places     region names, most mentioned first
     * @param names      other names: the subjects of figures (companies, markets, places)
     * @param indicators figure indicators and figure surfaces (a number with its unit)
     */
    static List<String> of(List<String> places, List<String> names, List<String> indicators) {
        List<String> words = new ArrayList<>(clean(places));
        List<String> others = clean(names);
        List<String> figures = clean(indicators);
        Set<String> out = new LinkedHashSet<>();
        out.addAll(words);
        out.addAll(others);
        out.addAll(figures);
        List<String> all = new ArrayList<>(out);
        for (int i = 0; i < all.size(); i++) {
            String a = all.get(i);
            String b = all.get((i + 1) % all.size());
            String c = all.get((i + 2) % all.size());
            if (a.equals(b)) {
                continue;
            }
            switch (i % 5) {
                case 0 -> out.add(a + " " + b);
                case 1 -> out.add("\"" + a + "\"");
                case 2 -> out.add(a + " AND " + b);
                case 3 -> out.add(a + " OR " + b);
                default -> out.add(a + " AND (" + b + " OR " + c + ")");
            }
        }
        return List.copyOf(out);
    }

    /** Terms a query can carry as they are: no quotes, brackets or spaces, at most 20 characters. */
    private static List<String> clean(List<String> terms) {
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            String s = t == null ? "" : t.strip();
            if (!s.isEmpty() && s.length() <= 20 && s.chars().noneMatch(ch -> "\"()[]{}:\\/^~*?!+-&| ".indexOf(ch) >= 0)) {
                out.add(s);
            }
        }
        return out;
    }
}
