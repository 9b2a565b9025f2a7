package com.policyminer.search;

import com.policyminer.index.Schema;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SharedSentenceQuery} over an index where a run of figures from one sentence has the words on its first
 * figure only finds what the inner query finds over the same figures each carrying their sentence: a run of three, a
 * lone figure, a deleted block, two segments, and random blocks under a filter that makes it advance.
 */
class SharedSentenceQueryTest {

    private static final String SENTENCE = Schema.SENTENCE.fieldName();

    /** A figure: its number (stored, to compare hits), its sentence, its tag (for the filter), and its block. */
    private record Fig(int id, String sentence, String tag) {
    }

    /** Writes blocks of figures (each followed by a report document) with a commit (a new segment) where asked. */
    private static Directory index(List<List<Fig>> blocks, boolean shared, int commitAfter, int deletedBlock) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int b = 0; b < blocks.size(); b++) {
                List<Document> docs = new ArrayList<>();
                List<Fig> figs = blocks.get(b);
                int lead = 0;
                for (int i = 0; i < figs.size(); i++) {
                    Fig f = figs.get(i);
                    if (i == 0 || !f.sentence().equals(figs.get(i - 1).sentence())) {
                        lead = i;
                    }
                    Document d = new Document();
                    d.add(new StringField("block", "b" + b, Field.Store.NO));
                    d.add(new StringField("tag", f.tag(), Field.Store.NO));
                    d.add(new StoredField("fig", f.id()));
                    if (shared && lead < i) {
                        d.add(new TextField(SENTENCE, "", Field.Store.NO));
                        d.add(new NumericDocValuesField(Schema.SENTENCE_LEAD.fieldName(), i - lead));
                    } else {
                        d.add(new TextField(SENTENCE, f.sentence(), Field.Store.NO));
                    }
                    docs.add(d);
                }
                Document report = new Document();
                report.add(new StringField("block", "b" + b, Field.Store.NO));
                report.add(new TextField(SENTENCE, "", Field.Store.NO));
                docs.add(report);
                w.addDocuments(docs);
                if (b == commitAfter) {
                    w.commit();
                }
            }
            if (deletedBlock >= 0) {
                w.deleteDocuments(new Term("block", "b" + deletedBlock));
            }
            w.commit();
        }
        return dir;
    }

    /** The figures a query finds, by number, with their scores. */
    private static Map<Integer, Float> hits(Directory dir, Query q) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(r);
            s.setQueryCache(null);
            Map<Integer, Float> found = new TreeMap<>();
            for (ScoreDoc sd : s.search(q, 10_000).scoreDocs) {
                found.put(s.storedFields().document(sd.doc).getField("fig").numericValue().intValue(), sd.score);
            }
            return found;
        }
    }

    private static Query phrase(String... words) {
        return words.length == 1 ? new TermQuery(new Term(SENTENCE, words[0])) : new PhraseQuery(SENTENCE, words);
    }

    private static final List<List<Fig>> BLOCKS = List.of(
            List.of(new Fig(1, "lanzhou and xian were 2.12 and 5.05", "a"), new Fig(2, "lanzhou and xian were 2.12 and 5.05", "b"),
                    new Fig(3, "lanzhou and xian were 2.12 and 5.05", "a"), new Fig(4, "xian spent 506 yi", "a")),
            List.of(new Fig(5, "xian were first", "b")),
            List.of(new Fig(6, "baoji and xian were 1 and 2", "a"), new Fig(7, "baoji and xian were 1 and 2", "b")));

    @Test
    void aRunOfThreeALoneFigureADeletedBlockAndTwoSegments() throws IOException {
        Directory shared = index(BLOCKS, true, 0, -1);
        Query q = new SharedSentenceQuery(phrase("xian", "were"));
        assertEquals(List.of(1, 2, 3, 5, 6, 7), List.copyOf(hits(shared, q).keySet()));
        assertEquals(List.of(4), List.copyOf(hits(shared, new SharedSentenceQuery(phrase("spent"))).keySet()), "a lone figure");
        assertEquals(List.of(1, 2, 3, 6, 7), List.copyOf(hits(shared, new SharedSentenceQuery(phrase("and"))).keySet()));
        Map<Integer, Float> scores = hits(shared, q);
        assertEquals(scores.get(1), scores.get(2), "a run's figures score as its first");
        assertEquals(scores.get(1), scores.get(3));
        assertEquals(scores.get(6), scores.get(7));
        Map<Integer, Float> afterDeletion = hits(index(BLOCKS, true, 0, 0), q);
        assertEquals(List.of(5, 6, 7), List.copyOf(afterDeletion.keySet()), "the deleted block's figures are gone, its run with them");
        assertTrue(hits(shared, new SharedSentenceQuery(phrase("nowhere"))).isEmpty());
        // without it, the run's other figures are not found: the words are on its first figure only
        assertEquals(List.of(1, 5, 6), List.copyOf(hits(shared, phrase("xian", "were")).keySet()));
    }

    @Test
    void underAFilterTheRunsOtherFiguresAreFoundWithoutTheirFirst() throws IOException {
        Directory shared = index(BLOCKS, true, 1, -1);
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("tag", "b")), BooleanClause.Occur.FILTER)
                .add(new SharedSentenceQuery(phrase("xian", "were")), BooleanClause.Occur.MUST)
                .build();
        assertEquals(List.of(2, 5, 7), List.copyOf(hits(shared, q).keySet()));
    }

    @Test
    void explainsAFigureByItsRunsFirst() throws IOException {
        try (Directory shared = index(BLOCKS, true, -1, -1); DirectoryReader r = DirectoryReader.open(shared)) {
            IndexSearcher s = new IndexSearcher(r);
            Query q = s.rewrite(new SharedSentenceQuery(phrase("xian", "were")));
            Explanation second = s.explain(q, 1);
            assertTrue(second.isMatch(), second.toString());
            assertTrue(second.getDescription().contains("document 0"), second.toString());
            assertEquals(s.explain(q, 0).getValue(), second.getValue());
            assertFalse(s.explain(q, 3).isMatch(), "xian spent");
        }
    }

    @Test
    void equalsHashCodeToStringAndRewrite() throws IOException {
        Query a = new SharedSentenceQuery(phrase("xian", "were"));
        assertEquals(a, new SharedSentenceQuery(phrase("xian", "were")));
        assertEquals(a.hashCode(), new SharedSentenceQuery(phrase("xian", "were")).hashCode());
        assertNotEquals(a, new SharedSentenceQuery(phrase("xian")));
        assertNotEquals(a, phrase("xian", "were"));
        assertEquals("SharedSentence(sentence:\"xian were\")", a.toString());
        List<Term> terms = new ArrayList<>();
        a.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... ts) {
                terms.addAll(List.of(ts));
            }
        });
        assertEquals(List.of(new Term(SENTENCE, "xian"), new Term(SENTENCE, "were")), terms, "highlighters see the words");
        try (Directory shared = index(BLOCKS, true, -1, -1); DirectoryReader r = DirectoryReader.open(shared)) {
            IndexSearcher s = new IndexSearcher(r);
            Query one = new SharedSentenceQuery(new PhraseQuery(SENTENCE, "xian"));
            assertEquals(new SharedSentenceQuery(new TermQuery(new Term(SENTENCE, "xian"))), s.rewrite(one));
            assertNull(s.createWeight(s.rewrite(new SharedSentenceQuery(phrase("nowhere"))),
                    org.apache.lucene.search.ScoreMode.COMPLETE, 1).scorer(r.leaves().get(0)), "no scorer where no sentence matches");
        }
    }

    /** Random blocks of random runs: the same figures as the inner query over every figure carrying its words, filtered or not. */
    @Test
    void randomBlocksFindWhatEveryFigureWithItsWordsFinds() throws IOException {
        String[] words = {"xian", "were", "and", "baoji", "rd"};
        for (int seed = 0; seed < 25; seed++) {
            Random rnd = new Random(seed);
            List<List<Fig>> blocks = new ArrayList<>();
            int id = 0;
            for (int b = 0, n = 1 + rnd.nextInt(12); b < n; b++) {
                List<Fig> figs = new ArrayList<>();
                for (int run = 0, runs = rnd.nextInt(5); run < runs; run++) {
                    StringBuilder sentence = new StringBuilder();
                    for (int w = 0, len = 1 + rnd.nextInt(4); w < len; w++) {
                        sentence.append(words[rnd.nextInt(words.length)]).append(' ');
                    }
                    sentence.append("s").append(id); // two runs never share a sentence
                    for (int f = 0, size = 1 + rnd.nextInt(4); f < size; f++) {
                        figs.add(new Fig(id++, sentence.toString(), rnd.nextBoolean() ? "a" : "b"));
                    }
                }
                blocks.add(figs);
            }
            int commitAfter = rnd.nextInt(blocks.size() + 1) - 1;
            int deleted = rnd.nextInt(blocks.size() + 1) - 1;
            Directory every = index(blocks, false, commitAfter, deleted);
            Directory shared = index(blocks, true, commitAfter, deleted);
            for (Query inner : List.of(phrase("xian"), phrase("xian", "were"), phrase("and", "baoji"), phrase("rd"))) {
                for (String tag : new String[] {null, "a", "b"}) {
                    assertEquals(hits(every, filtered(inner, tag)).keySet(), hits(shared, filtered(new SharedSentenceQuery(inner), tag)).keySet(),
                            "seed " + seed + " " + inner + " tag " + tag);
                }
            }
        }
    }

    private static Query filtered(Query q, String tag) {
        if (tag == null) {
            return q;
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("tag", tag)), BooleanClause.Occur.FILTER)
                .add(q, BooleanClause.Occur.MUST)
                .build();
    }
}
