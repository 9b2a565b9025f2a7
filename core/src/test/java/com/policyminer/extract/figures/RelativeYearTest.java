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

    /** What frames a whole text or its section, not just its paragraph (real communiqués, news and work reports). */
    @Test
    void aYearThatOpensTheTextFramesItAll() {
        String text = "2015年,面对严峻复杂的外部环境,全县经济平稳发展。\n一、综合\n农业增加值32586万元,同比增长9.9%。\n";
        assertYear(figure(text, "32586万元"), 2015, null, "text");
    }

    @Test
    void aNumberedHeadingsYearFramesItsSection() {
        String text = "各位代表：\n一、2022年工作回顾\n过去一年，我们攻坚克难。\n地区生产总值达5600亿元，增长14%以上。\n";
        assertYear(figure(text, "5600亿元"), 2022, null, "text");
        // a year inside a paragraph of a research report does not run into the next paragraph
        String report = "总体情况如下。2021年，秦创原引进企业431家。\n全省布局建设重大科技基础设施2家。\n";
        assertNull(figure(report, "2家").year());
    }

    @Test
    void aDateLineFramesNothing() {
        String text = "西咸研究\n西咸新区研究院\n2022年5月7日\n对标3个国际科技创新中心。\n";
        assertNull(figure(text, "3个").year());
    }

    @Test
    void aRelativeFrameRunsOnThroughTheStory() {
        String text = "今年上半年，东方财富证券实现营业收入41.77亿元。\n该公司利息净收入则为9.6亿元。\n";
        assertYear(figure(text, "9.6亿元"), 2023, null, "relative");
        assertYear(figure("7月11日,浙江省最高用电负荷达到10190万千瓦。", "10190万千瓦"), 2023, null, "relative");
        assertYear(figure("中国前三季度经济数据揭晓\n数据显示，共有15个省份GDP总量超过2万亿元。\n", "15个"), 2023, null, "relative");
        assertYear(figure("对泰、越出口同比+25%。", "+25%"), 2023, null, "relative");
    }

    @Test
    void aPartOfAWrittenYearIsThatYears() {
        assertYear(figure("2021年上半年，全市GDP增长12.5%。", "12.5%"), 2021, null, "text");
        assertYear(figure("2021年，全市GDP增长8%；上半年，出口增长20%。", "20%"), 2021, null, "text");
        // 比上年同期: a comparison base, not the figure's period
        assertNull(figure("粮食作物种植面积12981公顷，比上年同期增长1.32%。", "1.32%").year());
    }

    @Test
    void periodsWrittenWithTwoYearsAndPlanPeriods() {
        assertYear(figure("超过了从2012年到2021年年均11.8%的增速。", "11.8%"), 2012, 2021, "text");
        assertYear(figure("“十四五”时期规模以上工业单位增加值能耗下降13.5%。", "13.5%"), 2021, 2025, "text");
    }
}
