package com.policyminer.search;

import com.policyminer.index.Analyzers;
import com.policyminer.index.Schema;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lucene query syntax over the report fields, with one twist for unfielded text: each word or
 * phrase is searched as a phrase in the HanLP-segmented body (and the title, boosted, and the
 * words of the file name). Only when
 * that cannot match — a term no report has, as when the dictionary splits a word differently —
 * does the character-bigram field answer too (and {@link ReportSearch} retries with bigrams for
 * every phrase when a query finds nothing). So precision comes from segmentation (西安 does not
 * match 陕西安康), and recall from the bigrams.
 *
 * <p>The parser makes plain phrases, which the highlighter marks as phrases. For searching,
 * {@link #forSearching} turns each phrase of several words in the body into a filter (does the report
 * have it at least once?) scored by its words' BM25: finding one occurrence is cheap, while scoring
 * the phrase itself means counting every occurrence in every matching report — on the benchmark
 * corpus that took 20 times longer for phrases of common words (科技创新中心).
 */
final class ReportQueryParser extends QueryParser {

    private static final float TITLE_BOOST = 2f;

    private final IndexCounts counts;
    private final boolean alwaysBigrams;

    /**
     * @param alwaysBigrams add the bigram alternative to every word or phrase, not only to those with
     *                      unknown terms (the second try when the first query found nothing)
     */
    ReportQueryParser(Analyzers analyzers, IndexCounts counts, boolean alwaysBigrams) {
        super(Schema.BODY.fieldName(), analyzers.perField());
        this.counts = counts;
        this.alwaysBigrams = alwaysBigrams;
        setSplitOnWhitespace(true);
        setDefaultOperator(Operator.AND);
        setAutoGeneratePhraseQueries(true);
        setAllowLeadingWildcard(false);
    }

    /** Alternatives searched for one chunk at most (a region's sub-regions can be hundreds). */
    static final int MAX_ALTERNATIVES = 60;

