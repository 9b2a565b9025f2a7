package com.policyminer.search;

import com.policyminer.index.Analyzers;
import com.policyminer.index.Schema;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Best passages of each hit with Lucene's {@link UnifiedHighlighter}, from the offsets stored in
 * the postings of the segmented body. Matches found through the bigram field are marked on the
 * same text (the two fields are "masked" together: same text, same offsets).
 */
final class Passages {

    static final int PASSAGES_PER_HIT = 3;
    private static final String BODY = Schema.BODY.fieldName();
    private static final String BIGRAM = Schema.BODY_BIGRAM.fieldName();

    private final Analyzers analyzers;

    Passages(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** A highlighter that hands back each hit's passages as a list (see {@link PassageList}). */
    private static final class ListHighlighter extends UnifiedHighlighter {

        ListHighlighter(Builder b) {
            super(b);
        }

        Object[] passages(Query q, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {BODY}, q, docIds, new int[] {PASSAGES_PER_HIT}).get(BODY);
        }
    }

    Map<Integer, List<String>> best(IndexSearcher s, Query q, List<ScoreDoc> page) throws IOException {
        if (page.isEmpty()) {
            return Map.of();
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(s, analyzers.perField())
                .withFormatter(new PassageList())
                .withMaxLength(1_000_000)
                .withMaskedFieldsFunc(f -> f.equals(BODY) ? Set.of(BIGRAM) : Set.of())
                .withHighlightPhrasesStrictly(true);
        ListHighlighter h = new ListHighlighter(builder);
        int[] docIds = page.stream().mapToInt(sd -> sd.doc).toArray();
        Object[] found = h.passages(q, docIds);
        Map<Integer, List<String>> out = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            out.put(docIds[i], found[i] instanceof String[] list ? List.of(list) : List.of());
        }
        return out;
    }
}
