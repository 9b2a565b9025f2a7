package com.policyminer.search;

import com.policyminer.compare.DocumentMentions;
import com.policyminer.index.LuceneDocuments.EntityType;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every figure and every document's mentions, read from the index once per index version (the
 * cache is keyed by the reader, so it refreshes after each commit). Cross-report comparison and
 * co-occurrence work on this whole-corpus view.
 */
public final class CorpusSnapshot {

    /** The corpus as of one reader. */
    public record Data(List<Figure> figures, List<DocumentMentions> documents) {
    }

    private record Cached(IndexReader reader, Data data) {
    }

    private final ReferenceManager<IndexSearcher> searchers;
    private final SearchSlots slots;
    private volatile Cached cached;

    public CorpusSnapshot(ReferenceManager<IndexSearcher> searchers) {
        this(searchers, SearchSlots.perCore());
    }

    /** @param slots the engine's search slots: reading the corpus queues with the searches (one pass, one slot) */
    public CorpusSnapshot(ReferenceManager<IndexSearcher> searchers, SearchSlots slots) {
        this.searchers = searchers;
        this.slots = slots;
    }

    public Data get() throws IOException {
        searchers.maybeRefresh();
        IndexSearcher s = searchers.acquire();
        try {
            IndexReader reader = s.getIndexReader();
            Cached c = cached;
            if (c != null && c.reader() == reader) {
                return c.data();
            }
            synchronized (this) {
                c = cached;
                if (c != null && c.reader() == reader) {
                    return c.data();
                }
                Data d = slots.call(() -> load(s));
                cached = new Cached(reader, d);
                return d;
            }
        } finally {
            searchers.release(s);
        }
    }

    private static Data load(IndexSearcher s) throws IOException {
        int n = Math.max(1, s.getIndexReader().maxDoc());
        List<Figure> figures = new ArrayList<>();
        for (ScoreDoc sd : s.search(type(Schema.TYPE_FIGURE), n).scoreDocs) {
            figures.add(StoredJson.read(s.storedFields().document(sd.doc, Set.of(Schema.ITEM_JSON.fieldName()))
                    .get(Schema.ITEM_JSON.fieldName()), Figure.class));
        }
        Map<String, List<Mention>> mentions = new HashMap<>();
        Set<String> fields = new HashSet<>(Set.of(Schema.DOC_ID.fieldName()));
        for (EntityType t : EntityType.values()) {
            fields.add(t.mentions.fieldName());
        }
        for (ScoreDoc sd : s.search(type(Schema.TYPE_EXTRACTION), n).scoreDocs) {
            Document d = s.storedFields().document(sd.doc, fields);
            List<Mention> all = new ArrayList<>();
            for (EntityType t : EntityType.values()) {
                String json = d.get(t.mentions.fieldName());
                if (json != null) {
                    all.addAll(MentionSearch.read(json, t, d.get(Schema.DOC_ID.fieldName())));
                }
            }
            all.sort(java.util.Comparator.comparingInt(Mention::start));
            mentions.put(d.get(Schema.DOC_ID.fieldName()), all);
        }
        Map<String, DocumentMentions> docs = new LinkedHashMap<>();
        Set<String> reportFields = Set.of(Schema.DOC_ID.fieldName(), Schema.TITLE.fieldName(), Schema.BODY.fieldName());
        for (ScoreDoc sd : s.search(type(Schema.TYPE_REPORT), n).scoreDocs) {
            Document d = s.storedFields().document(sd.doc, reportFields);
            String id = d.get(Schema.DOC_ID.fieldName());
            docs.put(id, new DocumentMentions(id, d.get(Schema.TITLE.fieldName()), d.get(Schema.BODY.fieldName()),
                    mentions.getOrDefault(id, List.of())));
        }
        return new Data(List.copyOf(figures), List.copyOf(docs.values()));
    }

    private static TermQuery type(String type) {
        return new TermQuery(new Term(Schema.TYPE.fieldName(), type));
    }
}
