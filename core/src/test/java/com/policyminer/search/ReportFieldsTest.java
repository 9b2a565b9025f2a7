package com.policyminer.search;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which queries can only match reports (and so need no type filter). */
class ReportFieldsTest {

    @Test
    void textFieldsOnlyMatchReports() {
        assertTrue(ReportFields.only(new TermQuery(new Term("body", "西安"))));
        assertTrue(ReportFields.only(new BooleanQuery.Builder()
                .add(new PhraseQuery("body", "科技", "创新"), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term("title", "科技")), BooleanClause.Occur.SHOULD)
                .add(new PhraseQuery("body_bigram", "科技", "技创"), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("path", "a.txt")), BooleanClause.Occur.MUST_NOT) // only removes documents
                .build()));
        assertTrue(ReportFields.only(new PrefixQuery(new Term("body", "研发"))));
    }

    @Test
    void fieldsFiguresAndExtractionsShareNeedTheFilter() {
        assertFalse(ReportFields.only(new TermQuery(new Term("path", "a.txt"))));
        assertFalse(ReportFields.only(new TermQuery(new Term("region", "西安市"))));
        assertFalse(ReportFields.only(new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "西安")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("format", "pdf")), BooleanClause.Occur.SHOULD)
                .build()));
        assertFalse(ReportFields.only(new MatchAllDocsQuery()));
        assertFalse(ReportFields.only(LongPoint.newRangeQuery("size", 0, 10)));
    }
}
