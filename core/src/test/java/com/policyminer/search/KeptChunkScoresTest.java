package com.policyminer.search;

import com.policyminer.index.Schema;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A conjunction of chunks scored from kept scores against the same conjunction scored from the postings, on a random
 * index of several segments with deleted and updated reports, and across a change of reader: the same hits, the same
 * scores to the bit, the same totals.
 */
class KeptChunkScoresTest {

    private static final String[] WORDS = {"创新", "发展", "科技", "经济", "产业", "政策", "建设", "企业", "数字", "城市",
            "人才", "投资", "市场", "服务", "改革", "开放", "制造", "能源"};
    private static final String BODY = Schema.BODY.fieldName();
    private static final String KEY = Schema.DOC_KEY.fieldName();

    private static String words(Random random, int most) {
        StringBuilder out = new StringBuilder();
        for (int k = random.nextInt(most); k >= 0; k--) {
            // skewed: the first words are in most reports, the last in few
            out.append(WORDS[(int) (WORDS.length * Math.pow(random.nextDouble(), 2))]).append(' ');
        }
        return out.toString();
    }

    private static Document report(Random random, int id) {
        Document d = new Document();
        d.add(new StringField("id", Integer.toString(id), Field.Store.NO));
        d.add(new StringField(Schema.TYPE.fieldName(), Schema.TYPE_REPORT, Field.Store.NO));
        d.add(new NumericDocValuesField(KEY, random.nextLong()));
        d.add(new TextField(BODY, words(random, 60), Field.Store.NO));
        if (random.nextInt(3) == 0) {
            d.add(new TextField(Schema.TITLE.fieldName(), words(random, 4), Field.Store.NO));
        }
        if (random.nextInt(4) == 0) {
            d.add(new TextField(Schema.NAME.fieldName(), words(random, 3), Field.Store.NO));
        }
        return d;
    }

