package com.policyminer.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Rejects a zip container (DOCX, ODT, EPUB …) before Tika opens it when it would expand far beyond
 * its size. Tika's own guard ({@code SecureContentHandler}) only sees characters once the parser emits
 * them, and the DOCX parser buffers a whole text run first: a single 200 MB run is fully inflated
 * and held in memory before that guard fires. This guard inflates entries as a stream, counting bytes,
 * and stops at the first entry that crosses the ratio or the total cap; nothing is kept.
 */
final class ZipBombGuard {

    /** Expansion below this size is never suspicious. */
    private static final long GRACE_BYTES = 10L * 1024 * 1024;
    private static final int MAX_RATIO = 100;
    private static final int MAX_ENTRIES = 10_000;

    private ZipBombGuard() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * @param maxExpandedBytes the most the whole container may expand to
     * @throws ParseFailure TOO_LARGE when the container expands over the cap or over 100× its size
     */
    static void check(byte[] bytes, long maxExpandedBytes) throws ParseFailure {
        if (!isZip(bytes)) {
            return;
        }
        long limit = Math.min(maxExpandedBytes, Math.max(GRACE_BYTES, (long) bytes.length * MAX_RATIO));
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[1 << 16];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new ParseFailure(ParseFailure.Reason.TOO_LARGE, "rejected as a zip bomb: over " + MAX_ENTRIES + " entries");
                }
                for (int n = zip.read(buf); n > 0; n = zip.read(buf)) {
                    total += n;
                    if (total > limit) {
                        throw new ParseFailure(ParseFailure.Reason.TOO_LARGE, String.format(
                                "rejected as a zip bomb: %d bytes expand to over %d bytes", bytes.length, limit));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a readable zip stream: leave the verdict to Tika, which reports it as corrupt
        }
    }
}
