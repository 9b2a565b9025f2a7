package com.policyminer.search;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Term queries given their looked-up terms: equal queries, the same scores, each term looked up once per search. */
class LookedUpTermsTest {

    private static final String[] WORDS = {"创新", "发展", "科技", "经济", "产业", "政策"};

    @Test
    void equalQueriesSameScoresOneLookUpPerTerm() throws IOException {
        Random random = new Random(7);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 300; i++) {
                Document d = new Document();
                StringBuilder body = new StringBuilder();
                for (int k = random.nextInt(30); k >= 0; k--) {
                    body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                d.add(new TextField("body", body.toString(), Field.Store.NO));
                if (i % 3 == 0) {
                    d.add(new TextField("title", WORDS[random.nextInt(WORDS.length)], Field.Store.NO));
                }
                w.addDocument(d);
                if (i % 50 == 0) {
                    w.commit(); // several segments: a term's states per segment
                }
            }
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                IndexSearcher s = new IndexSearcher(reader);
                // as a plain query of two words: each an OR of body and title^2, both required; a phrase left as it is
                Query q = new BooleanQuery.Builder()
                        .add(word("创新"), BooleanClause.Occur.MUST)
                        .add(word("发展"), BooleanClause.Occur.MUST)
                        .add(new PhraseQuery("body", "科技", "经济"), BooleanClause.Occur.SHOULD)
                        .build();
                LookedUpTerms terms = new LookedUpTerms(s);
                Query looked = terms.apply(q);
                Query again = terms.apply(word("创新"));
                assertEquals(q, looked);
                assertEquals(q.hashCode(), looked.hashCode());
                assertEquals(q.toString(), looked.toString());
                List<TermQuery> first = termQueries(looked);
                assertEquals(4, first.size());
                first.forEach(t -> assertNotNull(t.getTermStates(), t + " carries its states"));
                Term innovation = new Term("body", "创新");
                assertSame(of(first, innovation).getTermStates(), of(termQueries(again), innovation).getTermStates(),
                        "a term is looked up once");
                assertEquals(300, of(first, innovation).getTermStates().docFreq() + s.count(new BooleanQuery.Builder()
                        .add(new TermQuery(innovation), BooleanClause.Occur.MUST_NOT)
                        .add(new org.apache.lucene.search.MatchAllDocsQuery(), BooleanClause.Occur.FILTER).build()), "its statistics");
                TopDocs before = s.search(q, 300);
                TopDocs after = s.search(looked, 300);
                assertEquals(before.totalHits, after.totalHits);
                assertEquals(before.scoreDocs.length, after.scoreDocs.length);
                for (int i = 0; i < before.scoreDocs.length; i++) {
                    ScoreDoc b = before.scoreDocs[i];
                    ScoreDoc a = after.scoreDocs[i];
                    assertEquals(b.doc, a.doc);
                    assertEquals(Float.floatToIntBits(b.score), Float.floatToIntBits(a.score), "the same score, to the bit");
                }
                TermStates missing = termQueries(terms.apply(new TermQuery(new Term("body", "没有")))).get(0).getTermStates();
                assertEquals(0, missing.docFreq(), "a word the index lacks is looked up too");
                assertEquals(0, s.count(terms.apply(new TermQuery(new Term("body", "没有")))));
            }
        }
    }

    private static Query word(String w) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", w)), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term("title", w)), 2), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static TermQuery of(List<TermQuery> queries, Term term) {
        return queries.stream().filter(t -> t.getTerm().equals(term)).findFirst().orElseThrow();
    }

    private static List<TermQuery> termQueries(Query q) {
        List<TermQuery> out = new ArrayList<>();
        q.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                if (query instanceof TermQuery t) {
                    out.add(t);
                }
            }
        });
        return out;
    }
}
