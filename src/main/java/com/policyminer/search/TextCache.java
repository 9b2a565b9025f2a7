package com.policyminer.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored texts the highlighter read last, by index segment and document, up to a number of
 * characters (least recently used out first). Reading a report's text means decompressing its
 * stored block, the largest single cost of a search page; the same reports come up in many
 * searches. A segment's documents never change, so an entry is valid as long as it is kept.
 */
final class TextCache {

    private record Key(Object segment, int doc) {
    }

    private final long maxChars;
    private final LinkedHashMap<Key, String> texts = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;

    TextCache(long maxChars) {
        this.maxChars = maxChars;
    }

    synchronized String get(Object segment, int doc) {
        return texts.get(new Key(segment, doc));
    }

    synchronized void put(Object segment, int doc, String text) {
        if (text.length() > maxChars / 16) {
            return; // a few huge texts must not push out everything else
        }
        String old = texts.put(new Key(segment, doc), text);
        chars += text.length() - (old == null ? 0 : old.length());
        var eldest = texts.entrySet().iterator();
        while (chars > maxChars && eldest.hasNext()) {
            Map.Entry<Key, String> e = eldest.next();
            chars -= e.getValue().length();
            eldest.remove();
        }
    }

    synchronized long chars() {
        return chars;
    }
}
