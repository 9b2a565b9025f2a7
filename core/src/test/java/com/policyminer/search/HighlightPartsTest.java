package com.policyminer.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pieces the highlighter is given: sentence breaks, passage scores and the text cache. */
class HighlightPartsTest {

    @Test
    void sentenceBreaksFallAfterChineseAndWesternSentenceEndsAndLineBreaks() {
        String text = "第一句。第二句；第三句！\nEnd. Next?最后";
        BreakIterator b = new SentenceBreaks();
        b.setText(text);
        List<Integer> bounds = new ArrayList<>();
        for (int p = b.first(); p != BreakIterator.DONE; p = b.next()) {
            bounds.add(p);
        }
        assertEquals(List.of(0, 4, 8, 12, 13, 17, 23, text.length()), bounds);
        assertEquals(4, b.following(0));
        assertEquals(4, b.following(3));
        assertEquals(8, b.following(4));
        assertEquals(0, b.preceding(4));
        assertEquals(4, b.preceding(5));
        assertEquals(BreakIterator.DONE, b.preceding(0));
        assertEquals(BreakIterator.DONE, b.following(text.length()));
        assertTrue(b.isBoundary(8));
        assertFalse(b.isBoundary(9));
        assertEquals(text.length(), b.getText().getEndIndex());
        assertThrows(IllegalArgumentException.class, () -> b.following(text.length() + 1));
    }

    @Test
    void sentenceBreaksWalkBackwardsToo() {
        BreakIterator b = new SentenceBreaks();
        b.setText("甲。乙。丙");
        assertEquals(5, b.last());
        assertEquals(4, b.previous());
        assertEquals(2, b.previous());
        assertEquals(0, b.previous());
        assertEquals(BreakIterator.DONE, b.previous());
        assertEquals(4, b.next(2));
    }

    @Test
    void quickPassageScoresEqualLucenesOwn() {
        PassageScorer stock = new PassageScorer();
        QuickPassageScorer quick = new QuickPassageScorer();
        Random random = new Random(7);
        BytesRef[] vocabulary = {new BytesRef("科技"), new BytesRef("创新"), new BytesRef("中心"), new BytesRef("西安")};
        for (int round = 0; round < 500; round++) {
            Passage p = new Passage();
            int start = random.nextInt(5000);
            p.setStartOffset(start);
            p.setEndOffset(start + 200);
            int matches = 1 + random.nextInt(round % 50 == 0 ? 90 : 8); // now and then more than the quick path takes
            for (int i = 0; i < matches; i++) {
                int at = start + i * 2;
                p.addMatch(at, at + 2, vocabulary[random.nextInt(vocabulary.length)], 1 + random.nextInt(300));
            }
            int length = 8000 + random.nextInt(20000);
            assertEquals(stock.score(p, length), quick.score(p, length), 1e-6f, "passage " + round);
        }
    }

    @Test
    void textCacheKeepsTheRecentlyUsedWithinItsBudget() {
        TextCache cache = new TextCache(160);
        Object segment = new Object();
        cache.put(segment, 1, body("a".repeat(8)));
        cache.put(segment, 2, body("b".repeat(8)));
        assertEquals("a".repeat(8), cache.get(segment, 1).text()); // 1 is now the most recent
        for (int doc = 3; doc < 40; doc++) {
            cache.put(segment, doc, body("c".repeat(8)));
            cache.get(segment, 1);
        }
        assertTrue(cache.chars() <= 160);
        assertEquals("a".repeat(8), cache.get(segment, 1).text());
        assertNull(cache.get(segment, 2), "the least recently used goes first");
        assertNull(cache.get(new Object(), 1), "entries belong to their segment");
        cache.put(segment, 99, body("x".repeat(11))); // over a sixteenth of the budget: not kept
        assertNull(cache.get(segment, 99));
    }

    private static TextCache.Body body(String text) {
        return new TextCache.Body(text, java.util.List.of());
    }
}
