package com.policyminer.search;

import com.policyminer.index.Schema;
import com.policyminer.works.Works;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The collapse stage keeps each work's best file and every single-file report, over several segments, by score and
 * by date; the pass looks only at the files of works with several (the slice it gives the scorer), and the collection
 * facet counts a work once in each collection of its files.
 */
class WorkCollapseTest {

    /** 40 reports in 4 segments; works w0 = {d0, d11, d22}, w1 = {d5, d35}, the rest one file each. */
    private static final Map<String, List<Integer>> MULTI = Map.of("w0", List.of(0, 11, 22), "w1", List.of(5, 35));

    @Test
    void keepsTheBestFileOfEachWorkByScoreAndByDate() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            writeFortyReports(w, true);
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                assertEquals(4, reader.leaves().size(), "the test needs several segments");
                IndexSearcher s = new IndexSearcher(reader);
                WorkShape shape = WorkShape.of(view(reader.maxDoc()));
                Query q = new TermQuery(new Term("body", "alpha"));
                // by score: d22 and d35 stay, the other files of their works leave
                assertEquals(expectedLeft(Set.of("d0", "d11", "d5")), kept(s, q, shape, false));
                // by date: the newest file of each work stays (d0, d5)
                assertEquals(expectedLeft(Set.of("d11", "d22", "d35")), kept(s, q, shape, true));
            }
        }
    }

    @Test
    void thePassVisitsOnlyTheFilesOfWorksWithSeveral() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            writeFortyReports(w, false);
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                IndexSearcher s = new IndexSearcher(reader);
                s.setQueryCache(null);
                AtomicInteger visited = new AtomicInteger();
                // two words, as a report search's: a conjunction, whose bulk scorer does not use a collector's
                // competitive iterator
                Query q = new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(new CountingQuery(new TermQuery(new Term("body", "alpha")), visited), org.apache.lucene.search.BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("body", "beta")), org.apache.lucene.search.BooleanClause.Occur.MUST)
                        .build();
                Query collapsed = WorkCollapse.collapsed(s, q, WorkShape.of(view(reader.maxDoc())), false);
                // every report matches; the pass looks at the five files of w0 and w1 alone, not at all forty
                assertTrue(visited.get() <= 5, "visited " + visited.get());
                assertEquals(37, s.count(collapsed)); // d0, d11 (outranked by d22) and d5 (by d35) leave
            }
        }
    }

    /**
     * The 40 reports of {@link #MULTI}, 10 a segment: d22 and d35 say alpha most often (best by score); with
     * {@code dated}, later files are older, so d0 is the newest of w0 (best by date).
     */
    private static void writeFortyReports(IndexWriter w, boolean dated) throws IOException {
        for (int i = 0; i < 40; i++) {
            Document d = new Document();
            d.add(new StringField(Schema.DOC_ID.fieldName(), "d" + i, Field.Store.NO));
            d.add(new SortedDocValuesField(Schema.DOC_ID.fieldName(), new BytesRef("d" + i)));
            d.add(new NumericDocValuesField(Schema.DOC_KEY.fieldName(), i));
            if (dated) {
                d.add(new NumericDocValuesField(Schema.DATE.fieldName(), 1000 - i));
            }
            d.add(new TextField("body", "alpha ".repeat(i == 22 || i == 35 ? 5 : 1) + "beta", Field.Store.NO));
            w.addDocument(d);
            if (i % 10 == 9) {
                w.commit();
            }
        }
    }

    /** A query that counts the documents its scorers are positioned on. */
    private static final class CountingQuery extends Query {
        private final Query in;
        private final AtomicInteger visited;

        CountingQuery(Query in, AtomicInteger visited) {
            this.in = in;
            this.visited = visited;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            Weight inner = in.createWeight(searcher, scoreMode, boost);
            return new Weight(this) {
                @Override
                public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                    return inner.explain(context, doc);
                }

                @Override
                public Scorer scorer(LeafReaderContext context) throws IOException {
                    Scorer s = inner.scorer(context);
                    return s == null ? null : counting(this, s);
                }

                @Override
                public boolean isCacheable(LeafReaderContext ctx) {
                    return false;
                }
            };
        }

        private Scorer counting(Weight weight, Scorer s) {
            DocIdSetIterator it = s.iterator();
            DocIdSetIterator counted = new DocIdSetIterator() {
                @Override
                public int docID() {
                    return it.docID();
                }

                @Override
                public int nextDoc() throws IOException {
                    return seen(it.nextDoc());
                }

                @Override
                public int advance(int target) throws IOException {
                    return seen(it.advance(target));
                }

                private int seen(int doc) {
                    if (doc != NO_MORE_DOCS) {
                        visited.incrementAndGet();
                    }
                    return doc;
                }

                @Override
                public long cost() {
                    return it.cost();
                }
            };
            return new Scorer(weight) {
                @Override
                public int docID() {
                    return s.docID();
                }

                @Override
                public DocIdSetIterator iterator() {
                    return counted;
                }

                @Override
                public float getMaxScore(int upTo) throws IOException {
                    return s.getMaxScore(upTo);
                }

                @Override
                public float score() throws IOException {
                    return s.score();
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            in.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return "counting(" + in.toString(field) + ")";
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    @Test
    void anIndexWithoutWorksOfSeveralFilesIsNotSearchedTwice() throws IOException {
        List<Works.Work> single = new ArrayList<>();
        int[] ordinal = new int[3];
        for (int i = 0; i < 3; i++) {
            single.add(new Works.Work("d" + i, List.of(new Works.Member("d" + i, "p" + i, "f" + i, 1))));
            ordinal[i] = i;
        }
        WorkCatalog.View view = new WorkCatalog.View(new Works(single, List.of(), 0, 0), ordinal, Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), 0, 0);
        Query q = new TermQuery(new Term("body", "x"));
        assertSame(q, WorkCollapse.collapsed(null, q, WorkShape.of(view), false));
    }

    @Test
    void aSegmentWithoutFilesOfWorksWithSeveralGetsNoScorer() throws IOException {
        FixedBitSet docs = new FixedBitSet(40);
        docs.set(5);
        docs.set(22);
        assertTrue(WorkCollapse.anyIn(docs, 0, 10));
        assertFalse(WorkCollapse.anyIn(docs, 10, 10));
        assertTrue(WorkCollapse.anyIn(docs, 22, 1));
        assertFalse(WorkCollapse.anyIn(docs, 23, 17));
        assertFalse(WorkCollapse.anyIn(docs, 40, 5), "a segment newer than the set");
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            writeFortyReports(w, false);
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                IndexSearcher s = new IndexSearcher(reader);
                Weight weight = s.createWeight(new DocSetQuery(docs), ScoreMode.COMPLETE_NO_SCORES, 1);
                List<LeafReaderContext> leaves = reader.leaves();
                assertEquals(4, leaves.size());
                assertEquals(List.of(5), collect(weight.scorer(leaves.get(0)).iterator()));
                assertNull(weight.scorer(leaves.get(1)), "none of the set in the second segment");
                assertEquals(List.of(2), collect(weight.scorer(leaves.get(2)).iterator()));
                assertNull(weight.scorer(leaves.get(3)));
                assertEquals(2, s.count(new DocSetQuery(docs)));
            }
        }
    }

    @Test
    void theSliceOfASegmentIsItsOwnDocumentNumbers() throws IOException {
        FixedBitSet docs = new FixedBitSet(40);
        for (int d : new int[] {0, 5, 11, 22, 35, 39}) {
            docs.set(d);
        }
        assertEquals(List.of(1, 12), collect(WorkCollapse.slice(docs, 10, 15)));
        assertEquals(List.of(0, 5), collect(WorkCollapse.slice(docs, 0, 10)));
        assertEquals(List.of(5, 9), collect(WorkCollapse.slice(docs, 30, 10)));
        assertEquals(List.of(), collect(WorkCollapse.slice(docs, 23, 7)));
        DocIdSetIterator it = WorkCollapse.slice(docs, 10, 15);
        assertEquals(12, it.advance(2));
        assertEquals(DocIdSetIterator.NO_MORE_DOCS, it.advance(13));
        // a conjunction whose other clause ran out asks for NO_MORE_DOCS: base + target must not overflow
        DocIdSetIterator asked = WorkCollapse.slice(docs, 10, 15);
        assertEquals(1, asked.nextDoc());
        assertEquals(DocIdSetIterator.NO_MORE_DOCS, asked.advance(DocIdSetIterator.NO_MORE_DOCS));
    }

    @Test
    void theCollectionsOfAWorkAreThoseOfAllItsFiles() {
        WorkCatalog.View view = new WorkCatalog.View(works(), ordinals(40), Map.of(), Map.of(), Map.of(),
                Map.of("d0", List.of("乙"), "d11", List.of("甲", "乙"), "d7", List.of("丙")), Map.of(), 0, 0);
        WorkShape shape = WorkShape.of(view);
        assertEquals(List.of("丙", "乙", "甲"), shape.collections());
        int w0 = view.workOrdinal()[0];
        assertEquals(List.of(1, 2), java.util.Arrays.stream(shape.inCollections()[w0]).boxed().toList());
        assertEquals(List.of(0), java.util.Arrays.stream(shape.inCollections()[view.workOrdinal()[7]]).boxed().toList());
        assertEquals(0, shape.inCollections()[view.workOrdinal()[5]].length);
    }

    private static List<Integer> collect(DocIdSetIterator it) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
            out.add(d);
        }
        return out;
    }

    private static Set<String> expectedLeft(Set<String> outranked) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < 40; i++) {
            if (!outranked.contains("d" + i)) {
                out.add("d" + i);
            }
        }
        return out;
    }

    private static Set<String> kept(IndexSearcher s, Query q, WorkShape shape, boolean byDate) throws IOException {
        Query collapsed = WorkCollapse.collapsed(s, q, shape, byDate);
        Set<String> out = new TreeSet<>();
        for (ScoreDoc sd : s.search(collapsed, 100).scoreDocs) {
            var leaf = s.getIndexReader().leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, s.getIndexReader().leaves()));
            var ids = leaf.reader().getSortedDocValues(Schema.DOC_ID.fieldName());
            ids.advanceExact(sd.doc - leaf.docBase);
            out.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
        }
        return out;
    }

    private static Works works() {
        List<Works.Work> all = new ArrayList<>();
        Set<Integer> inMulti = new TreeSet<>();
        MULTI.forEach((id, files) -> inMulti.addAll(files));
        for (String id : new TreeSet<>(MULTI.keySet())) {
            all.add(new Works.Work(id, MULTI.get(id).stream().map(i -> new Works.Member("d" + i, "p" + i, "f" + i, 1)).toList()));
        }
        for (int i = 0; i < 40; i++) {
            if (!inMulti.contains(i)) {
                all.add(new Works.Work("d" + i, List.of(new Works.Member("d" + i, "p" + i, "f" + i, 1))));
            }
        }
        return new Works(all, List.of(), 0, 0);
    }

    private static int[] ordinals(int maxDoc) {
        Works works = works();
        int[] ordinal = new int[maxDoc];
        for (int w = 0; w < works.works().size(); w++) {
            for (Works.Member m : works.works().get(w).files()) {
                ordinal[Integer.parseInt(m.docId().substring(1))] = w;
            }
        }
        return ordinal;
    }

    private static WorkCatalog.View view(int maxDoc) {
        return new WorkCatalog.View(works(), ordinals(maxDoc), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0, 0);
    }
}
