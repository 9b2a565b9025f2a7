package com.policyminer.search;

import com.policyminer.compare.FigureLoader;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.model.Figure;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Reads a figure back from the index by its document and offsets (a term and a point query on the
 * figure's own index document), for the comparison groups and conflicts that are shown.
 */
final class IndexedFigures implements FigureLoader {

    private final ReferenceManager<IndexSearcher> searchers;

    IndexedFigures(ReferenceManager<IndexSearcher> searchers) {
        this.searchers = searchers;
    }

    @Override
    public Figure load(String docId, int start, int end) {
        String item = Schema.ITEM_JSON.fieldName();
        try {
            IndexSearcher s = searchers.acquire();
            try {
                BooleanQuery q = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Schema.TYPE.fieldName(), Schema.TYPE_FIGURE)), Occur.FILTER)
                        .add(new TermQuery(new Term(Schema.DOC_ID.fieldName(), docId)), Occur.FILTER)
                        .add(IntPoint.newExactQuery(Schema.START.fieldName(), start), Occur.FILTER)
                        .build();
                for (ScoreDoc sd : s.search(q, 64).scoreDocs) {
                    Figure f = StoredJson.read(s.storedFields().document(sd.doc, Set.of(item)).get(item), Figure.class);
                    if (f.end() == end) {
                        return f;
                    }
                }
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new SearchBusyException("report " + docId + " changed while it was compared; try again", 1);
    }
}
