package com.policyminer.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scored matches of a query's broad chunks, kept per index version. A chunk (one word: the OR of body, title^2
 * and name) is scored per report on its own: Lucene sums a conjunction's clause scores, and a disjunction's
 * sub-scores, in a double and casts to float once, so a chunk's score computed alone is the very float it adds inside
 * the conjunction. A word shared by many queries never asked before (any pair of common words) is scored once per
 * reader — every report it matches, with the chunk's real weight — and then served from two arrays per segment (see
 * {@link KeptChunkQuery}): the conjunction, filters, collapse, sort, facets and passages see the same scores.
 * The arrays (8 bytes a match) are kept within {@link #BUDGET_BYTES}, the least recently used leaving first; a new
 * reader starts afresh, and those of a closed reader are dropped.
 */
final class KeptChunkScores {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KeptChunkScores.class);

    /** A chunk is kept from this many matching reports on: below it, its postings are short and cheap to score. */
    static final long MIN_MATCHES = 1_000;
    /**
     * What the kept arrays may take of the heap: a 32nd of it, at most 64 MB (a word matching 95,000 reports takes
     * 0.8 MB; the benchmark's 40 common words take 16 MB at 100,000 reports, and 32 MB is a 1 GB server's share).
     */
    static final long BUDGET_BYTES = Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 32);

    /** One segment's matches of a chunk, in doc order, with their scores and the highest. */
    record Leaf(int[] docs, float[] scores, float max) {
        static final Leaf EMPTY = new Leaf(new int[0], new float[0], 0f);
    }

    /** A chunk's matches in every segment of the reader, in the reader's leaf order. */
    record Scores(List<Leaf> leaves, long bytes) {
    }

    /** How the kept scores were used: found, built (a first use on this reader), dropped for room. */
    record Stats(long hits, long builds, long evictions, long bytes, int entries) {
    }

    private record Key(Query chunk, float boost, Similarity similarity) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.chunk.equals(chunk) && k.boost == boost && k.similarity == similarity;
        }

        @Override
        public int hashCode() {
            return chunk.hashCode() * 31 + Float.hashCode(boost);
        }
    }

    /** The scores kept for one reader. */
    private static final class Kept {
        final IndexReader reader;
        final LinkedHashMap<Key, Scores> scores = new LinkedHashMap<>(64, 0.75f, true);
        long bytes;

        Kept(IndexReader reader) {
            this.reader = reader;
        }
    }

    private final long budget;
    /** {@link #MIN_MATCHES}, changed by tests (Long.MAX_VALUE: nothing is kept). */
    volatile long minMatches = MIN_MATCHES;
    private Kept kept; // guarded by this
    private long hits;
    private long builds;
    private long evictions;

    KeptChunkScores() {
        this(BUDGET_BYTES);
    }

    KeptChunkScores(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /**
     * {@code strict} (a plain query's conjunction of its chunks, as {@link PlainQuery#strict} built it) with each chunk
     * matching at least {@link #MIN_MATCHES} reports served from kept scores. The counts are the ones the parse asked
     * for the chunks' rarity (kept by {@link KeptCounts}: asking again costs nothing). Any other query is returned as it is.
     */
    Query apply(PlainQuery plain, Query strict, IndexCounts counts) throws IOException {
        if (plain == null || plain.size() < 2 || plain.tiered(false) || !(strict instanceof BooleanQuery bq)
                || bq.clauses().size() != plain.size()) {
            return strict;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        boolean any = false;
        for (int i = 0; i < plain.size(); i++) {
            BooleanClause c = bq.clauses().get(i);
            // the same query as the parse counted for the chunk's rarity (see ReportQueryParser.plain)
            Query asCounted = new BooleanQuery.Builder().add(plain.chunks().get(i).exact(), BooleanClause.Occur.SHOULD).build();
            if (c.getOccur() == BooleanClause.Occur.MUST && counts.count(asCounted) >= minMatches) {
                out.add(new KeptChunkQuery(ReportQueryParser.forSearching(c.getQuery()), this), c.getOccur());
                any = true;
            } else {
                out.add(c);
            }
        }
        return any ? out.build() : strict;
    }

    /**
     * The scores of {@code weight}'s chunk on {@code searcher}'s reader: kept, or worked out now and kept. Null when
     * they cannot be kept for this reader (an older one than the one kept for, as a cursor's view may be).
     */
    Scores scores(IndexSearcher searcher, Query chunk, Weight weight, float boost) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Key key = new Key(chunk, boost, searcher.getSimilarity());
        synchronized (this) {
            if (!current(reader)) {
                return null;
            }
            Scores found = kept.scores.get(key);
            if (found != null) {
                hits++;
                return found;
            }
        }
        long t0 = System.nanoTime();
        Scores built = build(reader, weight);
        synchronized (this) {
            builds++;
            if (kept == null || kept.reader != reader) {
                return built; // the reader changed meanwhile: used once
            }
            Scores raced = kept.scores.putIfAbsent(key, built);
            if (raced != null) {
                return raced;
            }
            kept.bytes += built.bytes();
            int dropped = 0;
            var eldest = kept.scores.entrySet().iterator();
            while (kept.bytes > budget && eldest.hasNext()) {
                Scores out = eldest.next().getValue();
                eldest.remove();
                kept.bytes -= out.bytes();
                dropped++;
            }
            if (dropped > 0 && evictions == 0) {
                LOG.info("kept scores of broad words: their budget of {} MB is reached; the least recently used now leave ({})",
                        budget >> 20, stats());
            }
            evictions += dropped;
            if (LOG.isDebugEnabled()) {
                LOG.debug("kept the scores of {}: {} bytes in {} ms; {} dropped for room; {}", chunk, built.bytes(),
                        (System.nanoTime() - t0) / 1_000_000, dropped, stats());
            }
        }
        return built;
    }

    /** Whether scores are kept for {@code reader}: the one kept for, or a newer one (which starts afresh). */
    private boolean current(IndexReader reader) {
        if (kept != null && kept.reader == reader) {
            return true;
        }
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return false;
        }
        if (kept != null && reader instanceof DirectoryReader now && kept.reader instanceof DirectoryReader before
                && now.getVersion() < before.getVersion()) {
            return false;
        }
        kept = new Kept(reader);
        helper.addClosedListener(closed -> dropClosed(reader));
        return true;
    }

    private synchronized void dropClosed(IndexReader reader) {
        if (kept != null && kept.reader == reader) {
            kept = null;
        }
    }

    synchronized Stats stats() {
        return new Stats(hits, builds, evictions, kept == null ? 0 : kept.bytes, kept == null ? 0 : kept.scores.size());
    }

    /** Every match of the chunk in every segment, scored by its weight's own scorer. */
    private static Scores build(IndexReader reader, Weight weight) throws IOException {
        List<Leaf> leaves = new ArrayList<>();
        long bytes = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                leaves.add(Leaf.EMPTY);
                continue;
            }
            DocIdSetIterator it = scorer.iterator();
            int size = (int) Math.min(Math.max(16, it.cost()), leaf.reader().maxDoc());
            int[] docs = new int[size];
            float[] scores = new float[size];
            int n = 0;
            float max = 0f;
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (n == docs.length) {
                    docs = Arrays.copyOf(docs, Math.min(leaf.reader().maxDoc(), n * 2));
                    scores = Arrays.copyOf(scores, docs.length);
                }
                float s = scorer.score();
                docs[n] = doc;
                scores[n] = s;
                max = Math.max(max, s);
                n++;
            }
            Leaf l = n == 0 ? Leaf.EMPTY : new Leaf(n == docs.length ? docs : Arrays.copyOf(docs, n),
                    n == scores.length ? scores : Arrays.copyOf(scores, n), max);
            leaves.add(l);
            bytes += 8L * l.docs().length + 48;
        }
        return new Scores(List.copyOf(leaves), bytes);
    }
}
