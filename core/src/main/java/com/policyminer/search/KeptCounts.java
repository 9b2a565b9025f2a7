package com.policyminer.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

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
                Long n;
                synchronized (counts) {
                    n = counts.get(q);
                }
                if (n == null) {
                    n = index.count(q);
                    synchronized (counts) {
                        counts.put(q, n);
                    }
                }
                return n;
            }

            @Override
            public boolean hasTerm(Term t) throws IOException {
                Boolean has;
                synchronized (terms) {
                    has = terms.get(t);
                }
                if (has == null) {
                    has = index.hasTerm(t);
                    synchronized (terms) {
                        terms.put(t, has);
                    }
                }
                return has;
            }
        };
    }
}
