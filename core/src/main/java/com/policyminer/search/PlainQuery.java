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
 * Scores come in tiers: each chunk a report matches adds {@link #TIER}; an exact match {@link #EXACT}
 * more, a match through an equivalent (a synonym, an alias, the words in another order) {@link #EQUIVALENT}
 * more, a match through a part (one member of 苏浙皖) nothing more; and each matched chunk up to
 * {@link #RARITY} more the rarer it is (see {@link #rarity}); BM25 orders reports within a tier. So a report
 * that matches more chunks, or the same chunks more exactly, always ranks first, and among those matching
 * as many, one matching the rarer chunk (东北 rather than 振兴) — as long as BM25 stays under the
 * steps, which it does by far for queries of a few words.
 */
final class PlainQuery {

    static final double TIER = 10_000;
    static final double EXACT = 1_000;
    static final double EQUIVALENT = 500;
    /** The most a chunk's rarity adds: below the step from an equivalent to an exact match. */
    static final double RARITY = 400;

    /**
     * One chunk: its exact phrase query and, when synonyms apply, the queries of its alternatives.
     *
     * @param equivalent names of the same thing (synonyms, aliases, its words in another order or as the
     *                   start of a longer word), or null
     * @param partial    names of a part of it (an abbreviation's members, sub-regions), or null
     * @param expansions the alternatives as shown to the user
     */
    record Chunk(String text, boolean quoted, Query exact, Query equivalent, Query partial, List<String> expansions,
                 double rarity, Query textOnly) {

        Chunk(String text, boolean quoted, Query exact, Query equivalent, Query partial, List<String> expansions) {
            this(text, quoted, exact, equivalent, partial, expansions, 0, null);
        }

        /** The same chunk with the rarity bonus it gets (see {@link PlainQuery#rarity}). */
        Chunk withRarity(double bonus) {
            return new Chunk(text, quoted, exact, equivalent, partial, expansions, bonus, textOnly);
        }

        /**
         * The same chunk with its words matched also where a report does not name the place they name
         * (西部科学城 for 西部, the 东北 片区 of a province): found, but scored by BM25 alone, below every tier.
         */
        Chunk withTextOnly(Query words) {
            return new Chunk(text, quoted, exact, equivalent, partial, expansions, rarity, words);
        }

        boolean expanded() {
            return equivalent != null || partial != null || textOnly != null;
        }
    }

    /** How a report matched one chunk: exactly, through an equivalent, through a part, or not at all. */
    enum Match {
        EXACT(TIER + PlainQuery.EXACT), EQUIVALENT(TIER + PlainQuery.EQUIVALENT), PARTIAL(TIER),
        /** The words, where the report does not name the place they name: no tier. */
        TEXT(0),
        NONE(0);

        final double tier;

        Match(double tier) {
            this.tier = tier;
        }
    }

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

    /**
     * How much matching a chunk found in {@code matching} of {@code reports} reports adds within a tier:
     * {@link #RARITY} × its inverse document frequency relative to a chunk found in one report only (so it
     * is between 0 and {@code RARITY}), and at most so much that the bonuses of all chunks stay under one
     * {@link #TIER} step.
     */
    static double rarity(long matching, long reports, int chunks) {
        if (reports <= 1 || matching <= 0) {
            return 0;
        }
        double idf = Math.log((double) reports / Math.min(matching, reports));
        double cap = Math.min(RARITY, TIER / chunks - EXACT - 1);
        return Math.max(0, cap) * Math.min(1, idf / Math.log(reports));
    }

    /** Tiers are needed when reports may match chunks differently: a relaxed query, or alternatives. */
    boolean tiered(boolean relaxed) {
        return relaxed || chunks.stream().anyMatch(Chunk::expanded);
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
        // a place's words where the report does not name the place match only a query of that one chunk (below
        // every report naming the place); with more chunks they do not count as that chunk: 东北 振兴 would
        // otherwise rank a province's 东北片区 with its 乡村振兴 above a report on the Northeast
        boolean withText = chunks.size() == 1;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        chunks.forEach(c -> b.add(tiered(c, withText), BooleanClause.Occur.MUST));
        return b.build();
    }

    /** At least {@code k} chunks must match, 1 ≤ k ≤ size. */
    Query relaxed(int k) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(k);
        chunks.forEach(c -> b.add(tiered(c, false), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /** Everything that may be marked in a passage: each chunk's phrase and its alternatives. */
    Query highlight() {
        if (chunks.size() == 1 && !chunks.get(0).expanded()) {
            return chunks.get(0).exact(); // the query itself, as before tiers: the highlighter's cheapest shape
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Chunk c : chunks) {
            b.add(c.exact(), BooleanClause.Occur.SHOULD);
            if (c.equivalent() != null) {
                b.add(c.equivalent(), BooleanClause.Occur.SHOULD);
            }
            if (c.partial() != null) {
                b.add(c.partial(), BooleanClause.Occur.SHOULD);
            }
            if (c.textOnly() != null) {
                b.add(c.textOnly(), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** The alternatives searched for each chunk that has some. */
    Map<String, List<String>> expansions() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        chunks.stream().filter(Chunk::expanded).forEach(c -> out.put(c.text(), c.expansions()));
        return out;
    }

    private static Query tiered(Chunk c, boolean withText) {
        Query exact = ScorePlus.of(ReportQueryParser.forSearching(c.exact()), Match.EXACT.tier + c.rarity());
        if (!c.expanded()) {
            return exact;
        }
        List<Query> levels = new ArrayList<>(List.of(exact));
        if (c.equivalent() != null) {
            levels.add(ScorePlus.of(ReportQueryParser.forSearching(c.equivalent()), Match.EQUIVALENT.tier + c.rarity()));
        }
        if (c.partial() != null) {
            levels.add(ScorePlus.of(ReportQueryParser.forSearching(c.partial()), Match.PARTIAL.tier + c.rarity()));
        }
        if (c.textOnly() != null && withText) {
            levels.add(ReportQueryParser.forSearching(c.textOnly())); // BM25 alone
        }
        return new DisjunctionMaxQuery(levels, 0f); // the best level a report reaches counts, once
    }

    /** How each of the given documents matched each chunk: one row per document, one entry per chunk. */
    List<List<Match>> matches(IndexSearcher s, int[] docs) throws IOException {
        List<Weight[]> weights = new ArrayList<>(); // per chunk: exact, equivalent, partial
        for (Chunk c : chunks) {
            weights.add(new Weight[] {weight(s, c.exact()), weight(s, c.equivalent()), weight(s, c.partial()), weight(s, c.textOnly())});
        }
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        Match[] levels = {Match.EXACT, Match.EQUIVALENT, Match.PARTIAL, Match.TEXT};
        List<List<Match>> out = new ArrayList<>();
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int local = doc - leaf.docBase;
            List<Match> row = new ArrayList<>();
            for (Weight[] w : weights) {
                Match m = Match.NONE;
                for (int level = 0; level < w.length && m == Match.NONE; level++) {
                    if (w[level] != null && w[level].matches(leaf, local) != null) {
                        m = levels[level];
                    }
                }
                row.add(m);
            }
            out.add(row);
        }
        return out;
    }

    /** The rows of hits of a query without tiers: each matched each chunk exactly. */
    static List<List<Match>> allExact(int chunks, int docs) {
        List<Match> row = java.util.Collections.nCopies(chunks, Match.EXACT);
        return java.util.Collections.nCopies(docs, row);
    }

    private static Weight weight(IndexSearcher s, Query q) throws IOException {
        return q == null ? null : s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** A tiered score without its tiers and rarity bonuses: the BM25 part. */
    float bm25Part(float score, List<Match> row) {
        double tiers = 0;
        for (int i = 0; i < row.size(); i++) {
            Match m = row.get(i);
            tiers += m.tier + (m == Match.NONE || m == Match.TEXT ? 0 : chunks.get(i).rarity());
        }
        return (float) Math.max(0, score - tiers);
    }
}
