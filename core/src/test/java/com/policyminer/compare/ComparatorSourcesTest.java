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
        // shown as such: the same passage in 2 reports
        assertEquals(List.of(new ComparisonGroup.Republication(List.of(0, 1), 2, S1)), groups.get(0).republished());
        assertTrue(comparator.compare(figures).get(0).republished().isEmpty(), "without works nothing is known of reposts");
        // the files of one work are one report, not a republication
        Function<String, String> work = Map.of("a", "A", "b", "A", "c", "C")::get;
        assertTrue(comparator.compare(figures, CompareFilter.ALL, work).get(0).republished().isEmpty());
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

    @Test
    void aWorksOwnFilesStayOneSourceWhenAnotherWorkRepostsOneOfItsSentences() {
        // 0-news (work N) reposts S1 and sorts first; work A states S1 in two files and, in its repost, the same
        // value in a reworded sentence: all one source (N takes A's source for S1), nothing agrees with itself
        String reworded = "据统计，2020年北京研发投入强度为6.44%，仍居全国首位。";
        List<Figure> figures = List.of(share("0-news", 6.44, 2020, S1), share("a.txt", 6.44, 2020, S1),
                share("a.pdf", 6.44, 2020, S1), share("a-repost", 6.44, 2020, reworded));
        Function<String, String> work = Map.of("0-news", "N", "a.txt", "A", "a.pdf", "A", "a-repost", "A")::get;
        assertTrue(comparator.compare(figures, CompareFilter.ALL, work).isEmpty(),
                comparator.compare(figures, CompareFilter.ALL, work).toString());
        // with an independent third work, the repost is shown as such and only the third work is compared
        List<Figure> withOther = new java.util.ArrayList<>(figures);
        withOther.add(share("b", 6.5, 2020, S2));
        ComparisonGroup g = comparator.compare(withOther, CompareFilter.ALL, Map.of("0-news", "N", "a.txt", "A", "a.pdf", "A",
                "a-repost", "A", "b", "B")::get).get(0);
        assertEquals(2, g.sources());
        assertEquals(1, g.republished().size());
        assertEquals(2, g.republished().get(0).reports());
        assertEquals(3, g.republished().get(0).figures().size());
    }
}