    /**
     * A plain query (no syntax): each chunk between spaces, or in quotes, searched as a phrase (see
     * {@link PlainQuery}); with {@code synonyms}, an unquoted chunk also as the alternatives the expander
     * knows for it. Words such as AND, OR and NOT are words here, as in any plain string. Null when no
     * chunk has a searchable word.
     */
    PlainQuery plain(String q, QueryExpander expander, boolean synonyms, boolean subRegions, int pageSize)
            throws ParseException, IOException {
        List<PlainQuery.Chunk> chunks = new ArrayList<>();
        for (QueryChunks.Chunk chunk : QueryChunks.split(q)) {
            Query exact = textQuery(chunk.text(), 0);
            if (exact == null) {
                continue; // only punctuation
            }
            if (!synonyms || chunk.quoted()) {
                chunks.add(new PlainQuery.Chunk(chunk.text(), chunk.quoted(), exact, null, null, List.of()));
                continue;
            }
            QueryExpander.Alternatives found = expander.alternatives(chunk.text(), subRegions);
            List<String> shown = new ArrayList<>();
            BooleanQuery.Builder equivalent = new BooleanQuery.Builder();
            int equivalents = addAll(found.equivalent(), exact, equivalent, shown);
            for (String policy : found.policies()) {
                if (policy.equals(chunk.text()) || found.equivalent().contains(policy)) {
                    continue; // its phrase is searched already
                }
                Query cited = new TermQuery(new Term(Schema.POLICY.fieldName(), policy));
                if (counts.count(new BooleanQuery.Builder().add(cited, BooleanClause.Occur.MUST)
                        .add(exact, BooleanClause.Occur.MUST_NOT).build()) > 0) {
                    equivalent.add(cited, BooleanClause.Occur.SHOULD); // cited in another form, or by a short name
                    shown.add("《" + policy + "》");
                    equivalents++;
                }
            }
            Query near = nearby(chunk.text());
            if (near != null) {
                equivalent.add(near, BooleanClause.Occur.SHOULD);
                shown.add(nearbyLabel((PhraseQuery) near));
                equivalents++;
            }
            Query start = counts.count(exact) < pageSize ? WordStart.of(super.getFieldQuery(Schema.BODY.fieldName(), chunk.text(), true)) : null;
            if (start != null) {
                equivalent.add(start, BooleanClause.Occur.SHOULD);
                shown.add(chunk.text() + "*");
                equivalents++;
            }
            BooleanQuery.Builder partial = new BooleanQuery.Builder();
            int partials = addAll(found.partial(), exact, partial, shown);
            Query equivalentQuery = equivalents == 0 ? null : equivalent.build();
            Query words = exact;
            if (!found.place().isEmpty()) {
                // a place's words count where the report names that place (the extractor recorded it): the same
                // characters elsewhere are something else (东北、西北…四个片区 are parts of a province, 西部科学城 a
                // name), found too but below every report that names the place
                exact = inPlace(exact, found.place());
                equivalentQuery = equivalentQuery == null ? null : inPlace(equivalentQuery, found.place());
            }
            PlainQuery.Chunk c = new PlainQuery.Chunk(chunk.text(), false, exact, equivalentQuery,
                    partials == 0 ? null : partial.build(), List.copyOf(shown));
            chunks.add(found.place().isEmpty() ? c : c.withTextOnly(words));
        }
        if (chunks.size() > 1) {
            // among reports matching as many chunks, one matching the rarer chunk first (东北 before 振兴)
            long reports = counts.count(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_REPORT)));
            for (int i = 0; i < chunks.size(); i++) {
                PlainQuery.Chunk c = chunks.get(i);
                BooleanQuery.Builder any = new BooleanQuery.Builder().add(c.exact(), BooleanClause.Occur.SHOULD);
                if (c.equivalent() != null) {
                    any.add(c.equivalent(), BooleanClause.Occur.SHOULD);
                }
                if (c.partial() != null) {
                    any.add(c.partial(), BooleanClause.Occur.SHOULD);
                }
                chunks.set(i, c.withRarity(PlainQuery.rarity(counts.count(any.build()), reports, chunks.size())));
            }
        }
        return chunks.isEmpty() ? null : new PlainQuery(chunks);
    }

    /** {@code q} in the reports that mention the place {@code place} (its canonical name, as the region field records it). */
    private static Query inPlace(Query q, String place) {
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Schema.REGION.fieldName(), place)), BooleanClause.Occur.FILTER).build();
    }

    /** Adds each alternative's phrase query (up to {@link #MAX_ALTERNATIVES} in all); how many were added. */
    private int addAll(List<String> alternatives, Query exact, BooleanQuery.Builder to, List<String> shown) throws ParseException {
        int added = 0;
        for (String alternative : alternatives) {
            Query a = shown.size() < MAX_ALTERNATIVES ? textQuery(alternative, 0) : null;
            if (a != null && !a.equals(exact)) {
                to.add(a, BooleanClause.Occur.SHOULD);
                shown.add(alternative);
                added++;
            }
        }
        return added;
    }

    /** How far apart, in words and in any order, the words of a chunk may be for {@link #nearby}. */
    static final int NEARBY_SLOP = 4;

    /**
     * The chunk's words close together in any order (技术输出 → 输出技术, 输出外省市技术), or null for a
     * chunk of one word: an alternative that ranks below the exact phrase.
     */
    private Query nearby(String text) throws ParseException {
        Query body = super.getFieldQuery(Schema.BODY.fieldName(), text, true);
        if (!(body instanceof PhraseQuery p) || p.getTerms().length < 2 || hasUnknownTerm(p)) {
            return null;
        }
        return new PhraseQuery(NEARBY_SLOP, p.getField(), java.util.Arrays.stream(p.getTerms()).map(Term::bytes)
                .toArray(org.apache.lucene.util.BytesRef[]::new));
    }

    /** How the nearby alternative is shown: 技术…输出（词序不限）. */
    private static String nearbyLabel(PhraseQuery p) {
        return java.util.Arrays.stream(p.getTerms()).map(Term::text).collect(java.util.stream.Collectors.joining("…"))
                + "（词序不限）";
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (field.equals(Schema.BODY.fieldName())) {
            return textQuery(queryText, 0);
        }
        checkField(field);
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (field.equals(Schema.BODY.fieldName()) && slop == 0) {
            return textQuery(queryText, 0);
        }
        checkField(field);
        return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        checkField(field);
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        checkField(field);
        if (termStr.isEmpty()) {
            throw new ParseException("a wildcard needs at least one character before it");
        }
        return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        checkField(field);
        if (termStr.startsWith("*") || termStr.startsWith("?")) {
            throw new ParseException("leading wildcards are not allowed (they scan the whole index)");
        }
        return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        checkField(field);
        return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new ParseException("regular expression queries are not supported");
    }

    /** Fields of report documents that a query may name (the others belong to figures and mentions). */
    private static final java.util.Set<String> FIELDS = java.util.Set.of("title", "body", "name", "source", "format", "path", "region", "policy", "org", "uploader");

    private static void checkField(String field) throws ParseException {
        if (!FIELDS.contains(field)) {
            throw new ParseException("unknown field '" + field + "'; searchable fields: " + String.join(", ", new java.util.TreeSet<>(FIELDS))
                    + " (dates: use the from and to parameters)");
        }
    }

    private Query textQuery(String text, int slop) throws ParseException {
        Query body = super.getFieldQuery(Schema.BODY.fieldName(), text, true);
        if (body == null) {
            return null; // only punctuation
        }
        Query title = inField(body, Schema.TITLE.fieldName()); // same analyzer: the same words, no second pass
        if (title == null) {
            title = super.getFieldQuery(Schema.TITLE.fieldName(), text, true);
        }
        Query name = inField(body, Schema.NAME.fieldName());
        if (name == null) {
            name = super.getFieldQuery(Schema.NAME.fieldName(), text, true);
        }
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(body);
        if (title != null) {
            alternatives.add(new BoostQuery(title, TITLE_BOOST));
        }
        if (name != null) {
            alternatives.add(name); // unboosted: a file name is often the title again, or a code
        }
        if (alwaysBigrams || hasUnknownTerm(body)) {
            Query bigram = super.getFieldQuery(Schema.BODY_BIGRAM.fieldName(), text, true);
            if (bigram != null) {
                alternatives.add(bigram);
            }
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        alternatives.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /**
     * The same term or phrase query over another field (the title is analyzed as the body is), or null
     * for other shapes of query.
     */
    private static Query inField(Query q, String field) {
        if (q instanceof TermQuery t) {
            return new TermQuery(new Term(field, t.getTerm().bytes()));
        }
        if (q instanceof PhraseQuery p) {
            PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
            Term[] terms = p.getTerms();
            int[] positions = p.getPositions();
            for (int i = 0; i < terms.length; i++) {
                b.add(new Term(field, terms[i].bytes()), positions[i]);
            }
            return b.build();
        }
        return null;
    }

    /** The search form of a parsed query: each phrase (exact or sloppy) of several words in the body becomes {@link #filteredPhrase}. */
    static Query forSearching(Query q) {
        if (q instanceof PhraseQuery phrase && phrase.getField().equals(Schema.BODY.fieldName())) {
            return filteredPhrase(phrase);
        }
        if (q instanceof BoostQuery boost) {
            return new BoostQuery(forSearching(boost.getQuery()), boost.getBoost());
        }
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            bq.clauses().forEach(c -> b.add(forSearching(c.getQuery()), c.getOccur()));
            return b.build();
        }
        return q;
    }

    /** A phrase as a filter, scored by its words (the phrase's own score needs every occurrence counted). */
    private static Query filteredPhrase(PhraseQuery phrase) {
        if (phrase.getTerms().length < 2) {
            return phrase;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(phrase, BooleanClause.Occur.FILTER);
        for (Term t : new java.util.LinkedHashSet<>(List.of(phrase.getTerms()))) {
            b.add(new TermQuery(t), BooleanClause.Occur.MUST);
        }
        return b.build();
    }

    /** True when a term of the query is in no report (a word the dictionary splits differently, or a typo). */
    private boolean hasUnknownTerm(Query q) {
        boolean[] unknown = {false};
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    try {
                        unknown[0] |= !counts.hasTerm(t);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
        return unknown[0];
    }
}
