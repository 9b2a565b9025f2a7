package com.policyminer.works;

import com.carrotsearch.hppc.LongLongHashMap;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * LSH buckets kept between updates: for each band, the files (by handle) whose band key is the same.
 * Primitive throughout — a bucket is a chain through the handles ({@code next}), found by its key in
 * one hash map holding its size and first handle — so a file costs one map slot and one int a band
 * (about 20 bytes a band), not a list object per bucket.
 *
 * <p>The key of a bucket is the band key with its low {@code INDEX_BITS} bits (the ones
 * {@link WorkGrouper} masks off) replaced by the band's number, so buckets of different bands never mix
 * and two files share a bucket exactly when a full grouping's sort would put them together.
 */
final class BandIndex {

    private static final int END = -1;

    private final int bands;
    private final LongLongHashMap buckets = new LongLongHashMap(); // key → size << 32 | first handle
    private int[] next = new int[0]; // handle * bands + band → next handle in the bucket, or END

    BandIndex(int bands) {
        this.bands = bands;
    }

    /** The bucket key of a band key (already masked) in band {@code band}. */
    long key(int band, long maskedBandKey) {
        return maskedBandKey | band;
    }

    /** Puts a file in a bucket; returns the bucket's size with it. */
    int add(int handle, int band, long key) {
        int slot = handle * bands + band;
        if (slot >= next.length) {
            int grown = Math.max(slot + 1, next.length * 2);
            next = Arrays.copyOf(next, grown);
        }
        long entry = buckets.getOrDefault(key, -1L);
        int size = entry == -1L ? 0 : (int) (entry >>> 32);
        next[slot] = entry == -1L ? END : (int) entry;
        buckets.put(key, ((long) (size + 1) << 32) | handle);
        return size + 1;
    }

    /** Takes a file out of a bucket it is in; returns the bucket's size without it. */
    int remove(int handle, int band, long key) {
        long entry = buckets.get(key);
        int size = (int) (entry >>> 32) - 1;
        int first = (int) entry;
        if (first == handle) {
            first = next[handle * bands + band];
        } else {
            int at = first;
            while (next[at * bands + band] != handle) {
                at = next[at * bands + band];
            }
            next[at * bands + band] = next[handle * bands + band];
        }
        if (size == 0) {
            buckets.remove(key);
        } else {
            buckets.put(key, ((long) size << 32) | first);
        }
        return size;
    }

    /** How many files the bucket holds. */
    int size(long key) {
        long entry = buckets.getOrDefault(key, -1L);
        return entry == -1L ? 0 : (int) (entry >>> 32);
    }

    /** Each file of the bucket (most recently added first). */
    void forEach(int band, long key, IntConsumer action) {
        long entry = buckets.getOrDefault(key, -1L);
        if (entry == -1L) {
            return;
        }
        for (int h = (int) entry; h != END; h = next[h * bands + band]) {
            action.accept(h);
        }
    }

    /** Bytes the buckets take (map slots and chain), for the benchmark's memory figure. */
    long bytes() {
        return (long) buckets.keys.length * (Long.BYTES + Long.BYTES) + (long) next.length * Integer.BYTES;
    }
}
