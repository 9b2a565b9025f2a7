package com.policyminer.extract.policy;

import com.policyminer.model.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Mentions sorted by start, for the ones inside a span by binary search: binding every title of a
 * long document stays linear instead of scanning all mentions per title.
 */
final class MentionIndex<T extends Mention> {

    private final List<T> sorted;
    private final int longest;

    MentionIndex(List<T> mentions) {
        List<T> s = new ArrayList<>(mentions);
        s.sort(Comparator.comparingInt(Mention::start));
        this.sorted = List.copyOf(s);
        this.longest = mentions.stream().mapToInt(m -> m.end() - m.start()).max().orElse(0);
    }

    /** Mentions with {@code from <= start} and {@code end <= to}, in order of start. */
    List<T> within(int from, int to) {
        List<T> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(from); i < sorted.size() && sorted.get(i).start() < to; i++) {
            if (sorted.get(i).end() <= to) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }

    /** Mentions starting exactly at {@code start}. */
    List<T> startingAt(int start) {
        return within(start, start + longest).stream().filter(m -> m.start() == start).toList();
    }

    private int firstStartingAtOrAfter(int pos) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
