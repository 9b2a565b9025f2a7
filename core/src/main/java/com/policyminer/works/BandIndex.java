package com.policyminer.works;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * LSH buckets kept between updates: for each band, the files (by handle) whose band key is the same.
 * A bucket is a chain through the handles ({@code next}: one int a file and band); each band has an
 * open-addressing table of the chains' first handles — an int a slot, not the key: the slot keeps 8 bits
 * of the key beside the handle, and the whole key is recomputed from its first file's fingerprint
 * ({@link Keys}) only when those bits agree and the file looked for is not that first file. Most buckets
 * hold one file (a band of ten bins is rarely shared), so the table is most of the memory (kept up to 7/8 full, the chains grown a quarter at a time): about 9 bytes
 * a file and band with the chain, where a map from key to bucket took about 26.
 *
 * <p>The key of a bucket is the band key with its low {@code INDEX_BITS} bits (the ones
 * {@link WorkGrouper} masks off) replaced by the band's number, so buckets of different bands never mix
 * and two files share a bucket exactly when a full grouping's sort would put them together.
 */
final class BandIndex {

    /** The bucket key of a file's band (the file is known by its handle). */
    @FunctionalInterface
    interface Keys {
        long of(int handle, int band);
    }

    private static final int END = -1;
    private static final int FREE = -1; // a slot: the key's top 8 bits, then the first handle (24 bits)
    private static final int HANDLE = (1 << 24) - 1;

    private final int bands;
    private final Keys keys;
    private final int[][] firsts; // band → open-addressing table of each bucket's first handle, FREE where none
    private final int[] buckets; // band → buckets in its table
    private int[] next = new int[0]; // handle * bands + band → next handle in the bucket, or END

    BandIndex(int bands, Keys keys) {
        this.bands = bands;
        this.keys = keys;
        this.firsts = new int[bands][];
        this.buckets = new int[bands];
        for (int b = 0; b < bands; b++) {
            firsts[b] = new int[16];
            Arrays.fill(firsts[b], FREE);
        }
    }

    /** Bytes of its arrays. */
    long bytes() {
        long n = 4L * next.length;
        for (int[] t : firsts) {
            n += 4L * t.length;
        }
        return n;
    }

    /** The bucket key of a band key (already masked) in band {@code band}. */
    static long key(int band, long maskedBandKey) {
        return maskedBandKey | band;
    }

    /** Puts a file in a bucket (its key is {@code keys.of(handle, band)}); returns the bucket's size with it, counted up to {@code upTo}. */
    int add(int handle, int band, long key, int upTo) {
        if (handle >= HANDLE) {
            throw new IllegalArgumentException("at most " + HANDLE + " files are kept, not " + (handle + 1));
        }
        int slot = handle * bands + band;
        if (slot >= next.length) {
            next = Arrays.copyOf(next, Math.max(slot + 1, next.length + next.length / 4 + bands)); // a quarter more: it holds an int a file and band
        }
        int at = find(band, key, END);
        if (at < 0) {
            if ((buckets[band] + 1) * 8L > firsts[band].length * 7L) { // up to 7/8 full: the 8-bit tag keeps long probes cheap
                grow(band);
                at = find(band, key, END);
            }
            at = ~at;
            firsts[band][at] = slotValue(key, handle);
            buckets[band]++;
            next[slot] = END;
            return 1;
        }
        next[slot] = firsts[band][at] & HANDLE;
        firsts[band][at] = slotValue(key, handle);
        return count(band, handle, upTo);
    }

    /** Takes a file out of a bucket it is in (its fingerprint still at hand); returns the bucket's size without it, counted up to {@code upTo}. */
    int remove(int handle, int band, long key, int upTo) {
        int at = find(band, key, handle);
        int first = firsts[band][at] & HANDLE;
        if (first == handle) {
            first = next[handle * bands + band];
            if (first == END) {
                free(band, at);
                return 0;
            }
            firsts[band][at] = slotValue(key, first);
        } else {
            int h = first;
            while (next[h * bands + band] != handle) {
                h = next[h * bands + band];
            }
            next[h * bands + band] = next[handle * bands + band];
        }
        return count(band, first, upTo);
    }

    /**
     * How many files the bucket holds, counted up to {@code upTo} (a larger bucket gives {@code upTo}).
     *
     * @param member a file in the bucket (it is found without recomputing a key when it is the first), or -1
     */
    int size(long key, int member, int upTo) {
        int band = bandOf(key);
        int at = find(band, key, member);
        return at < 0 ? 0 : count(band, firsts[band][at] & HANDLE, upTo);
    }

    /**
     * Each file of the bucket (most recently added first).
     *
     * @param member a file in the bucket, or -1
     */
    void forEach(int band, long key, int member, IntConsumer action) {
        int at = find(band, key, member);
        if (at < 0) {
            return;
        }
        for (int h = firsts[band][at] & HANDLE; h != END; h = next[h * bands + band]) {
            action.accept(h);
        }
    }

    /**
     * The bucket's files (most recently added first), as many as {@code into} holds; returns how many
     * there are, counted up to its length.
     *
     * @param member a file in the bucket, or -1
     */
    int members(int band, long key, int member, int[] into) {
        int at = find(band, key, member);
        int n = 0;
        for (int h = at < 0 ? END : firsts[band][at] & HANDLE; h != END && n < into.length; h = next[h * bands + band]) {
            into[n++] = h;
        }
        return n;
    }

    private int count(int band, int first, int upTo) {
        int n = 0;
        for (int h = first; h != END && n < upTo; h = next[h * bands + band]) {
            n++;
        }
        return n;
    }

    /** The slot of the bucket with this key (which holds {@code member}, unless -1), or {@code ~slot} of the free slot where it would go. */
    private int find(int band, long key, int member) {
        int[] table = firsts[band];
        int mask = table.length - 1;
        int tag = slotValue(key, 0);
        for (int at = home(key, mask); ; at = (at + 1) & mask) {
            int v = table[at];
            if (v == FREE) {
                return ~at;
            }
            if ((v & ~HANDLE) == tag && ((v & HANDLE) == member || keys.of(v & HANDLE, band) == key)) {
                return at;
            }
        }
    }

    private static int slotValue(long key, int handle) {
        return (int) (key >>> 56) << 24 | handle;
    }

    /** Empties a slot, moving later slots of the same run back so that every bucket stays reachable from its home. */
    private void free(int band, int at) {
        int[] table = firsts[band];
        int mask = table.length - 1;
        int gap = at;
        for (int j = (gap + 1) & mask; table[j] != FREE; j = (j + 1) & mask) {
            int home = home(keys.of(table[j] & HANDLE, band), mask);
            boolean movable = gap <= j ? home <= gap || home > j : home <= gap && home > j;
            if (movable) {
                table[gap] = table[j];
                gap = j;
            }
        }
        table[gap] = FREE;
        buckets[band]--;
    }

    private void grow(int band) {
        int[] old = firsts[band];
        int[] table = new int[old.length * 2];
        Arrays.fill(table, FREE);
        int mask = table.length - 1;
        for (int v : old) {
            if (v != FREE) {
                int at = home(keys.of(v & HANDLE, band), mask);
                while (table[at] != FREE) {
                    at = (at + 1) & mask;
                }
                table[at] = v;
            }
        }
        firsts[band] = table;
    }

    /** The key's bits above the band number are a hash already. */
    private static int home(long key, int mask) {
        return (int) (key >>> 24) & mask;
    }

    private static int bandOf(long key) {
        return (int) (key & WorkGrouper.INDEX_MASK);
    }
}
