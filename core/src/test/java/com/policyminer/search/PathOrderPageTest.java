package com.policyminer.search;

import com.policyminer.index.Schema;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The first matches in reading order by walking the paths gives what sorting every match by (path, start) gives:
 * reports indexed out of path order, over several segments, some replaced (an old copy deleted, in another segment),
 * figures sharing a start, and one without a start.
 */
class PathOrderPageTest {

    private static final Sort READING_ORDER = new Sort(new SortField(Schema.PATH.fieldName(), SortField.Type.STRING),
            new SortField(Schema.START.fieldName(), SortField.Type.INT));

    @Test
    void theFirstMatchesAreThoseOfSortingEveryMatch() throws IOException {
        Random random = new Random(20261207L);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, random);
            for (int i = 0; i < order.size(); i++) {
                w.addDocuments(block(order.get(i), random));
                if (i % 60 == 59) {
                    w.commit(); // a new segment
                }
            }
            for (int i = 0; i < 40; i++) { // replaced: the old block deleted, the new one in a later segment
                int report = random.nextInt(400);
                w.deleteDocuments(new Term(Schema.PATH.fieldName(), path(report)));
                w.addDocuments(block(report, random));
            }
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                for (String subject : List.of("a", "b", "c")) {
                    Query q = new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_FIGURE)), BooleanClause.Occur.FILTER)
                            .add(new TermQuery(new Term(Schema.SUBJECT.fieldName(), subject)), BooleanClause.Occur.FILTER).build();
                    for (int n : new int[] {1, 7, 50, 300, 5000}) {
                        TopDocs sorted = s.search(q, new TopFieldCollectorManager(READING_ORDER, n, null, Integer.MAX_VALUE, false));
                        int[] expected = Arrays.stream(sorted.scoreDocs).mapToInt(d -> d.doc).toArray();
                        int[] walked = PathOrderPage.walk(s, s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f), n,
                                Long.MAX_VALUE, () -> false);
                        assertArrayEquals(expected, walked, subject + " first " + n);
                    }
                }
            }
        }
    }

    @Test
    void noWalkWhenTheMatchesAreTooFewPerPathOrADocumentHasNoPath() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
            Random random = new Random(7);
            for (int i = 0; i < 2000; i++) {
                w.addDocuments(block(i, random));
            }
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                Query all = new MatchAllDocsQuery();
                var weight = s.createWeight(all, ScoreMode.COMPLETE_NO_SCORES, 1f);
                assertNotNull(PathOrderPage.first(s, weight, 10, r.maxDoc(), () -> false), "dense: walked");
                assertNull(PathOrderPage.first(s, weight, 1000, 20, () -> false), "1,000 wanted of 20 matches among 2,000 paths: sorted instead");
                assertNull(PathOrderPage.walk(s, weight, r.maxDoc(), 100, () -> false), "more paths than the budget: sorted instead");
                assertNull(PathOrderPage.walk(s, weight, r.maxDoc(), Long.MAX_VALUE, () -> true), "past the deadline: sorted instead (and timed)");
            }
            Document pathless = new Document();
            pathless.add(new StringField(Schema.TYPE.fieldName(), Schema.TYPE_FIGURE, Field.Store.NO));
            w.addDocument(pathless);
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                var weight = s.createWeight(new MatchAllDocsQuery(), ScoreMode.COMPLETE_NO_SCORES, 1f);
                assertNull(PathOrderPage.first(s, weight, 10, r.maxDoc(), () -> false), "a document without a path: sorted instead");
            }
        }
    }

    private static String path(int report) {
        return String.format("dir/r%04d.txt", report);
    }

    /** A report's block: its figures (subjects a, b or c; starts that may repeat; one of report 3's without a start), then the report. */
    private static List<Document> block(int report, Random random) {
        List<Document> docs = new ArrayList<>();
        int figures = random.nextInt(6);
        for (int f = 0; f < figures; f++) {
            Document d = doc(report, Schema.TYPE_FIGURE);
            d.add(new StringField(Schema.SUBJECT.fieldName(), String.valueOf((char) ('a' + random.nextInt(3))), Field.Store.NO));
            if (!(report == 3 && f == 0)) {
                d.add(new NumericDocValuesField(Schema.START.fieldName(), random.nextInt(4) * 10L));
            }
            docs.add(d);
        }
        docs.add(doc(report, Schema.TYPE_REPORT));
        return docs;
    }

    private static Document doc(int report, String type) {
        Document d = new Document();
        d.add(new StringField(Schema.TYPE.fieldName(), type, Field.Store.NO));
        d.add(new StringField(Schema.PATH.fieldName(), path(report), Field.Store.NO));
        d.add(new SortedDocValuesField(Schema.PATH.fieldName(), new BytesRef(path(report))));
        return d;
    }
}
