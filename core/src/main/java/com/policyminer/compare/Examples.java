package com.policyminer.compare;

import com.policyminer.compare.MentionedUnits.EntityKey;
import com.policyminer.compare.MentionedUnits.Unit;
import com.policyminer.compare.Partners.Example;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Example passages for {@link Partners}: the unit's text trimmed, paragraphs clipped around the mentions. */
final class Examples {

    private Examples() {
    }

    static Example of(Unit unit, EntityKey a, EntityKey b) {
        List<Highlight> highlights = new ArrayList<>(unit.entities().get(a));
        highlights.addAll(unit.entities().get(b));
        highlights.sort(Comparator.comparingInt(Highlight::start));
        int start = unit.start();
        int end = unit.end();
        String text = unit.text();
        while (start < end && Character.isWhitespace(text.charAt(start - unit.start()))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1 - unit.start()))) {
            end--;
        }
        if (end - start > Cooccurrence.MAX_EXAMPLE_CHARS) {
            int first = highlights.get(0).start();
            start = Math.max(start, Math.min(first - Cooccurrence.MAX_EXAMPLE_CHARS / 3,
                    end - Cooccurrence.MAX_EXAMPLE_CHARS));
            end = start + Cooccurrence.MAX_EXAMPLE_CHARS;
        }
        int from = start;
        int to = end;
        List<Highlight> inside = highlights.stream().filter(h -> h.start() >= from && h.end() <= to).toList();
        return new Example(unit.docId(), unit.title(), unit.level(), start, end,
                text.substring(start - unit.start(), end - unit.start()), inside);
    }
}
