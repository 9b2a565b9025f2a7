package com.policyminer.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.IOSupplier;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts a query's building asks of the index ({@link IndexCounts}: how many reports have a chunk, for its rarity
 * bonus; how many reports there are; whether a word is in the index at all), kept for the index version they were counted on. A broad chunk's count walks
 * all of its postings in three fields (a third of the reports at 100,000), and a word comes back in many queries
 * that were never asked before (any pair of common words). The same query on the same reader counts the same, so the
 * queries built, and what the Solr mirror replays of them, do not change. A new reader starts afresh.
 */
final class KeptCounts {

    /** Counts (and terms) kept for the current reader, the least recently asked leaving first. */
    static final int ENTRIES = 4096;

    private record Kept(IndexReader reader, Map<Query, Long> counts, Map<Term, Boolean> terms) {
    }

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > ENTRIES;
            }
        };
    }

    private volatile Kept kept;

    /** {@code map}'s value for {@code key}, counted (outside the lock) and kept when it has none. */
    private static <K, V> V kept(Map<K, V> map, K key, IOSupplier<V> count) throws IOException {
        V v;
        synchronized (map) {
            v = map.get(key);
        }
        if (v == null) {
            v = count.get();
            synchronized (map) {
                map.put(key, v);
            }
        }
        return v;
    }

    /** The counts of {@code s}'s reader, from what is kept where it can. */
    IndexCounts of(IndexSearcher s) {
        Kept current = kept;
        if (current == null || current.reader() != s.getIndexReader()) {
            current = new Kept(s.getIndexReader(), lru(), lru());
            kept = current;
        }
        Map<Query, Long> counts = current.counts();
        Map<Term, Boolean> terms = current.terms();
        IndexCounts index = IndexCounts.of(s);
        return new IndexCounts() {
            @Override
            public long count(Query q) throws IOException {
                return kept(counts, q, () -> index.count(q));
            }

            @Override
            public boolean hasTerm(Term t) throws IOException {
                return kept(terms, t, () -> index.hasTerm(t));
            }
        };
    }
}
