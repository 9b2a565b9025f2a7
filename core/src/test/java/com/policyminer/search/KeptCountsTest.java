package com.policyminer.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A count or a term asked again on the same reader is answered from what was kept; a new reader counts afresh. */
class KeptCountsTest {

    @Test
    void countedOncePerReader() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.addDocument(doc("创新"));
            w.addDocument(doc("发展"));
            w.commit();
            KeptCounts kept = new KeptCounts();
            Query innovation = new TermQuery(new Term("w", "创新"));
            try (DirectoryReader first = DirectoryReader.open(w)) {
                CountingSearcher s = new CountingSearcher(first);
                assertEquals(1, kept.of(s).count(innovation));
                assertEquals(1, kept.of(s).count(new TermQuery(new Term("w", "创新"))), "an equal query, built again");
                assertEquals(1, kept.of(new CountingSearcher(first)).count(innovation), "another searcher on the same reader");
                assertEquals(List.of(innovation), s.counted, "the index was asked once");
                assertEquals(1, kept.of(s).count(new TermQuery(new Term("w", "发展"))));
                assertEquals(2, s.counted.size(), "another query is counted");
                assertTrue(kept.of(s).hasTerm(new Term("w", "发展")));
                assertFalse(kept.of(s).hasTerm(new Term("w", "经济")));

                w.addDocument(doc("创新"));
                w.commit();
                try (DirectoryReader second = DirectoryReader.open(w)) {
                    CountingSearcher t = new CountingSearcher(second);
                    assertEquals(2, kept.of(t).count(innovation), "a new index version counts again");
                    assertEquals(List.of(innovation), t.counted);
                }
                w.addDocument(doc("经济"));
                w.commit();
                try (DirectoryReader third = DirectoryReader.open(w)) {
                    assertTrue(kept.of(new IndexSearcher(third)).hasTerm(new Term("w", "经济")), "a new index version looks again");
                }
            }
        }
    }

    @Test
    void theLeastRecentlyAskedLeaveFirst() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.addDocument(doc("创新"));
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                KeptCounts kept = new KeptCounts();
                CountingSearcher s = new CountingSearcher(reader);
                for (int i = 0; i <= KeptCounts.ENTRIES; i++) {
                    kept.of(s).count(new TermQuery(new Term("w", "q" + i)));
                }
                kept.of(s).count(new TermQuery(new Term("w", "q" + KeptCounts.ENTRIES)));
                assertEquals(KeptCounts.ENTRIES + 1, s.counted.size(), "the newest is kept");
                kept.of(s).count(new TermQuery(new Term("w", "q0")));
                assertEquals(KeptCounts.ENTRIES + 2, s.counted.size(), "the oldest left");
            }
        }
    }

    /** A searcher that records the queries it counts. */
    private static final class CountingSearcher extends IndexSearcher {
        final List<Query> counted = new ArrayList<>();

        CountingSearcher(IndexReader reader) {
            super(reader);
        }

        @Override
        public int count(Query query) throws IOException {
            counted.add(query);
            return super.count(query);
        }
    }

    private static Document doc(String word) {
        Document d = new Document();
        d.add(new StringField("w", word, Field.Store.NO));
        return d;
    }
}
