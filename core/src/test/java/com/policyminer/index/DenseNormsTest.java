package com.policyminer.index;

import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field with norms has a norm on every document (empty fields where a field does not apply):
 * norms on some documents only are looked up in a sparse list at every scored match and at every
 * posting a merge writes, a measurable part of search and merge time.
 */
class DenseNormsTest {

    @TempDir
    Path dir;

    @Test
    void everyNormedFieldCoversEveryDocument() throws Exception {
        try (Engine e = TestIndexes.seeded(dir)) {
            IndexSearcher s = e.embeddedIndex().searchers().acquire();
            try {
                int fields = 0;
                for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                    int maxDoc = leaf.reader().maxDoc();
                    assertTrue(maxDoc > 100, "figures, extractions and reports: " + maxDoc);
                    for (FieldInfo f : leaf.reader().getFieldInfos()) {
                        if (!f.hasNorms()) {
                            continue;
                        }
                        NumericDocValues norms = leaf.reader().getNormValues(f.name);
                        assertNotNull(norms, f.name);
                        int covered = 0;
                        while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                            covered++;
                        }
                        assertEquals(maxDoc, covered, "norms of " + f.name);
                        fields++;
                    }
                }
                assertTrue(fields >= 5, "body, title, body_bigram, sentence, indicator: " + fields);
            } finally {
                e.embeddedIndex().searchers().release(s);
            }
        }
    }
}
