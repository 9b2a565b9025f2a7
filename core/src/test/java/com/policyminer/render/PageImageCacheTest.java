package com.policyminer.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The page cache keeps at most its byte budget and lets the least recently used page go first. */
class PageImageCacheTest {

    private static PageImageCache.Entry png(int bytes) {
        return new PageImageCache.Entry(new byte[bytes], 10, 10, 1f, 10, 10);
    }

    private static PageImageCache.Key key(int page) {
        return new PageImageCache.Key("a".repeat(64), page, 110);
    }

    @Test
    void staysWithinItsBytesAndEvictsTheLeastRecentlyUsed() {
        PageImageCache cache = new PageImageCache(1000);
        cache.put(key(1), png(400));
        cache.put(key(2), png(400));
        assertNotNull(cache.get(key(1))); // page 1 is now the most recently used
        cache.put(key(3), png(400));
        assertEquals(800, cache.bytes());
        assertNull(cache.get(key(2)), "page 2 was the least recently used");
        assertNotNull(cache.get(key(1)));
        assertNotNull(cache.get(key(3)));
        assertEquals(3, cache.hits());
        assertEquals(1, cache.misses());
    }

    @Test
    void anEntryLargerThanTheCacheIsNotKept() {
        PageImageCache cache = new PageImageCache(1000);
        cache.put(key(1), png(300));
        cache.put(key(2), png(1001));
        assertNull(cache.get(key(2)));
        assertNotNull(cache.get(key(1)));
        assertEquals(300, cache.bytes());
    }

    @Test
    void replacingAnEntryCountsItsBytesOnce() {
        PageImageCache cache = new PageImageCache(1000);
        cache.put(key(1), png(300));
        cache.put(key(1), png(500));
        assertEquals(500, cache.bytes());
        assertEquals(1, cache.size());
    }

    @Test
    void theResolutionIsPartOfTheKey() {
        PageImageCache cache = new PageImageCache(1000);
        cache.put(key(1), png(100));
        assertNull(cache.get(new PageImageCache.Key("a".repeat(64), 1, 150)));
    }
}
