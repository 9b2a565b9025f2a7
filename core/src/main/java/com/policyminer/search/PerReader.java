package com.policyminer.search;

import org.apache.lucene.util.IOSupplier;

import java.io.IOException;

/**
 * One value computed from the index and kept until the index changes: the key is the reader (an
 * index version) it was computed for; a newer reader computes it again, once, however many ask.
 */
final class PerReader<T> {

    private record Entry<T>(Object reader, T value) {
    }

    private volatile Entry<T> entry;

    T get(Object reader, IOSupplier<T> compute) throws IOException {
        Entry<T> e = entry;
        if (e != null && e.reader() == reader) {
            return e.value();
        }
        synchronized (this) {
            e = entry;
            if (e != null && e.reader() == reader) {
                return e.value();
            }
            T value = compute.get();
            entry = new Entry<>(reader, value);
            return value;
        }
    }
}
