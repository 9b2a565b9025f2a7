package com.policyminer.search;

import com.policyminer.index.Schema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.io.IOException;

/**
 * A query on the figures' {@link Schema#SENTENCE} field that also matches the figures sharing a matching sentence.
 * The index inverts a sentence once, on the first figure of a run of figures from that sentence; the others have
 * the field empty and {@link Schema#SENTENCE_LEAD} pointing back at that one. This query matches a figure whose own
 * sentence matches {@code sentence}, and a figure whose run's first figure does, with that figure's score: the
 * figures it finds are those {@code sentence} found when every figure carried its sentence's words. A run is one
 * report's, in its block, so it never spans two segments; {@link SharedSentenceScorer} does the work per segment.
 * Built by {@link FigureQueries}, so the embedded index and the Solr plugin both use it.
 */
public final class SharedSentenceQuery extends Query {

    static final String LEAD = Schema.SENTENCE_LEAD.fieldName();

    private final Query sentence;

    public SharedSentenceQuery(Query sentence) {
        this.sentence = java.util.Objects.requireNonNull(sentence, "sentence");
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query r = sentence.rewrite(searcher);
        if (r instanceof MatchNoDocsQuery) {
            return r;
        }
        return r == sentence ? this : new SharedSentenceQuery(r);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = searcher.createWeight(sentence, scoreMode, boost);
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer s = inner.scorer(context);
                if (s == null) {
                    return null; // no sentence here matches, so neither does a figure pointing at one
                }
                return new SharedSentenceScorer(this, s, context.reader().getNumericDocValues(LEAD), context.reader().maxDoc());
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation own = inner.explain(context, doc);
                int lead = leadOf(context, doc);
                if (own.isMatch() || lead < 0) {
                    return own;
                }
                Explanation shared = inner.explain(context, lead);
                return shared.isMatch()
                        ? Explanation.match(shared.getValue(), "the sentence of document " + lead + ", which this figure shares:", shared)
                        : Explanation.noMatch("neither this figure's sentence nor that of document " + lead + ", which it shares, matches", own, shared);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return inner.isCacheable(ctx) && DocValues.isCacheable(ctx, LEAD);
            }
        };
    }

    /** The document whose sentence {@code doc} shares; -1 when its sentence is its own. */
    private static int leadOf(LeafReaderContext context, int doc) throws IOException {
        NumericDocValues leads = context.reader().getNumericDocValues(LEAD);
        if (leads == null || !leads.advanceExact(doc)) {
            return -1;
        }
        long back = leads.longValue();
        return back > 0 && back <= doc ? doc - (int) back : -1;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        sentence.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "SharedSentence(" + sentence.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && sentence.equals(((SharedSentenceQuery) o).sentence);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + sentence.hashCode();
    }
}
