package com.policyminer.works;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The fingerprints of the files {@link IncrementalGrouper} keeps, off the heap and by handle: 1,028 bytes a file
 * (its shingle count, then its {@value TextFingerprint#BINS} bins) in direct buffers of {@value #PER_CHUNK}
 * files. A file's fingerprint is read only when one of its pairs is compared or one of its band keys is needed:
 * at 100,000 reports the heap keeps none of the ~100 MB they take.
 *
 * <p>What it answers is what {@link TextFingerprint} answers for the same fingerprints (the same similarity,
 * band keys and emptiness). Not thread-safe, like the grouper.
 */
final class FingerprintStore {

    private static final int BYTES = 4 + TextFingerprint.BINS * 4;
    private static final int PER_CHUNK = 1024;

    private final List<ByteBuffer> chunks = new ArrayList<>();

    /** Keeps the fingerprint of a handle (in place of the one it had). */
    void put(int handle, TextFingerprint f) {
        while (chunks.size() <= handle / PER_CHUNK) {
            chunks.add(ByteBuffer.allocateDirect(PER_CHUNK * BYTES));
        }
        ByteBuffer b = chunks.get(handle / PER_CHUNK);
        int at = offset(handle);
        b.putInt(at, f.shingles());
        int[] bins = f.bins();
        for (int i = 0; i < bins.length; i++) {
            b.putInt(at + 4 + 4 * i, bins[i]);
        }
    }

    /** The fingerprint of a handle, on the heap again (for the few files a grouping takes at once). */
    TextFingerprint get(int handle) {
        int[] bins = new int[TextFingerprint.BINS];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = bin(handle, i);
        }
        return new TextFingerprint(bins, shingles(handle));
    }

    int shingles(int handle) {
        return chunks.get(handle / PER_CHUNK).getInt(offset(handle));
    }

    boolean isEmpty(int handle) {
        return shingles(handle) == 0;
    }

    /** {@link TextFingerprint#similarity} of two handles' fingerprints. */
    double similarity(int x, int y) {
        if (isEmpty(x) || isEmpty(y)) {
            return 0;
        }
        ByteBuffer a = chunks.get(x / PER_CHUNK);
        ByteBuffer b = chunks.get(y / PER_CHUNK);
        int ax = offset(x) + 4;
        int by = offset(y) + 4;
        int same = 0;
        for (int i = 0; i < TextFingerprint.BINS * 4; i += 4) {
            if (a.getInt(ax + i) == b.getInt(by + i)) {
                same++;
            }
        }
        return same / (double) TextFingerprint.BINS;
    }

    /** {@link TextFingerprint#band} of a handle's fingerprint. */
    long band(int handle, int from, int rows) {
        long h = from;
        for (int r = from; r < from + rows; r++) {
            h = TextFingerprint.mix(h * 31 + Integer.toUnsignedLong(bin(handle, r)));
        }
        return h;
    }

    /** Whether a handle keeps exactly this fingerprint. */
    boolean holds(int handle, TextFingerprint f) {
        if (shingles(handle) != f.shingles()) {
            return false;
        }
        int[] bins = f.bins();
        for (int i = 0; i < bins.length; i++) {
            if (bin(handle, i) != bins[i]) {
                return false;
            }
        }
        return true;
    }

    /** Bytes kept off the heap. */
    long bytes() {
        return (long) chunks.size() * PER_CHUNK * BYTES;
    }

    private int bin(int handle, int i) {
        return chunks.get(handle / PER_CHUNK).getInt(offset(handle) + 4 + 4 * i);
    }

    private static int offset(int handle) {
        return (handle % PER_CHUNK) * BYTES;
    }
}
