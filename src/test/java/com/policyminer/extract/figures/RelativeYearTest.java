package com.policyminer.extract.figures;

import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.policyminer.extract.figures.Figures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Relative time read against the report's own date, and the year's source (issue 16). Sentences written for this
 * test, run through the whole pipeline, in a report dated 2023-08-01 unless said otherwise.
 */
class RelativeYearTest {

    private static final LocalDate DATED = LocalDate.of(2023, 8, 1);

    private static Figure figure(String text, String value) {
        return only(PipelineFigures.of(text, DATED), value);
    }

    private static void assertYear(Figure f, Integer year, Integer yearEnd, String source) {
        assertEquals(year, f.year(), f.toString());
        assertEquals(yearEnd, f.yearEnd(), f.toString());
        assertEquals(source, f.yearSource(), f.toString());
    }

    @Test
    void aWrittenYearStaysText() {
        assertYear(figure("2020年，西安研发投入强度为5.05%。", "5.05%"), 2020, null, "text");
        assertYear(figure("2013-2019年，全国研发经费年均增长11.8%。", "11.8%"), 2013, 2019, "text");
    }

    @Test
    void lastYearThisYearAndTheYearBeforeAreRelative() {
        assertYear(figure("去年全省研发投入强度为2.5%。", "2.5%"), 2022, null, "relative");
        assertYear(figure("今年，全市新增高新技术企业500家。", "500家"), 2023, null, "relative");
        assertYear(figure("前年，全市技术合同成交额为120亿元。", "120亿元"), 2021, null, "relative");
        assertYear(figure("本年度全市专利授权量达到3.2万件。", "3.2万件"), 2023, null, "relative");
    }

    @Test
    void theLastNYearsAreAPeriodEndingInTheReportsYear() {
        Figure f = figure("近五年，全省研发投入年均增长12%。", "12%");
        assertYear(f, 2019, 2023, "relative");
        assertEquals("2019–2023", f.period());
    }

    @Test
    void partsOfAYearWithoutAYearAreTheReportsYear() {
        assertYear(figure("上半年，全市地区生产总值增长5.2%。", "5.2%"), 2023, null, "relative");
        assertYear(figure("一季度全省工业增加值增长6.1%。", "6.1%"), 2023, null, "relative");
        assertYear(figure("截至6月底，全市共有独角兽企业12家。", "12家"), 2023, null, "relative");
    }

    @Test
    void aWrittenYearInTheParagraphWinsOverAPartOfTheYear() {
        Figure f = figure("2021年，全市经济稳步回升。上半年，全市地区生产总值增长9.1%。", "9.1%");
        assertYear(f, 2021, null, "text");
    }

    @Test
    void thePresentTenseTakesTheDocumentDate() {
        assertYear(figure("目前，西安已建成5G基站2万个。", "2万个"), 2023, null, "document-date");
        assertYear(figure("当前全省高新技术企业超过1.5万家。", "1.5万家"), 2023, null, "document-date");
        assertYear(figure("全市已建成国家重点实验室8个。", "8个"), 2023, null, "document-date");
    }

    @Test
    void alreadyAsAnAttributeIsNotThePresentTense() {
        Figure f = figure("要深入研究已批复的12个示范区。", "12个");
        assertNull(f.year(), f.toString());
        assertEquals("", f.yearSource());
    }

    @Test
    void aFigureWithNoTimeAtAllKeepsNoYear() {
        Figure f = figure("全市拥有高校63所。", "63所");
        assertNull(f.year());
        assertEquals("", f.yearSource());
    }

    @Test
    void withoutADateRelativeWordsBindNothing() {
        List<Figure> fs = PipelineFigures.of("去年全省研发投入强度为2.5%。目前，西安已建成5G基站2万个。");
        for (Figure f : fs) {
            assertNull(f.year(), f.toString());
            assertEquals("", f.yearSource());
        }
    }

    @Test
    void yearsOfTheLastDecadeAreNotRelative() {
        // 近年来 and 近十年代 name no period: nothing to read against the report's date
        Figure f = figure("近年来，全市专利授权量增长15%。", "15%");
        assertNull(f.year(), f.toString());
    }

    /** A statistical communiqué is about the year in its title; a government work report is not (it reviews the year before). */
    @Test
    void aReportOfOneYearGivesItsYearToFiguresNothingElseDates() {
        String communique = "玉环市2019年国民经济和社会发展统计公报\n\n全年实现地区生产总值666.5亿元，按可比价格计算，比上年增长6.3%。\n";
        assertYear(only(PipelineFigures.extraction("玉环市2019年国民经济和社会发展统计公报", communique, DATED).figures(), "666.5亿元"),
                2019, null, "text");
        assertYear(only(PipelineFigures.extraction("2026年政府工作报告", "2026年政府工作报告\n\n地区生产总值增长5.5%。\n", null).figures(), "5.5%"),
                null, null, "");
        assertEquals(Integer.valueOf(2022), YearBinder.reportYear("2022年年度报告"));
        assertEquals(null, YearBinder.reportYear("关于2023年国民经济和社会发展计划执行情况的报告"));
    }

    /** Issue 16: the one place a report's title names is the subject of a figure no sentence gives one; not a party committee's place. */
    @Test
    void theTitlesPlaceIsTheDefaultSubjectAndACommitteesPlaceIsNone() {
        String text = "玉环市2019年国民经济和社会发展统计公报\n\n在台州市委的坚强领导下，全市经济稳中有进。全年实现地区生产总值617.50亿元，增长5.2%。\n";
        Figure f = only(PipelineFigures.extraction("玉环市2019年国民经济和社会发展统计公报", text, DATED).figures(), "617.50亿元");
        assertEquals("玉环市", f.subject(), f.toString());
        assertEquals("region", f.subjectType());
        String two = "西安兰州科技创新比较\n\n全年实现技术合同成交额100亿元。\n";
        assertEquals("", only(PipelineFigures.extraction("西安兰州科技创新比较", two, DATED).figures(), "100亿元").subject(),
                "a title naming two places gives no default");
    }
}
