package com.policyminer.compare;

/**
 * Units and documents counted per pair of entity ids, in primitive arrays: an open-addressing table
 * (a long key, three ints) while counting, then {@link #trim trimmed} to exact arrays of 16 bytes a
 * pair. A document counts once per pair by remembering the last one counted (documents are added one
 * after another). Not thread-safe while counting; read-only once trimmed.
 */
final class PairCounts {
    private static final long EMPTY = 0;

    private long[] keys = new long[16];
    private int[] units = new int[16];
    private int[] docs = new int[16];
    private int[] last = new int[16];
    private int size;
    private boolean trimmed;

    /** Counts one unit of document {@code doc} naming both {@code x} and {@code y}. */
    void add(int x, int y, int doc) {
        if (trimmed) {
            throw new IllegalStateException("counted already");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = key(x, y);
        int i = slot(keys, key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            last[i] = -1;
            size++;
        }
        units[i]++;
        if (last[i] != doc) {
            docs[i]++;
            last[i] = doc;
        }
    }

    /** Drops what counting needed: the table becomes exact arrays, one entry per pair. */
    void trim() {
        if (trimmed) {
            return;
        }
        long[] k = new long[size];
        int[] u = new int[size];
        int[] d = new int[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                k[n] = keys[i];
                u[n] = units[i];
                d[n] = docs[i];
                n++;
            }
        }
        keys = k;
        units = u;
        docs = d;
        last = null;
        trimmed = true;
    }

    int size() {
        return size;
    }

    /** Each pair with its counts (in no particular order). */
    void forEach(PairConsumer each) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                each.accept((int) (keys[i] >>> 32) - 1, (int) keys[i], units[i], docs[i]);
            }
        }
    }

    @FunctionalInterface
    interface PairConsumer {
        void accept(int x, int y, int units, int documents);
    }

    /** Never {@link #EMPTY}: the first id is stored plus one. */
    private static long key(int x, int y) {
        return ((long) (x + 1) << 32) | (y & 0xffffffffL);
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) mix(key) & mask;
        while (table[i] != EMPTY && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldUnits = units;
        int[] oldDocs = docs;
        int[] oldLast = last;
        keys = new long[oldKeys.length * 2];
        units = new int[keys.length];
        docs = new int[keys.length];
        last = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int j = slot(keys, oldKeys[i]);
                keys[j] = oldKeys[i];
                units[j] = oldUnits[i];
                docs[j] = oldDocs[i];
                last[j] = oldLast[i];
            }
        }
    }
}
