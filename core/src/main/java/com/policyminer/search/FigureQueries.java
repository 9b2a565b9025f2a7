package com.policyminer.search;

import com.policyminer.compare.IndicatorConcepts;
import com.policyminer.index.Analyzers;
import com.policyminer.index.Schema;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The query of a figure search, built one way for every backend: the embedded {@link FigureSearch} and the Solr
 * figure query parser plugin both build it here.
 */
public final class FigureQueries {

    private static final IndicatorConcepts CONCEPTS = IndicatorConcepts.standard();

    private final Analyzers analyzers;
    private final RegionExpander regions;

    public FigureQueries(Analyzers analyzers, RegionExpander regions) {
        this.analyzers = analyzers;
        this.regions = regions;
    }

    /** The figures' query: their type, the text in their sentence or indicator, and every filter of the search. */
    public Query build(FigureQuery fq) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_FIGURE)), BooleanClause.Occur.FILTER);
        QueryBuilder text = new QueryBuilder(analyzers.perField());
        if (!fq.q().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String field : List.of(Schema.SENTENCE.fieldName(), Schema.INDICATOR.fieldName())) {
                Query p = text.createPhraseQuery(field, fq.q());
                if (p != null && field.equals(Schema.SENTENCE.fieldName())) {
                    p = new SharedSentenceQuery(p); // a run of figures from one sentence has its words once
                }
                if (p != null) {
                    any.add(p, BooleanClause.Occur.SHOULD);
                }
            }
            b.add(any.build(), BooleanClause.Occur.MUST);
        }
        if (!fq.subjects().isEmpty()) {
            List<BytesRef> names = new ArrayList<>();
            for (String subject : fq.subjects()) {
                regions.resolve(subject, fq.expand()).forEach(n -> names.add(new BytesRef(n)));
                names.add(new BytesRef(subject));
            }
            b.add(new TermInSetQuery(Schema.SUBJECT.fieldName(), names), BooleanClause.Occur.FILTER);
        }
        if (!fq.subjectTypes().isEmpty()) {
            b.add(new TermInSetQuery(Schema.SUBJECT_TYPE.fieldName(), fq.subjectTypes().stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
        }
        if (!fq.indicator().isEmpty()) {
            b.add(indicator(text, fq.indicator(), fq.exactIndicator()), BooleanClause.Occur.MUST);
        }
        if (fq.yearFrom() != null || fq.yearTo() != null) {
            b.add(IntPoint.newRangeQuery(Schema.YEAR.fieldName(),
                    fq.yearFrom() == null ? Integer.MIN_VALUE : fq.yearFrom(),
                    fq.yearTo() == null ? Integer.MAX_VALUE : fq.yearTo()), BooleanClause.Occur.FILTER);
        }
        if (!fq.unit().isEmpty()) {
            b.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.UNIT.fieldName(), fq.unit())), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(Schema.NORMALIZED_UNIT.fieldName(), fq.unit())), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.FILTER);
        }
        if (!fq.kind().isEmpty()) {
            b.add(new TermQuery(new Term(Schema.KIND.fieldName(), fq.kind())), BooleanClause.Occur.FILTER);
        }
        if (!fq.docs().isEmpty()) {
            b.add(new TermInSetQuery(Schema.DOC_ID.fieldName(), fq.docs().stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
        }
        if (fq.min() != null || fq.max() != null) {
            b.add(DoublePoint.newRangeQuery(Schema.NORMALIZED_VALUE.fieldName(),
                    fq.min() == null ? Double.NEGATIVE_INFINITY : fq.min(),
                    fq.max() == null ? Double.POSITIVE_INFINITY : fq.max()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The indicator filter: the phrase in the indicator's words; unless {@code exact}, also every figure whose
     * indicator resolves to a concept the text names (研发投入强度 finds R&D经费投入强度, 研发强度 …).
     */
    private static Query indicator(QueryBuilder text, String indicator, boolean exact) {
        Query phrase = text.createPhraseQuery(Schema.INDICATOR.fieldName(), indicator);
        Set<String> concepts = exact ? Set.of() : CONCEPTS.conceptIdsNamed(indicator);
        if (concepts.isEmpty()) {
            if (phrase == null) {
                throw new BadQueryException("indicator has no searchable words");
            }
            return phrase;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new TermInSetQuery(Schema.INDICATOR_CONCEPT.fieldName(), concepts.stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.SHOULD);
        if (phrase != null) {
            any.add(phrase, BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }
}
