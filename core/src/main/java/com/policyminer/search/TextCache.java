package com.policyminer.search;

import com.policyminer.model.Page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored texts the highlighter read last, by index segment and document, up to a number of
 * characters (least recently used out first). Reading a report's text means decompressing its
 * stored block, the largest single cost of a search page; the same reports come up in many
 * searches. A segment's documents never change, so an entry is valid as long as it is kept.
 * A text is kept with its report's pages (read in the same stored-field visit), which give each
 * passage its page.
 */
final class TextCache {

    /** A report's text and, for a paged report, its pages (number, label, text span). */
    record Body(String text, List<Page> pages) {
    }

    private record Key(Object segment, int doc) {
    }

    private final long maxChars;
    private final LinkedHashMap<Key, Body> texts = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;

    TextCache(long maxChars) {
        this.maxChars = maxChars;
    }

    synchronized Body get(Object segment, int doc) {
        return texts.get(new Key(segment, doc));
    }

    synchronized void put(Object segment, int doc, Body body) {
        if (body.text().length() > maxChars / 16) {
            return; // a few huge texts must not push out everything else
        }
        Body old = texts.put(new Key(segment, doc), body);
        chars += body.text().length() - (old == null ? 0 : old.text().length());
        var eldest = texts.entrySet().iterator();
        while (chars > maxChars && eldest.hasNext()) {
            Map.Entry<Key, Body> e = eldest.next();
            chars -= e.getValue().text().length();
            eldest.remove();
        }
    }

    synchronized long chars() {
        return chars;
    }
}