    private static void write(IndexWriter w, Random random, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            w.addDocument(report(random, i));
            if (random.nextInt(60) == 0) {
                w.commit(); // several segments
            }
        }
        for (int k = 0; k < (to - from) / 20; k++) {
            int id = from + random.nextInt(to - from);
            if (random.nextBoolean()) {
                w.deleteDocuments(new Term("id", Integer.toString(id)));
            } else {
                w.updateDocument(new Term("id", Integer.toString(id)), report(random, id)); // an updated report
            }
        }
        w.commit();
    }

    /** A chunk as the parser makes it: a word (or a phrase) in the body, the title (boosted) and the name. */
    private static Query chunk(String... words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String field : List.of(BODY, Schema.TITLE.fieldName(), Schema.NAME.fieldName())) {
            Query q = words.length == 1 ? new TermQuery(new Term(field, words[0])) : new PhraseQuery(field, words);
            b.add(field.equals(Schema.TITLE.fieldName()) ? new BoostQuery(q, 2f) : q, BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private record Plain(PlainQuery plain, Query strict) {
    }

    private static Plain randomQuery(Random random) {
        List<PlainQuery.Chunk> chunks = new ArrayList<>();
        BooleanQuery.Builder strict = new BooleanQuery.Builder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            Query q = random.nextInt(5) == 0 ? chunk(w, WORDS[random.nextInt(4)]) : chunk(w);
            chunks.add(new PlainQuery.Chunk(w + i, false, q, null, null, List.of()));
            strict.add(q, BooleanClause.Occur.MUST);
        }
        return new Plain(new PlainQuery(chunks), strict.build());
    }

    /** The query searched, as ReportQueries.build makes it of a text query. */
    private static Query searched(Query text) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_REPORT)), BooleanClause.Occur.FILTER)
                .add(ReportQueryParser.forSearching(text), BooleanClause.Occur.MUST).build();
    }

    /** Every match, by score then key, with its score: the report search's order. */
    private static TopDocs all(IndexSearcher s, Query q) throws IOException {
        Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(KEY, SortField.Type.LONG));
        return s.search(q, new TopFieldCollectorManager(sort, Math.max(1, s.getIndexReader().maxDoc()), null, Integer.MAX_VALUE, true));
    }

    private static void assertSameAnswers(IndexSearcher s, Query raw, Query kept, String what) throws IOException {
        TopDocs a = all(s, raw);
        TopDocs b = all(s, kept);
        assertEquals(a.totalHits, b.totalHits, what);
        assertEquals(a.scoreDocs.length, b.scoreDocs.length, what);
        for (int i = 0; i < a.scoreDocs.length; i++) {
            assertEquals(a.scoreDocs[i].doc, b.scoreDocs[i].doc, what + " #" + i);
            // the score to the bit (Float.equals compares bits)
            assertEquals(List.of(((FieldDoc) a.scoreDocs[i]).fields), List.of(((FieldDoc) b.scoreDocs[i]).fields), what + " #" + i);
        }
        // a page sorted by score alone (the collector may skip blocks that cannot reach it)
        ScoreDoc[] top = s.search(raw, 10).scoreDocs;
        ScoreDoc[] keptTop = s.search(kept, 10).scoreDocs;
        assertEquals(Arrays.stream(top).map(d -> d.doc + ":" + d.score).toList(),
                Arrays.stream(keptTop).map(d -> d.doc + ":" + d.score).toList(), what);
        assertEquals(s.count(raw), s.count(kept), what);
        assertEquals(raw.toString(), kept.toString(), "a query's text is the same kept or not");
    }

    private static int compare(IndexSearcher s, KeptChunkScores kept, Random random, int queries) throws IOException {
        int wrapped = 0;
        for (int i = 0; i < queries; i++) {
            Plain p = randomQuery(random);
            Query keptStrict = kept.apply(p.plain(), p.strict(), IndexCounts.of(s));
            wrapped += keptStrict != p.strict() ? 1 : 0;
            assertSameAnswers(s, searched(p.strict()), searched(keptStrict), p.strict().toString());
        }
        return wrapped;
    }

    @Test
    void theSameHitsScoresAndTotalsAsTheChunksThemselvesAcrossReaders() throws IOException {
        Random random = new Random(20261207);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            write(w, random, 0, 1500);
            KeptChunkScores kept = new KeptChunkScores();
            kept.minMatches = 100; // some chunks kept, the rarest not
            DirectoryReader first = DirectoryReader.open(w);
            IndexSearcher s = new IndexSearcher(first);
            assertTrue(first.leaves().size() > 3, "several segments");
            assertTrue(first.numDeletedDocs() > 0, "deleted and updated reports");
            int wrapped = compare(s, kept, random, 60);
            assertTrue(wrapped > 30, "most queries have a broad chunk: " + wrapped);
            KeptChunkScores.Stats once = kept.stats();
            assertTrue(once.builds() > 0 && once.hits() > 0, "words come back: " + once);
            assertEquals(once.entries(), once.builds(), "a chunk's scores are worked out once per reader: " + once);

            write(w, random, 1500, 2200); // the index changes: new statistics, new and deleted reports
            DirectoryReader second = DirectoryReader.openIfChanged(first);
            IndexSearcher s2 = new IndexSearcher(second);
            compare(s2, kept, random, 60);
            assertTrue(kept.stats().builds() > once.builds(), "a new reader starts afresh");
            // a query on the older reader still open (a cursor's view): its own scores, the newer reader's kept
            long builds = kept.stats().builds();
            int entries = kept.stats().entries();
            compare(s, kept, random, 10);
            assertEquals(entries, kept.stats().entries(), "the older reader's scores are not kept");
            assertEquals(builds, kept.stats().builds());
            first.close();
            assertTrue(kept.stats().entries() > 0, "the newer reader's scores stay");
            second.close();
            assertEquals(0, kept.stats().entries(), "a closed reader's scores are dropped");
        }
    }

    @Test
    void withinItsBudgetTheLeastRecentlyUsedLeave() throws IOException {
        Random random = new Random(42);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            write(w, random, 0, 800);
            KeptChunkScores kept = new KeptChunkScores(6_000);
            kept.minMatches = 1;
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                IndexSearcher s = new IndexSearcher(reader);
                compare(s, kept, random, 40);
                KeptChunkScores.Stats stats = kept.stats();
                assertTrue(stats.evictions() > 0, "some dropped for room: " + stats);
                assertTrue(stats.bytes() <= 6_000, "within the budget: " + stats);
            }
        }
    }

    @Test
    void theKeptScorerAdvancesLikeASortedList() throws IOException {
        Random random = new Random(11);
        int[] docs = random.ints(500, 0, 5_000).distinct().sorted().toArray();
        float[] scores = new float[docs.length];
        IndexSearcher none = new IndexSearcher(new org.apache.lucene.index.MultiReader());
        Weight weight = none.createWeight(new org.apache.lucene.search.MatchAllDocsQuery(), ScoreMode.COMPLETE, 1f);
        KeptChunkQuery.KeptScorer scorer = new KeptChunkQuery.KeptScorer(weight, new KeptChunkScores.Leaf(docs, scores, 0f));
        var it = scorer.iterator();
        int expected = -1;
        for (int target = 1 + random.nextInt(20); target < 5_100; target += 1 + random.nextInt(random.nextBoolean() ? 4 : 200)) {
            if (target <= it.docID()) {
                continue;
            }
            int t = target;
            expected = java.util.Arrays.stream(docs).filter(d -> d >= t).findFirst().orElse(org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS);
            assertEquals(expected, it.advance(target), "advance(" + target + ")");
            if (expected == org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
        }
        KeptChunkQuery.KeptScorer fresh = new KeptChunkQuery.KeptScorer(weight, new KeptChunkScores.Leaf(docs, scores, 0f));
        assertEquals(org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS,
                fresh.iterator().advance(org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS));
    }

    @Test
    void withoutScoresItIsTheChunkAndItExplainsAsTheChunk() throws IOException {
        Random random = new Random(3);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            write(w, random, 0, 300);
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                IndexSearcher s = new IndexSearcher(reader);
                KeptChunkScores kept = new KeptChunkScores();
                Query chunk = ReportQueryParser.forSearching(chunk(WORDS[0]));
                KeptChunkQuery q = new KeptChunkQuery(chunk, kept);
                Weight noScores = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
                assertNotEquals(KeptChunkQuery.class, noScores.getQuery().getClass(), "no arrays for a count or a filter");
                Weight scored = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE, 1f);
                assertInstanceOf(KeptChunkQuery.class, scored.getQuery());
                Weight plain = s.createWeight(s.rewrite(chunk), ScoreMode.COMPLETE, 1f);
                int doc = s.search(chunk, 1).scoreDocs[0].doc;
                var leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(doc, reader.leaves()));
                assertEquals(plain.explain(leaf, doc - leaf.docBase).getValue(), scored.explain(leaf, doc - leaf.docBase).getValue());
                assertEquals(plain.matches(leaf, doc - leaf.docBase) != null, scored.matches(leaf, doc - leaf.docBase) != null);
                assertSame(kept.scores(s, chunk, plain, 1f), kept.scores(s, chunk, plain, 1f), "kept once, given again");
            }
        }
    }
}
