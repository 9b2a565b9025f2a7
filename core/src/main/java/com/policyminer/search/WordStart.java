package com.policyminer.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * A chunk whose last word the text's segmentation joined to what follows: its words, the last one as the
 * start of a word (低空经济 → 低空 + 经济*, found in 低空|经济带 and 低空|经济发展; 浙川 → 浙 + 川*, found in
 * 浙|川东). The match must still begin where a word of the text begins, so the false hits of a character
 * index stay out: 苏南 is not found in 江苏|南京, 京都 not in 南京|都市圈, 新区 not in 协同|创新区.
 */
final class WordStart {

    /** Words a prefix may expand to (the most frequent first). */
    private static final int MAX_EXPANSIONS = 32;

    private WordStart() {
    }

    /** The word-start query for the chunk's body query (a term or an exact phrase), or null for other shapes. */
    static Query of(Query body) {
        List<Term> terms = new ArrayList<>();
        if (body instanceof TermQuery t) {
            terms.add(t.getTerm());
        } else if (body instanceof PhraseQuery p && p.getSlop() == 0 && consecutive(p)) {
            terms.addAll(List.of(p.getTerms()));
        } else {
            return null;
        }
        Term last = terms.get(terms.size() - 1);
        if (terms.size() == 1 && last.text().length() < 2) {
            return null; // one character as a word start matches far too much
        }
        SpanMultiTermQueryWrapper<PrefixQuery> prefix = new SpanMultiTermQueryWrapper<>(new PrefixQuery(last));
        prefix.setRewriteMethod(new SpanMultiTermQueryWrapper.TopTermsSpanBooleanQueryRewrite(MAX_EXPANSIONS));
        if (terms.size() == 1) {
            return prefix;
        }
        List<SpanQuery> clauses = new ArrayList<>();
        terms.subList(0, terms.size() - 1).forEach(t -> clauses.add(new SpanTermQuery(t)));
        clauses.add(prefix);
        return new SpanNearQuery(clauses.toArray(new SpanQuery[0]), 0, true);
    }

    private static boolean consecutive(PhraseQuery p) {
        int[] positions = p.getPositions();
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                return false;
            }
        }
        return true;
    }
}
