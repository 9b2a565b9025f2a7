package com.policyminer.eval;

import com.policyminer.search.SearchResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShownPassagesTest {

    // offsets:        0123 4 567890 1234
    private static final String BODY = "甲乙丙。\n丁戊己庚。辛壬癸。";

    private static SearchResult.Passage passage(String html, int start) {
        return new SearchResult.Passage(html, start, null, null);
    }

    @Test
    void aPassageSpansTheTextItShowsFromItsStart() {
        assertEquals(new ShownPassages.Span(5, 10), ShownPassages.span(passage("<mark>丁戊</mark>己庚。", 5), BODY));
        // cut at both ends: the ellipses are not text of the report
        assertEquals(new ShownPassages.Span(6, 8), ShownPassages.span(passage("…<mark>戊</mark>己…", 6), BODY));
        // white space the page trims at the start is skipped
        assertEquals(new ShownPassages.Span(5, 10), ShownPassages.span(passage("丁戊己庚。", 4), BODY));
        // never past the end of the text
        assertEquals(new ShownPassages.Span(10, 14), ShownPassages.span(passage("辛壬癸。多出", 10), BODY));
    }

    @Test
    void marksAndEntitiesAreNotShownText() {
        assertEquals("<a> & \"b\" 'c'", ShownPassages.visibleText("&lt;a&gt; &amp; <mark>&quot;b&quot;</mark> &#39;c&#39;"));
        assertEquals("研发", ShownPassages.visibleText("…<mark>研</mark><mark>发</mark>…"));
    }

    @Test
    void theGoldCountsOnlyWhenOneOfTheFirstTwoPassagesOverlapsIt() {
        ShownPassages.Span gold = new ShownPassages.Span(10, 13); // 辛壬癸
        SearchResult.Passage first = passage("甲乙丙。", 0);
        SearchResult.Passage second = passage("丁戊己庚。", 5);
        SearchResult.Passage third = passage("辛壬癸。", 10);
        assertFalse(ShownPassages.goldAmongFirst(List.of(first, second, third), BODY, gold));
        assertTrue(ShownPassages.goldAmongFirst(List.of(first, third, second), BODY, gold));
        assertTrue(ShownPassages.goldAmongFirst(List.of(third), BODY, gold));
        assertFalse(ShownPassages.goldAmongFirst(List.of(), BODY, gold));
        // touching is not overlapping: 丁戊己庚。 ends where 辛 begins
        assertFalse(ShownPassages.goldAmongFirst(List.of(second), BODY, gold));
    }

    @Test
    void aSpanIsNeverBackwards() {
        assertThrows(IllegalArgumentException.class, () -> new ShownPassages.Span(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new ShownPassages.Span(-1, 2));
    }
}
