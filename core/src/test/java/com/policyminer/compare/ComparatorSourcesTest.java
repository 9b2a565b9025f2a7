package com.policyminer.compare;

import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures compared by source: the files of one work, and a sentence reposted in another work, are one source. */
class ComparatorSourcesTest {

    private static Figure share(String doc, double percent, int year, String sentence) {
        String surface = percent + "%";
        return new Figure(doc, surface, 10, 10 + surface.length(), "test", String.valueOf(percent), percent, "%",
                percent / 100, "ratio", "level", "exact", percent / 100, percent / 100, year, null, "", "text",
                "北京", "region", -1, -1, "研发投入强度", sentence, 0, "text", null, null);
    }

    private static final String S1 = "2020年，北京研发投入强度为6.44%，居全国首位。";
    private static final String S2 = "据统计，2020年北京市全社会研发投入强度达到6.5%左右。";

    private final FigureComparator comparator = FigureComparator.standard();

    @Test
    void copiesOfOneWorkAreOneSourceAndAChangedValueIsOneRecord() {
        List<Figure> figures = List.of(
                share("a.txt", 6.44, 2020, S1), share("a.pdf", 6.44, 2020, S1), share("a-repost", 6.54, 2020, S1.replace("6.44", "6.54")));
        Function<String, String> work = Map.of("a.txt", "A", "a.pdf", "A", "a-repost", "A")::get;
        // by documents: the copies disagree with each other
        assertEquals(Verdict.CONFLICT, comparator.conflicts(figures).get(0).verdict());
        List<Conflict> bySource = comparator.conflicts(figures, CompareFilter.ALL, work);
        assertEquals(1, bySource.size(), bySource.toString());
        assertEquals(Verdict.CHANGED_BETWEEN_VERSIONS, bySource.get(0).verdict());
        assertTrue(bySource.get(0).reason().contains("changed between versions"), bySource.get(0).reason());
        List<ComparisonGroup> groups = comparator.compare(figures, CompareFilter.ALL, work);
        assertEquals(1, groups.get(0).sources());
        assertEquals(3, groups.get(0).documents());
    }

    @Test
    void aRepostedSentenceIsOneSourceNotAnAgreement() {
        List<Figure> figures = List.of(share("a", 6.44, 2020, S1), share("b", 6.44, 2020, S1), share("c", 6.5, 2020, S2));
        Function<String, String> own = Function.identity();
        List<ComparisonGroup> groups = comparator.compare(figures, CompareFilter.ALL, own);
        assertEquals(2, groups.get(0).sources());
        // a and b are one source: only their pairs with c are judged
        assertEquals(2, groups.get(0).pairCount());
        assertEquals(3, comparator.compare(figures).get(0).pairCount());
    }

    @Test
    void twoWorksStillConflictAndTheSameValueInOneWorkIsNothing() {
        List<Figure> figures = List.of(share("a", 6.44, 2020, S1), share("a2", 6.44, 2020, S1), share("b", 7.1, 2020, S2));
        Function<String, String> work = Map.of("a", "A", "a2", "A", "b", "B")::get;
        List<Conflict> conflicts = comparator.conflicts(figures, CompareFilter.ALL, work);
        assertEquals(1, conflicts.size());
        assertEquals(Verdict.CONFLICT, conflicts.get(0).verdict());
        assertTrue(comparator.conflicts(List.of(figures.get(0), figures.get(1)), CompareFilter.ALL, work).isEmpty());
        assertTrue(comparator.compare(List.of(figures.get(0), figures.get(1)), CompareFilter.ALL, work).isEmpty());
    }
}
