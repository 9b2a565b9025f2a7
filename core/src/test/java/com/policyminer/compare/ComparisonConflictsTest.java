package com.policyminer.compare;

import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.policyminer.compare.ComparisonFixtures.count;
import static com.policyminer.compare.ComparisonFixtures.figure;
import static com.policyminer.compare.ComparisonFixtures.percent;
import static com.policyminer.compare.ComparisonFixtures.yi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonConflictsTest {

    private final FigureComparator comparator = FigureComparator.standard();

    @Test
    void timelinesAndAgreementsAreNotConflicts() {
        assertEquals(List.of(), comparator.conflicts(List.of(
                percent("000", "北京", "研发投入强度", "6.44", 2020),
                percent("001", "北京", "研发强度", "6.83", 2022),
                percent("002", "北京", "研发强度", "6.44", 2020))));
    }

    @Test
    void misdatingIsListedWithItsFiguresAndReason() {
        List<Conflict> conflicts = comparator.conflicts(List.of(
                percent("000", "西安市", "R&D经费投入强度", "5.05", 2020),
                percent("004", "西安市", "全社会研发经费投入", "5.05", 2021)));
        assertEquals(1, conflicts.size());
        Conflict c = conflicts.get(0);
        assertEquals(Verdict.SAME_VALUE_DIFFERENT_YEAR, c.verdict());
        assertEquals(List.of("2020", "2021"), c.periods());
        assertEquals(3, c.significantDigits());
        assertEquals(0.3, c.severity(), 1e-9);
        assertEquals(2, c.documents());
        assertEquals(List.of("000", "004"), c.figures().stream().map(Figure::docId).toList());
        assertEquals("西安 研发投入强度: 5.05% given for both 2020 and 2021: possibly mis-dated", c.reason());
    }

    @Test
    void oneConflictPerGroupAndYearWithAllItsDocuments() {
        List<Conflict> conflicts = comparator.conflicts(List.of(
                yi("doc1", "西安", "R&D经费内部支出", "506.06", 2020),
                yi("doc2", "西安市", "研发经费", "506.06", 2020),
                yi("doc3", "西安", "R&D经费", "486.3", 2020)));
        assertEquals(1, conflicts.size());
        Conflict c = conflicts.get(0);
        assertEquals(Verdict.CONFLICT, c.verdict());
        assertEquals(3, c.documents());
        assertEquals(3, c.figures().size());
        assertEquals(0.039, c.relativeDifference(), 1e-3);
        assertEquals(Severity.conflict(c.relativeDifference()), c.severity());
        assertEquals("西安 R&D经费内部支出 2020: 506.06亿元 (doc1, doc2) vs 486.3亿元 (doc3) differ by 3.9%", c.reason());
    }

    @Test
    void severityOrdersConflictsAndMisdatingsOnOneScale() {
        List<Conflict> conflicts = comparator.conflicts(List.of(
                // conflict of 50%: severity 1
                count("a", "北京", "独角兽企业", "93", 2020),
                count("b", "北京", "独角兽企业", "46", 2020),
                // mis-dating of a 6-digit value: severity 0.6
                yi("a", "西安", "技术合同成交额", "1648.56", 2020),
                yi("b", "西安", "技术市场成交额", "1648.56", 2021),
                // mis-dating of a 3-digit value: severity 0.3
                percent("a", "西安", "研发投入强度", "5.05", 2020),
                percent("b", "西安", "研发强度", "5.05", 2021),
                // conflict of 2%: severity 0.1
                percent("a", "上海", "研发投入强度", "4.17", 2020),
                percent("b", "上海", "研发强度", "4.09", 2020)));
        assertEquals(List.of("北京", "西安", "西安", "上海"), conflicts.stream().map(Conflict::subject).toList());
        assertEquals(List.of(1.0, 0.6, 0.3, 0.096), conflicts.stream().map(Conflict::severity).toList());
        assertEquals(List.of(Verdict.CONFLICT, Verdict.SAME_VALUE_DIFFERENT_YEAR, Verdict.SAME_VALUE_DIFFERENT_YEAR,
                Verdict.CONFLICT), conflicts.stream().map(Conflict::verdict).toList());
    }

    @Test
    void moreDocumentsBreakTies() {
        List<Conflict> conflicts = comparator.conflicts(List.of(
                percent("a", "上海", "研发投入强度", "4.0", 2020),
                percent("b", "上海", "研发强度", "5.0", 2020),
                percent("a", "广东", "研发投入强度", "4.0", 2020),
                percent("b", "广东", "研发强度", "5.0", 2020),
                percent("c", "广东", "研发强度", "5.0", 2020)));
        assertEquals(List.of("广东", "上海"), conflicts.stream().map(Conflict::subject).toList());
        assertEquals(conflicts.get(0).severity(), conflicts.get(1).severity());
    }

    @Test
    void expectedRepetitionsAreNotSuspicious() {
        assertEquals(List.of(), comparator.conflicts(List.of(
                figure("a", "西安", "技术市场合同成交额", "3", "位", 1, "rank", "rank", "exact", 2020),
                figure("b", "西安", "技术市场合同成交额", "3", "位", 1, "rank", "rank", "exact", 2021))),
                "a rank held two years running");
        assertEquals(List.of(), comparator.conflicts(List.of(
                percent("a", "西安", "研发投入强度", "4", 2020),
                percent("b", "西安", "研发强度", "4", 2021))), "a one-digit value repeats by chance");
        List<Conflict> two = comparator.conflicts(List.of(
                percent("a", "西安", "研发投入强度", "4.2", 2020),
                percent("b", "西安", "研发强度", "4.2", 2021)));
        assertEquals(1, two.size());
        assertEquals(0.15, two.get(0).severity(), 1e-9);
    }

    @Test
    void severityScale() {
        assertEquals(0.0, Severity.conflict(0));
        assertEquals(0.5, Severity.conflict(0.1));
        assertEquals(1.0, Severity.conflict(0.2));
        assertEquals(1.0, Severity.conflict(3));
        assertEquals(0.0, Severity.misdating(1, Measure.LEVEL));
        assertEquals(0.6, Severity.misdating(9, Measure.LEVEL));
        assertEquals(0.0, Severity.misdating(5, Measure.RANK));
        assertTrue(Severity.misdating(3, Measure.GROWTH) > 0);
    }
    /**
     * A group of many figures: every pair is judged and counted, but only the first {@code MAX_PAIRS} in the listed
     * order are kept (a group of thousands of figures made millions of pairs and ran a 1 GB server out of heap);
     * conflicts still see every pair at issue: all the figures, the largest difference, the fewest digits.
     */
    @Test
    void aLargeGroupKeepsItsFirstPairsAndItsConflictSeesEveryPair() {
        List<Figure> figures = new java.util.ArrayList<>();
        for (int d = 0; d < 120; d++) {
            // 60 documents say 506.06, 60 say 510.5 to 569.5: one conflict of 2020; 2021 repeats 506.06 (mis-dated)
            String value = d < 60 ? "506.06" : (510 + (d - 60)) + ".5";
            figures.add(yi(String.format("doc%03d", d), "西安", "研发经费", value, 2020));
        }
        figures.add(yi("doc999", "西安", "研发经费", "506.06", 2021));
        List<ComparisonGroup> groups = comparator.compare(figures, CompareFilter.ALL);
        assertEquals(1, groups.size());
        ComparisonGroup g = groups.get(0);
        assertEquals(121 * 120 / 2, g.pairCount());
        assertEquals(FigureComparator.MAX_PAIRS, g.pairs().size());
        List<PairVerdict> sorted = new java.util.ArrayList<>(g.pairs());
        sorted.sort(java.util.Comparator.comparing(PairVerdict::verdict).reversed()
                .thenComparingInt(PairVerdict::a).thenComparingInt(PairVerdict::b));
        assertEquals(sorted, g.pairs());
        assertEquals(g.verdict(), g.pairs().get(0).verdict());
        int counted = g.verdictCounts().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(g.pairCount(), counted);

        List<Conflict> conflicts = comparator.conflicts(figures);
        Conflict conflict = conflicts.stream().filter(c -> c.verdict() == Verdict.CONFLICT).findFirst().orElseThrow();
        assertEquals(List.of("2020"), conflict.periods());
        assertEquals(120, conflict.documents());
        assertEquals(120, conflict.figures().size());
        assertEquals(ValueInterval.relativeDifference(506.06e8, 569.5e8), conflict.relativeDifference(), 1e-4);
        Conflict misdated = conflicts.stream().filter(c -> c.verdict() == Verdict.SAME_VALUE_DIFFERENT_YEAR).findFirst().orElseThrow();
        assertEquals(List.of("2020", "2021"), misdated.periods());
        assertEquals(61, misdated.documents());
    }
}
