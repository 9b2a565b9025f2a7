package com.policyminer.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The budget of a query whose terms expand (fuzzy {@code term~}, wildcard {@code term*}, ranges),
 * checked before it runs: thirty {@code term~2} terms from four clients took plain searches from
 * 3 ms to 600 ms. Over budget is a {@link BadQueryException} (HTTP 400) that says which limit.
 */
final class QueryCost {

    /** Fuzzy, wildcard, prefix and range terms in one query. */
    static final int MAX_EXPANDING_TERMS = 8;
    /** Edits a fuzzy term may ask for ({@code term~1}; {@code term~2} walks much more of the dictionary). */
    static final int MAX_EDITS = 1;
    /** Index terms all the expanding terms of one query may match together. */
    static final int MAX_EXPANSIONS = 1024;

    private QueryCost() {
    }

    static void check(Query query, IndexReader reader) {
        List<MultiTermQuery> expanding = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                if (q instanceof MultiTermQuery m) {
                    expanding.add(m);
                }
            }
        });
        if (expanding.isEmpty()) {
            return;
        }
        if (expanding.size() > MAX_EXPANDING_TERMS) {
            throw new BadQueryException("too many fuzzy, wildcard or range terms: " + expanding.size()
                    + " (at most " + MAX_EXPANDING_TERMS + " per query)");
        }
        for (MultiTermQuery m : expanding) {
            if (m instanceof FuzzyQuery f && f.getMaxEdits() > MAX_EDITS) {
                throw new BadQueryException("fuzzy term '" + f.getTerm().text() + "~" + f.getMaxEdits() + "' asks for "
                        + f.getMaxEdits() + " edits; at most " + MAX_EDITS + " is allowed");
            }
        }
        int matched = 0;
        try {
            for (MultiTermQuery m : expanding) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Terms terms = leaf.reader().terms(m.getField());
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum e = m.getTermsEnum(terms);
                    while (e.next() != null) {
                        if (++matched > MAX_EXPANSIONS) {
                            throw new BadQueryException("'" + m.toString(m.getField()) + "' and the other expanding terms match more than "
                                    + MAX_EXPANSIONS + " index terms; make them more specific");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
