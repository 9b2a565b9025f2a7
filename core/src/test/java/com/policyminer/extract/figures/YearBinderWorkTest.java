package com.policyminer.extract.figures;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Binding years over one long paragraph reads each earlier sentence once in all, not once per
 * figure: a one-line file of many sentences with figures and no year was quadratic (issue 15).
 */
class YearBinderWorkTest {

    private static final String SENTENCE = "工业增加值增长8.5%，投资增长12.3%。";

    @Test
    void bindingEveryFigureOfALongParagraphReadsEachSentenceOnce() {
        int n = 5000;
        String text = SENTENCE.repeat(n);
        TextLayout layout = new TextLayout(text, List.of());
        assertEquals(n, layout.sentences().size());
        YearBinder years = new YearBinder(layout, List.of(), LocalDate.of(2022, 5, 7));
        for (int i = 0; i < n; i++) {
            int at = i * SENTENCE.length() + SENTENCE.indexOf("8.5");
            assertNull(years.bind(at).year());
            assertNull(years.bind(at + SENTENCE.indexOf("12.3") - SENTENCE.indexOf("8.5")).year());
        }
        assertTrue(years.sentencesRead() <= n, "sentences read: " + years.sentencesRead() + " for " + n);
    }

    @Test
    void theNearestEarlierScopingYearStillBinds() {
        String text = "2020年，全省增长5%。" + SENTENCE.repeat(50) + "2021年，全省增长6%。" + SENTENCE.repeat(50);
        TextLayout layout = new TextLayout(text, List.of());
        YearBinder years = new YearBinder(layout, List.of(), null);
        int second = text.indexOf("2021年");
        // asked out of order: a late figure first, then an early one, then one of the second half
        assertEquals(2021, years.bind(text.lastIndexOf("8.5")).year());
        assertEquals(2020, years.bind(text.indexOf("8.5")).year());
        assertEquals(2020, years.bind(text.lastIndexOf("8.5", second)).year());
        assertEquals(2021, years.bind(text.indexOf("8.5", second)).year());
        // a new paragraph starts with nothing inherited from a year inside the one before
        String two = "全省情况如下。2020年，全省增长5%。\n" + SENTENCE;
        YearBinder other = new YearBinder(new TextLayout(two, List.of()), List.of(), null);
        assertNull(other.bind(two.indexOf("8.5")).year());
        // but a year the text opens with frames it all (a communiqué: 2015年，面对…)
        String opened = "2020年，全省增长5%。\n" + SENTENCE;
        YearBinder framed = new YearBinder(new TextLayout(opened, List.of()), List.of(), null);
        assertEquals(2020, framed.bind(opened.indexOf("8.5")).year());
    }

    /** One sentence (commas only) of many years and figures: each figure reads back to its nearest year only. */
    @Test
    void aHugeSentenceIsReadBackwardsFromEachFigureNotWhole() {
        int n = 3000;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(2000 + i % 20).append("年，工业增加值比上年增长8.5%，投资增长12.3%，");
        }
        String text = b.toString();
        TextLayout layout = new TextLayout(text, List.of());
        assertEquals(1, layout.sentences().size());
        YearBinder years = new YearBinder(layout, List.of(), null);
        int from = 0;
        for (int i = 0; i < n; i++) {
            int at = text.indexOf("8.5", from);
            assertEquals(2000 + i % 20, years.bind(at).year(), "figure " + i);
            assertEquals(2000 + i % 20, years.bind(text.indexOf("12.3", at)).year(), "figure " + i);
            from = at + 1;
        }
        assertTrue(years.yearsRead() <= 4 * n, "years read: " + years.yearsRead() + " for " + 2 * n + " figures");
        assertTrue(years.tableReads() <= 1, "the sentence is read for a table reference once: " + years.tableReads());
    }
}
