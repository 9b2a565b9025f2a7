package com.policyminer.index;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A compaction into n segments: neighbouring runs of about equal bytes, merged at once, documents in their order. */
class ContiguousMergesTest {

    private static final MergePolicy POLICY = new ContiguousMerges(new TieredMergePolicy().setSegmentsPerTier(5));

    /** One segment per entry of {@code docs}, that many documents each, numbered in order. */
    private static IndexWriter writer(Directory dir, int... docs) throws Exception {
        ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
        merges.setMaxMergesAndThreads(7, 2);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE).setMergeScheduler(merges));
        int n = 0;
        for (int count : docs) {
            for (int i = 0; i < count; i++, n++) {
                Document d = new Document();
                d.add(new StringField("id", "d" + n, Field.Store.NO));
                d.add(new StoredField("n", n));
                d.add(new StoredField("text", "word ".repeat(20)));
                w.addDocument(d);
            }
            w.flush();
        }
        w.getConfig().setMergePolicy(POLICY);
        return w;
    }

    private static List<Integer> numbers(DirectoryReader r) throws Exception {
        List<Integer> out = new ArrayList<>();
        var stored = r.storedFields();
        for (int i = 0; i < r.maxDoc(); i++) {
            out.add(stored.document(i).getField("n").numericValue().intValue());
        }
        return out;
    }

    private static List<String> segmentNames(DirectoryReader r) {
        List<String> names = new ArrayList<>();
        for (LeafReaderContext leaf : r.leaves()) {
            names.add(((SegmentReader) leaf.reader()).getSegmentName());
        }
        return names;
    }

    @Test
    void fourEqualSegmentsBecomeTwoNeighbouringPairsWithTheDocumentsInOrder() throws Exception {
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter w = writer(dir, 50, 50, 50, 50)) {
            w.forceMerge(2);
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertEquals(2, r.leaves().size());
                assertEquals(100, r.leaves().get(0).reader().maxDoc(), "segments 1+2, then 3+4");
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    expected.add(i);
                }
                assertEquals(expected, numbers(r));
            }
        }
    }

    @Test
    void intoOneSegmentIsOneMergeOfAll() throws Exception {
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter w = writer(dir, 30, 10, 20)) {
            w.forceMerge(1);
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertEquals(1, r.leaves().size());
                assertEquals(60, r.maxDoc());
                assertEquals(0, numbers(r).get(0));
                assertEquals(59, numbers(r).get(59));
            }
        }
    }

    @Test
    void aSegmentHoldingItsShareAloneIsLeftAsItIs() throws Exception {
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter w = writer(dir, 2000, 10, 10, 10)) {
            String big;
            try (DirectoryReader r = DirectoryReader.open(w)) {
                big = segmentNames(r).get(0);
            }
            w.forceMerge(2);
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertEquals(List.of(big, segmentNames(r).get(1)), segmentNames(r), "the big segment is not rewritten");
                assertEquals(30, r.leaves().get(1).reader().maxDoc(), "the three small ones merged");
            }
        }
    }

    @Test
    void aLoneSegmentWithDeletionsIsRewrittenWithoutThem() throws Exception {
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter w = writer(dir, 2000, 10, 10, 10)) {
            w.deleteDocuments(new Term("id", "d7"));
            w.forceMerge(2);
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertEquals(2, r.leaves().size());
                assertEquals(0, r.numDeletedDocs(), "the deletion was merged away");
                assertEquals(2029, r.maxDoc());
                assertTrue(!numbers(r).contains(7));
            }
        }
    }

    @Test
    void asManySegmentsAsAskedForIsNoMerge() throws Exception {
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter w = writer(dir, 10, 10)) {
            List<String> before;
            try (DirectoryReader r = DirectoryReader.open(w)) {
                before = segmentNames(r);
            }
            w.forceMerge(2);
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertEquals(before, segmentNames(r));
            }
        }
    }
}
