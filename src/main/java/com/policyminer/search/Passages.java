package com.policyminer.search;

import com.policyminer.index.Analyzers;
import com.policyminer.index.Schema;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.ArrayList;
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

    Map<Integer, List<String>> best(IndexSearcher s, Query q, List<ScoreDoc> page) throws IOException {
        if (page.isEmpty()) {
            return Map.of();
        }
        UnifiedHighlighter h = UnifiedHighlighter.builder(s, analyzers.perField())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(1_000_000)
                .withMaskedFieldsFunc(f -> f.equals(BODY) ? Set.of(BIGRAM) : Set.of())
                .withHighlightPhrasesStrictly(true)
                .build();
        TopDocs td = new TopDocs(new TotalHits(page.size(), TotalHits.Relation.EQUAL_TO), page.toArray(new ScoreDoc[0]));
        String[] texts = h.highlight(BODY, q, td, PASSAGES_PER_HIT);
        Map<Integer, List<String>> out = new HashMap<>();
        for (int i = 0; i < page.size(); i++) {
            out.put(page.get(i).doc, split(texts[i]));
        }
        return out;
    }

    private static List<String> split(String highlighted) {
        if (highlighted == null || highlighted.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : highlighted.split(" … ")) {
            String t = p.strip();
            if (!t.isEmpty() && !out.contains(t)) { // a report that repeats a paragraph (a lead, a summary) shows it once
                out.add(t.length() > 600 ? t.substring(0, 600) + "…" : t);
            }
        }
        return out;
    }
}
