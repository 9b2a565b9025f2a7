package com.policyminer.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain query as chunks, each searched as a phrase (or, with synonyms, as any phrase naming the same
 * thing), in two forms: {@link #strict} (every chunk must match) and {@link #relaxed} (at least k chunks).
 * Scores come in tiers: each chunk a report matches adds {@link #TIER}, an exact match (not only
 * through an expansion) {@link #EXACT} more, and BM25 orders reports within a tier; so a report that
 * matches more chunks, or the same chunks more exactly, always ranks first (as long as a report's
 * BM25 stays under {@link #EXACT}, which it does by far for queries of a few words).
 */
final class PlainQuery {

    static final double TIER = 10_000;
    static final double EXACT = 1_000;

    /**
     * One chunk: its exact phrase query and, when synonyms apply, the query of its alternatives.
     *
     * @param expanded null when the chunk has no alternatives (or is quoted)
     */
    record Chunk(String text, boolean quoted, Query exact, Query expanded, List<String> expansions) {
    }

    /** How a report matched one chunk. */
    enum Match { EXACT, EXPANDED, NONE }

    private final List<Chunk> chunks;

    PlainQuery(List<Chunk> chunks) {
        if (chunks.isEmpty()) {
            throw new IllegalArgumentException("a plain query needs a chunk");
        }
        this.chunks = List.copyOf(chunks);
    }

    List<Chunk> chunks() {
        return chunks;
    }

    int size() {
        return chunks.size();
    }

    /** Tiers are needed when reports may match chunks differently: a relaxed query, or alternatives. */
    boolean tiered(boolean relaxed) {
        return relaxed || chunks.stream().anyMatch(c -> c.expanded() != null);
    }

    /** Every chunk must match. Without alternatives, the plain conjunction (scores as before tiers). */
    Query strict() {
        if (!tiered(false)) {
            if (chunks.size() == 1) {
                return chunks.get(0).exact();
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            chunks.forEach(c -> b.add(c.exact(), BooleanClause.Occur.MUST));
            return b.build();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        chunks.forEach(c -> b.add(tiered(c), BooleanClause.Occur.MUST));
        return b.build();
    }

    /** At least {@code k} chunks must match, 1 ≤ k ≤ size. */
    Query relaxed(int k) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(k);
        chunks.forEach(c -> b.add(tiered(c), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /** Everything that may be marked in a passage: each chunk's phrase and its alternatives. */
    Query highlight() {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Chunk c : chunks) {
            b.add(c.exact(), BooleanClause.Occur.SHOULD);
            if (c.expanded() != null) {
                b.add(c.expanded(), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** The alternatives searched for each chunk that has some. */
    Map<String, List<String>> expansions() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        chunks.stream().filter(c -> c.expanded() != null).forEach(c -> out.put(c.text(), c.expansions()));
        return out;
    }

    private static Query tiered(Chunk c) {
        Query exact = ScorePlus.of(ReportQueryParser.forSearching(c.exact()), TIER + EXACT);
        if (c.expanded() == null) {
            return exact;
        }
        Query expanded = ScorePlus.of(ReportQueryParser.forSearching(c.expanded()), TIER);
        return new DisjunctionMaxQuery(List.of(exact, expanded), 0f);
    }

    /** How each of the given documents matched each chunk: one row per document, one entry per chunk. */
    List<List<Match>> matches(IndexSearcher s, int[] docs) throws IOException {
        List<Weight> exact = new ArrayList<>();
        List<Weight> expanded = new ArrayList<>();
        for (Chunk c : chunks) {
            exact.add(s.createWeight(s.rewrite(c.exact()), ScoreMode.COMPLETE_NO_SCORES, 1f));
            expanded.add(c.expanded() == null ? null : s.createWeight(s.rewrite(c.expanded()), ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        List<List<Match>> out = new ArrayList<>();
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int local = doc - leaf.docBase;
            List<Match> row = new ArrayList<>();
            for (int i = 0; i < chunks.size(); i++) {
                if (exact.get(i).matches(leaf, local) != null) {
                    row.add(Match.EXACT);
                } else if (expanded.get(i) != null && expanded.get(i).matches(leaf, local) != null) {
                    row.add(Match.EXPANDED);
                } else {
                    row.add(Match.NONE);
                }
            }
            out.add(row);
        }
        return out;
    }

    /** A tiered score without its tiers: the BM25 part. */
    static float bm25Part(float score, List<Match> row) {
        double tiers = 0;
        for (Match m : row) {
            tiers += m == Match.EXACT ? TIER + EXACT : m == Match.EXPANDED ? TIER : 0;
        }
        return (float) Math.max(0, score - tiers);
    }
}
