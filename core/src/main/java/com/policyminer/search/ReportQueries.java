package com.policyminer.search;

import com.policyminer.index.Analyzers;
import com.policyminer.index.Schema;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report query of a request, built one way for every backend: the text parsed (Lucene syntax, or a plain
 * query's chunks with their alternatives and tiers) and the request's filters. The embedded search
 * ({@link ReportSearch}) and the Solr query parser plugin both build their query here, so both run one query;
 * what the building asks of the index goes through {@link IndexCounts}.
 */
public final class ReportQueries {

    private final Analyzers analyzers;
    private final RegionExpander regions;
    private final QueryExpander expander;
    private final Passages passages;

    public ReportQueries(Analyzers analyzers, RegionExpander regions, QueryExpander expander) {
        this.analyzers = analyzers;
        this.regions = regions;
        this.expander = expander;
        this.passages = new Passages(analyzers);
    }

    /**
     * A parsed text query: what the highlighter marks, and what is searched (all chunks must match).
     * {@code plain} holds the chunks of a plain query, or is null for Lucene syntax.
     */
    public static final class Parsed {
        private final Query highlight;
        private final Query strict;
        private final PlainQuery plain;

        Parsed(Query highlight, Query strict, PlainQuery plain) {
            this.highlight = highlight;
            this.strict = strict;
            this.plain = plain;
        }

        public Query highlight() {
            return highlight;
        }

        public Query strict() {
            return strict;
        }

        /** The same parse with equal queries in another form (see {@link LookedUpTerms}). */
        Parsed withQueries(Query highlight, Query strict) {
            return new Parsed(highlight, strict, plain);
        }

        PlainQuery plain() {
            return plain;
        }

        public boolean isPlain() {
            return plain != null;
        }

        /** The number of chunks of a plain query (0 for Lucene syntax). */
        public int chunks() {
            return plain == null ? 0 : plain.size();
        }

        /** At least {@code k} chunks of a plain query must match. */
        public Query relaxed(int k) {
            return plain.relaxed(k);
        }

        /** Whether hits of this plain query may match its chunks differently (see {@link PlainQuery#tiered}). */
        public boolean tiered(boolean relaxed) {
            return plain != null && plain.tiered(relaxed);
        }

        public Map<String, List<String>> expansions() {
            return plain == null ? Map.of() : plain.expansions();
        }

        public List<String> chunkTexts() {
            return plain == null ? List.of() : plain.chunks().stream().map(PlainQuery.Chunk::text).toList();
        }

        /** How each document matched each chunk (EXACT, EQUIVALENT, PARTIAL, TEXT or NONE), one row per document. */
        public List<List<String>> matches(IndexSearcher s, int[] docs) throws IOException {
            return plain.matches(s, docs).stream().map(row -> row.stream().map(Enum::name).toList()).toList();
        }

        /** A tiered score without its tiers and rarity bonuses, given the hit's row of {@link #matches}. */
        public float bm25Part(float score, List<String> row) {
            return plain.bm25Part(score, row.stream().map(PlainQuery.Match::valueOf).toList());
        }
    }

    /**
     * Parses the request's text.
     *
     * @param cost          the reader whose terms a wildcard or fuzzy term may expand to (checked against the
     *                      budget, see {@link QueryCost}), or null to leave that to whoever runs the query
     * @param alwaysBigrams search every word and phrase through the bigram field as well
     * @param synonyms      search the chunks of a plain query with their alternatives too
     * @throws BadQueryException when the query cannot be parsed or has no searchable words
     */
    public Parsed parse(SearchRequest r, IndexCounts counts, IndexReader cost, boolean alwaysBigrams, boolean synonyms) {
        boolean lucene = r.syntax().equals("lucene")
                || r.syntax().equals("auto") && QueryText.looksLikeLucene(r.q()) && !QueryChunks.onlyQuotes(r.q());
        try {
            ReportQueryParser parser = new ReportQueryParser(analyzers, counts, alwaysBigrams);
            if (!lucene) {
                PlainQuery plain = parser.plain(r.q(), expander, synonyms, r.expand(), r.size());
                if (plain == null) {
                    throw new BadQueryException("the query has no searchable words");
                }
                return new Parsed(plain.highlight(), plain.strict(), plain);
            }
            Query q = parser.parse(r.q());
            if (q == null || q instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
                throw new BadQueryException("the query has no searchable words");
            }
            if (cost != null) {
                QueryCost.check(q, cost); // fuzzy and wildcard terms within budget, before running
            }
            return new Parsed(q, q, null);
        } catch (ParseException e) {
            throw new BadQueryException("cannot parse query: " + firstLine(e.getMessage()), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("query is too complex (more than " + IndexSearcher.getMaxClauseCount() + " clauses)", e);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("invalid query: " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The query searched: the parsed text in its search form (see ReportQueryParser) and the request's filters. */
    public Query build(SearchRequest r, Query text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean entityFilters = !r.docs().isEmpty() || !r.regions().isEmpty() || !r.policies().isEmpty() || !r.orgs().isEmpty();
        if (text == null || entityFilters || !ReportFields.only(text)) {
            // figures and extractions share the report's path, id and entity fields: keep them out
            b.add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_REPORT)), BooleanClause.Occur.FILTER);
        }
        if (text != null) {
            b.add(ReportQueryParser.forSearching(text), BooleanClause.Occur.MUST);
        }
        if (!r.docs().isEmpty()) {
            b.add(terms(Schema.DOC_ID.fieldName(), r.docs()), BooleanClause.Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
            long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Schema.DATE.fieldName(), lo, hi), BooleanClause.Occur.FILTER);
        }
        if (!r.regions().isEmpty()) {
            List<String> names = new ArrayList<>();
            r.regions().forEach(n -> names.addAll(regions.resolve(n, r.expand())));
            b.add(terms(Schema.REGION.fieldName(), names), BooleanClause.Occur.FILTER);
        }
        if (!r.policies().isEmpty()) {
            b.add(terms(Schema.POLICY.fieldName(), r.policies()), BooleanClause.Occur.FILTER);
        }
        if (!r.orgs().isEmpty()) {
            b.add(terms(Schema.ORG.fieldName(), r.orgs()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The best passages of each document (by its number in {@code s}), each with its page. */
    public Map<Integer, List<SearchResult.Passage>> passages(IndexSearcher s, Parsed parsed, List<ScoreDoc> docs) throws IOException {
        return passages.best(s, parsed.highlight(), parsed.plain(), docs);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static Query terms(String field, List<String> values) {
        List<BytesRef> refs = values.stream().distinct().map(BytesRef::new).toList();
        return new TermInSetQuery(field, refs);
    }
}
