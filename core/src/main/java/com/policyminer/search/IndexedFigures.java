package com.policyminer.search;

import com.policyminer.compare.FigureLoader;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.model.Figure;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Reads a figure back from the index, for the comparison groups and conflicts that are shown: from the
 * index document it was read from, in the index version the comparison table was built from (one
 * stored-fields read); when that version is closed meanwhile, by its report and offsets in the current
 * one (a term and a point query on the figure's own index document).
 */
final class IndexedFigures implements FigureLoader {

    private static final String ITEM = Schema.ITEM_JSON.fieldName();

    private final IndexReader built;
    private final ReferenceManager<IndexSearcher> searchers;

    /** @param built the version the table is built from (its document numbers); may close before the table goes */
    IndexedFigures(IndexReader built, ReferenceManager<IndexSearcher> searchers) {
        this.built = built;
        this.searchers = searchers;
    }

    @Override
    public Figure load(String docId, int start, int end, int doc) {
        try {
            if (doc >= 0 && built.getRefCount() > 0) {
                try {
                    Figure f = StoredJson.read(built.storedFields().document(doc, Set.of(ITEM)).get(ITEM), Figure.class);
                    if (f.docId().equals(docId) && f.start() == start && f.end() == end) {
                        return f;
                    }
                } catch (AlreadyClosedException e) {
                    // that version is gone: found by its report and offsets below
                }
            }
            return inCurrentVersion(docId, start, end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Figure inCurrentVersion(String docId, int start, int end) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_FIGURE)), Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.DOC_ID.fieldName(), docId)), Occur.FILTER)
                    .add(IntPoint.newExactQuery(Schema.START.fieldName(), start), Occur.FILTER)
                    .build();
            for (ScoreDoc sd : s.search(q, 64).scoreDocs) {
                Figure f = StoredJson.read(s.storedFields().document(sd.doc, Set.of(ITEM)).get(ITEM), Figure.class);
                if (f.end() == end) {
                    return f;
                }
            }
        } finally {
            searchers.release(s);
        }
        throw new SearchBusyException("report " + docId + " changed while it was compared; try again", 1);
    }
}
