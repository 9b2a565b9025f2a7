package com.policyminer.render;

import java.time.Duration;

/**
 * The bounds of page rendering.
 *
 * @param minDpi        lowest resolution a caller may ask for
 * @param maxDpi        highest resolution a caller may ask for
 * @param defaultDpi    resolution when none is asked for (110: a letter or A4 page about 900 × 1,300 px)
 * @param maxSidePixels longest side of an image; a page that would be larger is drawn at a smaller scale
 * @param timeout       time limit of one render, waiting for a worker included
 * @param workers       renders that run at once (each holds one page image in memory)
 * @param queued        renders that may wait for a worker; more are refused as busy
 * @param cacheBytes    memory for cached page images (PNG bytes)
 */
public record RenderLimits(int minDpi, int maxDpi, int defaultDpi, int maxSidePixels, Duration timeout,
                           int workers, int queued, long cacheBytes) {

    public RenderLimits {
        if (minDpi < 1 || maxDpi < minDpi || defaultDpi < minDpi || defaultDpi > maxDpi) {
            throw new IllegalArgumentException("bad dpi range " + minDpi + "–" + maxDpi + " (default " + defaultDpi + ")");
        }
        if (maxSidePixels < 16 || timeout.isNegative() || timeout.isZero() || workers < 1 || queued < 0 || cacheBytes < 0) {
            throw new IllegalArgumentException("bad render limits");
        }
    }

    /** 50–200 dpi (110 by default), at most 2,500 px a side, 10 s, 2 workers and 16 waiting, 64 MB of cache. */
    public static RenderLimits standard() {
        return new RenderLimits(50, 200, 110, 2500, Duration.ofSeconds(10), 2, 16, 64L * 1024 * 1024);
    }

    public RenderLimits withTimeout(Duration t) {
        return new RenderLimits(minDpi, maxDpi, defaultDpi, maxSidePixels, t, workers, queued, cacheBytes);
    }

    public RenderLimits withCacheBytes(long bytes) {
        return new RenderLimits(minDpi, maxDpi, defaultDpi, maxSidePixels, timeout, workers, queued, bytes);
    }
}
