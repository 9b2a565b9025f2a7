package com.policyminer.search;

import org.apache.lucene.index.IndexReader;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last answers of the report search, each for the index version (reader) it was computed on: the same request on
 * the same reader gives the same answer (hits, totals, facets, passages, the cursor to the next page), so it is given
 * again without a search slot, and only its {@code tookMs} is the lookup's own. A new reader (every commit) makes the
 * older answers unreachable; they leave as newer ones come in. Partial answers (the deadline cut the search short) and
 * cursor pages (their point-in-time view is kept for a while, not forever) are not kept.
 */
final class SearchResultCache {

    /** Answers kept: about 10–30 KB each (ten hits with their passages, seven facet lists). */
    static final int ENTRIES = 256;

    /** A request as searched: on which reader, with or without passages and facets, with which time limit. */
    record Key(IndexReader reader, SearchRequest request, boolean full, java.time.Duration deadline) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.reader == reader && k.full == full && k.request.equals(request) && k.deadline.equals(deadline);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(reader) * 31 + request.hashCode()) * 31 + deadline.hashCode() * 2 + (full ? 1 : 0);
        }
    }

    private final Map<Key, SearchResult> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SearchResult> eldest) {
            return size() > ENTRIES;
        }
    };

    /** Whether an answer to this request can be kept at all. */
    static boolean keeps(SearchRequest r) {
        return r.cursor() == null || r.cursor().isBlank();
    }

    synchronized SearchResult get(Key key, long tookMs) {
        SearchResult kept = answers.get(key);
        return kept == null ? null : new SearchResult(kept.total(), kept.page(), kept.size(), kept.hits(), kept.nextCursor(),
                kept.facets(), kept.query(), tookMs, kept.relaxed(), kept.expansions(), kept.partial());
    }

    synchronized void put(Key key, SearchResult result) {
        if (!result.partial() && keeps(key.request())) {
            answers.put(key, result);
        }
    }
}
