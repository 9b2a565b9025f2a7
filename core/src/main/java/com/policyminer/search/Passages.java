package com.policyminer.search;

import com.policyminer.index.Analyzers;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredPages;
import com.policyminer.model.Page;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Best passages of each hit with Lucene's {@link UnifiedHighlighter}, from the offsets stored in
 * the postings of the segmented body (the query rewritten first: see {@link #forPostings}). Matches found through the bigram field are marked on the
 * same text (the two fields are "masked" together: same text, same offsets). Passages are
 * sentences ({@link SentenceBreaks}); recently read texts are kept in a {@link TextCache}. In a
 * paged report each passage gets the page it begins on, from the page map read with the text.
 */
final class Passages {

    static final int PASSAGES_PER_HIT = 3;
    /** Passages the highlighter picks by BM25, among which {@link PassageList} orders by chunks matched. */
    static final int CANDIDATES = 8;
    /** Characters of report text kept in memory for highlighting (two bytes each): 32 M, or a sixteenth of a small heap. */
    static final long CACHED_CHARS = Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 16 / 2);
    private static final int MAX_LENGTH = 1_000_000;
    private static final String BODY = Schema.BODY.fieldName();
    private static final String BIGRAM = Schema.BODY_BIGRAM.fieldName();
    private static final String PAGE_MAP = Schema.PAGE_MAP.fieldName();
    private static final Set<String> BODY_AND_PAGES = Set.of(BODY, PAGE_MAP);
    private static final QuickPassageScorer SCORER = new QuickPassageScorer();

    private final Analyzers analyzers;
    private final TextCache texts = new TextCache(CACHED_CHARS);

    Passages(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** A reader's field infos merged over its segments (the highlighter asks for them in every search). */
    private record MergedFieldInfos(IndexReader reader, FieldInfos infos) {
    }

    private volatile MergedFieldInfos fieldInfos;

    /**
     * The field infos of all of the reader's segments: merged once per reader (at 100,000 reports a highlighter made
     * for each search merged those of some twenty segments each time, 4% of a broad search's CPU).
     */
    private FieldInfos fieldInfos(IndexReader reader) {
        MergedFieldInfos current = fieldInfos;
        if (current == null || current.reader() != reader) {
            current = new MergedFieldInfos(reader, FieldInfos.getMergedFieldInfos(reader));
            fieldInfos = current;
        }
        return current.infos();
    }

    /** A highlighter that hands back each hit's passages as a list (see {@link PassageList}). */
    private final class ListHighlighter extends UnifiedHighlighter {

        /** The pages of each paged document whose text was loaded, by top-level doc number. */
        final Map<Integer, List<Page>> pages = new HashMap<>();

        ListHighlighter(Builder b) {
            super(b);
        }

        /** The field's info from the reader's merged field infos, worked out once per reader, not once per search. */
        @Override
        protected FieldInfo getFieldInfo(String field) {
            IndexSearcher s = getIndexSearcher();
            return s == null ? null : fieldInfos(s.getIndexReader()).fieldInfo(field);
        }

        Object[] passages(Query q, int[] docIds, int candidates) throws IOException {
            return highlightFieldsAsObjects(new String[] {BODY}, q, docIds, new int[] {candidates}).get(BODY);
        }

        /** The body of each document, from the cache when it is there. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            if (fields.length != 1 || !fields[0].equals(BODY)) {
                return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
            }
            IndexReader reader = getIndexSearcher().getIndexReader();
            List<LeafReaderContext> leaves = reader.leaves();
            List<CharSequence[]> out = new ArrayList<>();
            long sumChars = 0;
            do {
                int doc = docIter.nextDoc();
                if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                var helper = leaf.reader().getCoreCacheHelper();
                TextCache.Body body = helper == null ? null : texts.get(helper.getKey(), doc - leaf.docBase);
                if (body == null) {
                    // the page map is read in the same visit of the document's stored fields as the text
                    Document stored = getIndexSearcher().storedFields().document(doc, BODY_AND_PAGES);
                    String text = stored.get(BODY);
                    text = text == null ? "" : text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
                    body = new TextCache.Body(text, StoredPages.read(stored.get(PAGE_MAP)));
                    if (helper != null) {
                        texts.put(helper.getKey(), doc - leaf.docBase, body);
                    }
                }
                if (!body.pages().isEmpty()) {
                    pages.put(doc, body.pages());
                }
                out.add(new CharSequence[] {body.text()});
                sumChars += body.text().length();
            } while (sumChars <= cacheCharsThreshold && cacheCharsThreshold != 0);
            return out;
        }
    }

    /**
     * Up to {@link #PASSAGES_PER_HIT} passages of each hit, the one with the most chunks of a plain query
     * first (see {@link PassageList}), each with its page; for that, more candidates are taken from the highlighter.
     *
     * @param plain the chunks of a plain query, or null (Lucene syntax: passages by score)
     */
    Map<Integer, List<SearchResult.Passage>> best(IndexSearcher s, Query q, PlainQuery plain, List<ScoreDoc> page) throws IOException {
        if (page.isEmpty()) {
            return Map.of();
        }
        List<List<String>> surfaces = new ArrayList<>();
        if (plain != null) {
            for (PlainQuery.Chunk c : plain.chunks()) {
                List<String> forms = new ArrayList<>();
                forms.add(c.text());
                for (String shown : c.expansions()) { // 低空经济* and 技术…输出（词序不限） as the words they mark
                    forms.addAll(List.of(shown.replace("*", "").replace("（词序不限）", "").split("…")));
                }
                surfaces.add(forms);
            }
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(s, analyzers.perField())
                .withFormatter(new PassageList(surfaces, PASSAGES_PER_HIT))
                .withScorer(SCORER)
                .withBreakIterator(SentenceBreaks::new)
                .withMaxLength(MAX_LENGTH)
                .withMaskedFieldsFunc(f -> f.equals(BODY) ? Set.of(BIGRAM) : Set.of())
                .withHighlightPhrasesStrictly(true);
        ListHighlighter h = new ListHighlighter(builder);
        int[] docIds = page.stream().mapToInt(sd -> sd.doc).toArray();
        // more candidates only where there is something to choose: a sentence with more of the query's chunks
        Object[] found = h.passages(forPostings(s, q), docIds, surfaces.size() > 1 ? CANDIDATES : PASSAGES_PER_HIT);
        Map<Integer, List<SearchResult.Passage>> out = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            List<SearchResult.Passage> list = found[i] instanceof SearchResult.Passage[] ps ? List.of(ps) : List.of();
            out.put(docIds[i], onPages(list, h.pages.get(docIds[i])));
        }
        return out;
    }

    /**
     * The query as the index expands it: a word start's prefix (经济* of 低空经济) becomes the words of the index it
     * stands for, the ones the search matched. Given a prefix, the highlighter cannot use the offsets in the body's
     * postings and segments each hit's whole text again instead (HanLP, the bulk of a search's CPU); given
     * words, it reads their offsets.
     */
    static Query forPostings(IndexSearcher s, Query q) throws IOException {
        return s.rewrite(q);
    }

    /** Each passage with the page it begins on (a report without pages: as they are). */
    static List<SearchResult.Passage> onPages(List<SearchResult.Passage> passages, List<Page> pages) {
        if (pages == null || pages.isEmpty()) {
            return passages;
        }
        return passages.stream().map(p -> p.onPage(Page.at(pages, p.start()))).toList();
    }
}
