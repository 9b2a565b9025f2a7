package com.policyminer.compare;

import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.policyminer.compare.ComparisonFixtures.count;
import static com.policyminer.compare.ComparisonFixtures.figure;
import static com.policyminer.compare.ComparisonFixtures.percent;
import static com.policyminer.compare.ComparisonFixtures.withKind;
import static com.policyminer.compare.ComparisonFixtures.withYears;
import static com.policyminer.compare.ComparisonFixtures.yi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparatorVerdictTest {

    private final FigureComparator comparator = FigureComparator.standard();

    private ComparisonGroup only(List<Figure> figures) {
        List<ComparisonGroup> groups = comparator.compare(figures);
        assertEquals(1, groups.size(), () -> "groups: " + groups);
        return groups.get(0);
    }

    @Test
    void agreeAcrossSynonymsAndSubjectSpellings() {
        ComparisonGroup g = only(List.of(
                percent("doc1", "西安市", "R&D经费投入强度", "5.05", 2020),
                percent("doc2", "西安", "研发强度", "5.05", 2020)));
        assertEquals(Verdict.AGREE, g.verdict());
        assertEquals("西安", g.subject());
        assertEquals("rd_intensity", g.indicatorId());
        assertEquals("研发投入强度", g.indicatorName());
        assertEquals("ratio", g.normalizedUnit());
        assertEquals(2, g.documents());
        assertEquals(List.of(new PairVerdict(0, 1, Verdict.AGREE, 0.0)), g.pairs());
    }

    @Test
    void conflictWhenSameYearDifferentValues() {
        ComparisonGroup g = only(List.of(
                yi("doc1", "西安市", "R&D经费内部支出", "506.06", 2020),
                yi("doc2", "西安", "研发经费", "486.3", 2020)));
        assertEquals(Verdict.CONFLICT, g.verdict());
        assertEquals(0.039, g.pairs().get(0).relativeDifference(), 1e-3);
    }

    @Test
    void sameValueDifferentYearAsInSeeds000And004() {
        // 000: 从R&D经费投入强度看，兰州市和西安市分别为2.12%和5.05% (2020); 004: 西安市2021年全社会研发经费投入5.05%
        ComparisonGroup g = only(List.of(
                percent("000", "西安市", "R&D经费投入强度", "5.05", 2020),
                percent("004", "西安市", "全社会研发经费投入", "5.05", 2021),
                percent("000", "兰州市", "R&D经费投入强度", "2.12", 2020)));
        assertEquals(Verdict.SAME_VALUE_DIFFERENT_YEAR, g.verdict());
        assertEquals(List.of(2020, 2021), g.years());
    }

    @Test
    void timelineAsInSeeds000And001() {
        // 000: 2020年，北京研发投入强度达到6.44%; 001: 2022年，北京（6.83%）…研发强度位列全国前7
        ComparisonGroup g = only(List.of(
                percent("001", "北京", "研发强度", "6.83", 2022),
                percent("000", "北京", "研发投入强度", "6.44", 2020)));
        assertEquals(Verdict.TIMELINE, g.verdict());
        assertEquals("000", g.figures().get(0).docId(), "figures by year");
        assertEquals(2020, g.figures().get(0).year());
    }

    @Test
    void undatedWhenValuesDifferAndAYearIsMissing() {
        assertEquals(Verdict.UNDATED, only(List.of(
                percent("doc1", "北京", "研发强度", "6.83", null),
                percent("doc2", "北京", "研发强度", "6.44", 2020))).verdict());
        assertEquals(Verdict.AGREE, only(List.of(
                percent("doc1", "北京", "研发强度", "6.44", null),
                percent("doc2", "北京", "研发强度", "6.44", 2020))).verdict());
    }

    @Test
    void periodsCompareAsAWhole() {
        Figure a = withYears(percent("doc1", "北京", "技术合同成交额", "20", 2014), 2014, 2019);
        Figure b = withYears(percent("doc2", "北京", "技术合同成交额", "25", 2014), 2014, 2019);
        Figure c = withYears(percent("doc3", "北京", "技术合同成交额", "30", 2014), 2014, 2020);
        List<ComparisonGroup> groups = comparator.compare(List.of(withKind(a, "growth"), withKind(b, "growth"),
                withKind(c, "growth")));
        assertEquals(1, groups.size());
        assertEquals("tech_contract_turnover.growth", groups.get(0).indicatorId());
        assertEquals(Map.of("conflict", 1, "timeline", 2), groups.get(0).verdictCounts());
        assertEquals(List.of("conflict", "timeline"), List.copyOf(groups.get(0).verdictCounts().keySet()),
                "most serious first");
    }

    @Test
    void severalPairsGiveTheMostSeriousOverallVerdict() {
        ComparisonGroup g = only(List.of(
                percent("doc1", "北京", "研发投入强度", "6.44", 2020),
                percent("doc2", "北京", "研发强度", "6.44", 2020),
                percent("doc3", "北京", "研发强度", "6.83", 2022)));
        assertEquals(Verdict.TIMELINE, g.verdict());
        assertEquals(3, g.pairs().size());
        assertEquals(Map.of("timeline", 2, "agree", 1), g.verdictCounts());
    }

    @Test
    void shareAndAmountAreNeverGrouped() {
        // 000: 西安市R&D经费内部支出506.06亿元，占陕西省的80.03%; and 西安 R&D经费投入强度 5.05%
        List<ComparisonGroup> groups = comparator.compare(List.of(
                yi("doc1", "西安", "R&D经费内部支出", "506.06", 2020),
                withKind(percent("doc2", "西安", "R&D经费内部支出", "80.03", 2020), "share"),
                percent("doc3", "西安", "全社会研发经费投入", "5.05", 2020)));
        assertEquals(List.of(), groups, "an amount, its share of the province, the intensity");
        assertEquals(List.of(), comparator.compare(List.of(
                percent("doc3", "西安", "全社会研发经费投入", "5.05", 2020),
                yi("doc4", "西安", "全社会研发经费投入", "5.05", 2020))), "same phrase and number, ratio vs amount");
    }

    @Test
    void differentIndicatorsUnitsOrSubjectsAreNeverGrouped() {
        assertEquals(List.of(), comparator.compare(List.of(
                count("doc1", "西安", "专利授权量", "45407", 2020),
                count("doc2", "西安", "发明专利授权量", "45407", 2020))));
        assertEquals(List.of(), comparator.compare(List.of(
                yi("doc1", "西安", "技术合同成交额", "1648.56", 2020),
                figure("doc2", "西安", "技术合同成交额", "1648.56", "亿美元", 1e8, "USD", "level", "exact", 2020))));
        assertEquals(List.of(), comparator.compare(List.of(
                percent("doc1", "北京", "研发投入强度", "0.4", 2020),
                figure("doc2", "北京", "研发投入强度", "0.4", "个百分点", 1, "pp", "change", "exact", 2020))));
        assertEquals(List.of(), comparator.compare(List.of(
                percent("doc1", "西安", "研发投入强度", "5.05", 2020),
                percent("doc2", "陕西", "研发投入强度", "2.42", 2020))), "a city is not its province");
    }

    @Test
    void injectedCanonicalSubjectDecidesTheHierarchy() {
        Map<String, String> gazetteer = Map.of("西安", "西安市", "西安市", "西安市", "古都西安", "西安市");
        FigureComparator withGazetteer = new FigureComparator(IndicatorConcepts.standard(),
                s -> gazetteer.getOrDefault(s, s));
        List<ComparisonGroup> groups = withGazetteer.compare(List.of(
                percent("doc1", "古都西安", "研发强度", "5.05", 2020),
                percent("doc2", "西安", "研发强度", "5.05", 2020)));
        assertEquals(1, groups.size());
        assertEquals("西安市", groups.get(0).subject());
    }

    @Test
    void subjectInTheIndicatorPhraseIsIgnored() {
        ComparisonGroup g = only(List.of(
                percent("doc1", "西安市", "西安市R&D经费投入强度", "5.05", 2020),
                percent("doc2", "西安", "研发强度", "5.05", 2020)));
        assertEquals("rd_intensity", g.indicatorId());
    }

    @Test
    void oneDocumentIsNotAComparisonAndRepeatsCountOnce() {
        assertEquals(List.of(), comparator.compare(List.of(
                percent("doc1", "北京", "研发强度", "6.44", 2020),
                percent("doc1", "北京", "研发投入强度", "6.83", 2022))));
        ComparisonGroup g = only(List.of(
                percent("doc1", "北京", "研发强度", "6.44", 2020),
                percent("doc1", "北京", "研发投入强度", "6.44", 2020),
                percent("doc2", "北京", "研发强度", "6.44", 2020)));
        assertEquals(2, g.figures().size());
        assertEquals(1, g.pairs().size());
    }

    @Test
    void figuresWithoutSubjectIndicatorOrUnitAreSkipped() {
        assertEquals(List.of(), comparator.compare(List.of(
                percent("doc1", "", "研发强度", "6.44", 2020),
                percent("doc2", "", "研发强度", "6.44", 2020))));
        assertEquals(List.of(), comparator.compare(List.of(
                percent("doc1", "北京", "", "6.44", 2020),
                percent("doc2", "北京", "", "6.44", 2020))));
        assertEquals(List.of(), comparator.compare(List.of(
                figure("doc1", "北京", "研发强度", "6", "", 1, "", "level", "exact", 2020),
                figure("doc2", "北京", "研发强度", "6", "", 1, "", "level", "exact", 2020))));
    }

    @Test
    void unknownIndicatorsGroupOnlyWithTheSamePhrase() {
        ComparisonGroup g = only(List.of(
                count("doc1", "北京", "科创飞地", "12", 2021),
                count("doc2", "北京", "科创飞地", "12", 2021),
                count("doc3", "北京", "科创园区", "12", 2021)));
        assertEquals("?科创飞地", g.indicatorId());
        assertEquals(false, g.known());
    }

    @Test
    void filtersBySubjectIndicatorAndYear() {
        List<Figure> figures = List.of(
                percent("000", "北京", "研发投入强度", "6.44", 2020),
                percent("001", "北京", "研发强度", "6.83", 2022),
                percent("000", "西安市", "R&D经费投入强度", "5.05", 2020),
                percent("004", "西安市", "全社会研发经费投入", "5.05", 2021),
                yi("000", "西安市", "技术市场合同成交额", "1648.56", 2020),
                yi("003", "西安", "技术合同成交额", "1648.56", 2020));
        assertEquals(3, comparator.compare(figures).size());
        assertEquals(2, comparator.compare(figures, new CompareFilter("西安", null, null)).size());
        assertEquals(1, comparator.compare(figures, new CompareFilter("西安市", "R&D投入强度", null)).size());
        assertEquals(2, comparator.compare(figures, new CompareFilter(null, "rd_intensity", null)).size());
        assertEquals(2, comparator.compare(figures, new CompareFilter(null, "全社会研发经费投入", null)).size(),
                "an ambiguous synonym finds both concepts");
        List<ComparisonGroup> y2021 = comparator.compare(figures, new CompareFilter(null, null, 2021));
        assertEquals(1, y2021.size());
        assertEquals(2, y2021.get(0).figures().size(), "the group keeps its other years");
        assertEquals(List.of(), comparator.compare(figures, new CompareFilter(null, null, 2019)));
        assertEquals(List.of(), comparator.compare(figures, new CompareFilter("上海", null, null)));
    }

    @Test
    void groupsAreOrderedBySeriousness() {
        List<ComparisonGroup> groups = comparator.compare(List.of(
                percent("000", "北京", "研发投入强度", "6.44", 2020),
                percent("001", "北京", "研发强度", "6.83", 2022),
                percent("000", "西安市", "R&D经费投入强度", "5.05", 2020),
                percent("004", "西安市", "全社会研发经费投入", "5.05", 2021),
                yi("000", "兰州", "R&D经费内部支出", "61.21", 2020),
                yi("003", "兰州", "R&D经费内部支出", "60", 2020)));
        assertEquals(List.of(Verdict.CONFLICT, Verdict.SAME_VALUE_DIFFERENT_YEAR, Verdict.TIMELINE),
                groups.stream().map(ComparisonGroup::verdict).toList());
        assertTrue(groups.get(0).subject().startsWith("兰州"));
    }

    @Test
    void largeGroupsListTheMostSeriousPairsFirstUpToTheCap() {
        List<Figure> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(percent("doc" + i, "北京", "研发强度", i == 29 ? "7.00" : "6.44", 2020));
        }
        List<ComparisonGroup> groups = comparator.compare(many);
        ComparisonGroup g = groups.get(0);
        assertEquals(30 * 29 / 2, g.pairCount());
        assertEquals(FigureComparator.MAX_PAIRS, g.pairs().size());
        assertEquals(Map.of("conflict", 29, "agree", 406), g.verdictCounts());
        assertEquals(Verdict.CONFLICT, g.pairs().get(28).verdict());
        assertEquals(Verdict.AGREE, g.pairs().get(29).verdict());
        List<Conflict> conflicts = comparator.conflicts(many);
        assertEquals(1, conflicts.size());
        assertEquals(30, conflicts.get(0).documents());
    }

    @Test
    void filterFromQueryParameters() {
        assertEquals(new CompareFilter("西安", "研发强度", 2020), CompareFilter.parse(" 西安 ", "研发强度", " 2020 "));
        assertEquals(CompareFilter.ALL, CompareFilter.parse(null, "", " "));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CompareFilter.parse(null, null, "二〇二〇"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CompareFilter.parse(null, null, "20200"));
    }
}
