package com.policyminer.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SortedPageTest {

    private static final Sort BY_PATH = new Sort(new SortField("path", SortField.Type.STRING));

    private static Query filters(String kind, String tag) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("kind", kind)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term("tag", tag)), BooleanClause.Occur.FILTER)
                .build();
    }

    private static void add(IndexWriter w, String path, String kind, String tag) throws IOException {
        Document d = new Document();
        d.add(new StringField("path", path, Field.Store.YES));
        d.add(new SortedDocValuesField("path", new BytesRef(path)));
        d.add(new StringField("kind", kind, Field.Store.NO));
        d.add(new StringField("tag", tag, Field.Store.NO));
        w.addDocument(d);
    }

    /** Every page, page after page, is the one IndexSearcher.searchAfter gives: random paths, segments and deletions. */
    @Test
    void pagesAreSearchAftersPages() throws IOException {
        for (int seed = 0; seed < 12; seed++) {
            Random r = new Random(seed);
            try (Directory dir = new ByteBuffersDirectory();
                 IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(50 + r.nextInt(300)))) {
                int n = 200 + r.nextInt(3000);
                for (int i = 0; i < n; i++) {
                    add(w, "p" + r.nextInt(n * 2), r.nextInt(4) == 0 ? "figure" : "extraction", "t" + r.nextInt(3));
                    if (r.nextInt(40) == 0) {
                        w.deleteDocuments(new Term("path", "p" + r.nextInt(n * 2)));
                    }
                }
                try (DirectoryReader reader = DirectoryReader.open(w)) {
                    IndexSearcher s = new IndexSearcher(reader);
                    Query q = filters("extraction", "t" + r.nextInt(3));
                    FieldDoc after = null;
                    int pages = 0;
                    while (true) {
                        int size = 1 + r.nextInt(70);
                        TopDocs expected = after == null ? s.search(q, size, BY_PATH) : s.searchAfter(after, q, size, BY_PATH);
                        TopFieldDocs got = SortedPage.of(s, q, size, after, BY_PATH);
                        assertEquals(describe(expected), describe(got), "seed " + seed + ", page " + pages);
                        if (expected.scoreDocs.length < size) {
                            break;
                        }
                        after = (FieldDoc) expected.scoreDocs[expected.scoreDocs.length - 1];
                        pages++;
                    }
                    assertTrue(pages > 0 || n < 100, "seed " + seed + " went past one page");
                }
            }
        }
    }

    /** The first page of a conjunction matching 20,000 documents compares a few of them, not all (the sort's pruning). */
    @Test
    void theFirstPageOfManyMatchesComparesFew() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(5000))) {
            for (int i = 0; i < 20_000; i++) {
                add(w, String.format("r%06d.txt", (i * 7919) % 20_000), "extraction", "region");
            }
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                IndexSearcher s = new IndexSearcher(reader);
                s.setQueryCache(null);
                Query q = filters("extraction", "region");
                long[] compared = {0};
                TopFieldDocs page = SortedPage.of(s, q, 32, null, BY_PATH, compared);
                List<String> paths = new ArrayList<>();
                for (var d : page.scoreDocs) {
                    paths.add(((BytesRef) ((FieldDoc) d).fields[0]).utf8ToString());
                }
                assertEquals(String.format("r%06d.txt", 0), paths.get(0));
                assertEquals(String.format("r%06d.txt", 31), paths.get(31));
                assertTrue(compared[0] < 4_000, "compared " + compared[0] + " of 20,000 matches for a page of 32");
            }
        }
    }

    private static String describe(TopDocs docs) {
        StringBuilder b = new StringBuilder();
        for (var d : docs.scoreDocs) {
            b.append(d.doc).append('=').append(((BytesRef) ((FieldDoc) d).fields[0]).utf8ToString()).append(' ');
        }
        return b.toString();
    }
}
