package com.policyminer.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An answer is given again for the same request on the same reader only, complete and first pages only. */
class SearchResultCacheTest {

    @Test
    void theSameRequestOnTheSameReaderOnly() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.addDocument(doc("a"));
            w.commit();
            try (DirectoryReader first = DirectoryReader.open(w)) {
                w.addDocument(doc("b"));
                w.commit();
                try (DirectoryReader second = DirectoryReader.open(w)) {
                    SearchResultCache cache = new SearchResultCache();
                    SearchRequest r = SearchRequest.of("创新", 10);
                    SearchResult answer = result(false);
                    cache.put(key(first, r, true), answer);
                    SearchResult again = cache.get(key(first, SearchRequest.of("创新", 10), true), 3);
                    assertNotNull(again);
                    assertEquals(answer.hits(), again.hits());
                    assertEquals(answer.facets(), again.facets());
                    assertEquals(answer.nextCursor(), again.nextCursor());
                    assertEquals(3, again.tookMs(), "the lookup's own time");
                    assertNull(cache.get(key(second, r, true), 0), "a new index version searches again");
                    assertNull(cache.get(key(first, r, false), 0), "ids only is another search");
                    assertNull(cache.get(key(first, SearchRequest.of("创新", 20), true), 0), "another page size");
                    assertNull(cache.get(new SearchResultCache.Key(first, r, true, Duration.ZERO), 0), "another time limit");
                    SearchRequest other = SearchRequest.of("发展", 10);
                    cache.put(key(first, other, true), result(true));
                    assertNull(cache.get(key(first, other, true), 0), "a partial answer is not kept");
                    for (int i = 0; i < SearchResultCache.ENTRIES; i++) {
                        cache.put(key(first, SearchRequest.of("q" + i, 10), true), result(false));
                    }
                    assertNull(cache.get(key(first, r, true), 0), "the oldest leaves");
                }
            }
        }
    }

    private static SearchResultCache.Key key(DirectoryReader reader, SearchRequest r, boolean full) {
        return new SearchResultCache.Key(reader, r, full, ReportSearch.DEADLINE);
    }

    private static SearchResult result(boolean partial) {
        return new SearchResult(1, 1, 10, List.of(), "cursor", Map.of("year", List.of(new SearchResult.FacetCount("2024", 1))),
                "body:创新", 12, false, Map.of(), partial);
    }

    private static Document doc(String id) {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.NO));
        return d;
    }
}
