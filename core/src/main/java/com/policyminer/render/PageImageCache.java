package com.policyminer.render;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered pages, least recently used first out, bounded by the bytes of their PNGs. Keyed by document
 * id, page and resolution: the id is the sha-256 of the original file, so a cached page can never be
 * of another version of the file, and nothing needs to be invalidated when a file changes (it gets a
 * new id). Outlined images are not kept: they are drawn on a copy of the cached page each time.
 */
final class PageImageCache {

    record Key(String id, int page, int dpi) {
    }

    /** A page as rendered: PNG bytes, size in pixels, pixels per PDF point, and the page's size in points. */
    record Entry(byte[] png, int width, int height, float scale, float pageWidth, float pageHeight) {
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    PageImageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Entry get(Key key) {
        Entry e = entries.get(key);
        if (e == null) {
            misses++;
        } else {
            hits++;
        }
        return e;
    }

    synchronized void put(Key key, Entry entry) {
        if (entry.png().length > maxBytes) {
            return; // larger than the whole cache: served, not kept
        }
        Entry old = entries.put(key, entry);
        bytes += entry.png().length - (old == null ? 0 : old.png().length);
        for (Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            Map.Entry<Key, Entry> eldest = it.next();
            bytes -= eldest.getValue().png().length;
            it.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
