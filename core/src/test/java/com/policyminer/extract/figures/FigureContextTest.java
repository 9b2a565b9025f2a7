package com.policyminer.extract.figures;

import com.policyminer.model.Figure;
import com.policyminer.model.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.policyminer.extract.figures.Figures.describe;
import static com.policyminer.extract.figures.Figures.extract;
import static com.policyminer.extract.figures.Figures.extractAnalyzed;
import static com.policyminer.extract.figures.Figures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Respectively lists, ranges, qualifiers, years, subjects, tables, and what is not a figure. */
class FigureContextTest {

    @Test
    void respectivelyPairsTwoPlacesWithTwoValuesAndKeepsThemForTheNextClause() {
        String text = "从R&D经费投入情况看，2020年，兰州市和西安市R&D经费内部支出分别为61.21亿元、506.06亿元，"
                + "分别占甘肃省和陕西省的55.83%和80.03%。";
        List<Figure> fs = extract(text);
        assertEquals("兰州市", only(fs, "61.21").subject());
        assertEquals("西安市", only(fs, "506.06").subject());
        assertEquals(6.121e9, only(fs, "61.21").normalizedValue(), 1);
        assertEquals("R&D经费内部支出", only(fs, "506.06").indicator());
        assertEquals("兰州市", only(fs, "55.83").subject());
        assertEquals("西安市", only(fs, "80.03").subject());
        fs.forEach(f -> assertEquals(2020, f.year()));
    }

    @Test
    void respectivelyWithThreeIndicatorsAndOneSubject() {
        List<Figure> fs = extract("成渝规模以上工业企业数量、营业收入、企业利润总额分别是西兰的5.27倍、4.05倍、5.47倍。");
        fs.forEach(f -> assertEquals("成渝", f.subject(), describe(fs)));
        assertEquals(List.of("规模以上工业企业数量", "营业收入", "企业利润总额"), fs.stream().map(Figure::indicator).toList());
        fs.forEach(f -> assertEquals("exact", f.qualifier(), "规模以上 is not a qualifier"));
    }

    @Test
    void indicatorIsTheNounRunBeforeTheLinkingVerbAndGrowthClausesKeepIt() {
        List<Figure> fs = extractAnalyzed("2021年，武汉市软件业务收入达到2 600亿元，同比增长14.2%。");
        assertEquals("软件业务收入", only(fs, "2 600").indicator());
        assertEquals("软件业务收入", only(fs, "14.2").indicator(), "a clause of links only keeps the previous indicator");
    }

    @Test
    void indicatorOfAShareIsWhatComesBeforeTheShareWordNotTheBase() {
        List<Figure> fs = extractAnalyzed("2021年，湖北民营经济增加值占全省地区生产总值的比重为54.7%。");
        assertEquals("民营经济增加值", only(fs, "54.7").indicator());
    }

    @Test
    void indicatorOfARankStopsAtTheSubjectAndKeepsModifiers() {
        List<Figure> fs = extractAnalyzed("长沙工程机械产业集群规模居全国第一位，全市规模以上工业增加值增长7.6%。");
        assertEquals("工程机械产业集群规模", only(fs, "第一位").indicator());
        assertEquals("规模以上工业增加值", only(fs, "7.6").indicator(), "全市 is the subject, 规模以上 stays");
    }

    @Test
    void indicatorOfAListedValueIsTheSharedMeasure() {
        List<Figure> fs = extractAnalyzed("长沙和武汉的外贸依存度分别为18.2%和25.6%。");
        fs.forEach(f -> assertEquals("外贸依存度", f.indicator(), describe(fs)));
    }

    @Test
    void indicatorAfterTheNumberWhenAVerbPrecedesIt() {
        List<Figure> fs = extractAnalyzed("截至2022年底，武汉拥有86家上市公司。");
        assertEquals("上市公司", only(fs, "86").indicator());
    }

    @Test
    void respectivelyWithFourPlaces() {
        List<Figure> fs = extract("共有 45 个国家级集群，其中长三角、珠三角、成渝和京津冀分别占 17 个、13 个、3 个、1 个。");
        assertEquals(List.of("", "长三角", "珠三角", "成渝", "京津冀"), fs.stream().map(Figure::subject).toList(), describe(fs));
        assertEquals(List.of(45.0, 17.0, 13.0, 3.0, 1.0), fs.stream().map(Figure::value).toList());
    }

    @Test
    void respectivelyTakesTheLastPlacesWhenMoreAreNamed() {
        List<Figure> fs = extract("2020年，北京和上海之外，兰州市和西安市的专利申请数分别为14050件和68353件。");
        assertEquals("兰州市", only(fs, "14050").subject());
        assertEquals("西安市", only(fs, "68353").subject());
    }

    @Test
    void bareNumberInAListTakesTheUnitOfTheNext() {
        List<Figure> fs = extract("兰州市和西安市分别有R&D活动的单位数251和892个。");
        Figure f = only(fs, "251");
        assertEquals("个", f.unit());
        assertEquals("兰州市", f.subject());
        assertEquals("西安市", only(fs, "892").subject());
    }

    @Test
    void ranges() {
        Figure f = only(extract("R&D经费均在500亿至1500亿元之间。"), "500");
        assertEquals("500亿至1500亿元", f.surface());
        assertEquals(5e10, f.low(), 1);
        assertEquals(1.5e11, f.high(), 1);
        Figure g = only(extract("约为后者的 1/4 到 1/3；"), "1/4");
        assertEquals(0.25, g.low(), 1e-12);
        assertEquals(1.0 / 3, g.high(), 1e-12);
        assertEquals("approx", g.qualifier());
    }

    @Test
    void qualifiersAreKept() {
        List<Figure> fs = extract("两地相距约626公里，近2倍，超过2300亿元，逾279万台，8倍多，100余家，各类高校100多所，"
                + "75%以上，不足“北上广”地区的 1/4，人口约为10万人左右。");
        assertEquals("approx", only(fs, "626").qualifier());
        assertEquals("approx", only(fs, "2倍").qualifier());
        assertEquals("more-than", only(fs, "2300").qualifier());
        assertEquals("more-than", only(fs, "279").qualifier());
        assertEquals("more-than", only(fs, "8倍").qualifier());
        assertEquals("more-than", only(fs, "100余家").qualifier());
        assertEquals("more-than", only(fs, "100多所").qualifier());
        assertEquals("at-least", only(fs, "75%").qualifier());
        assertEquals("less-than", only(fs, "1/4").qualifier());
        assertEquals("approx", only(fs, "10万人").qualifier());
        assertTrue(only(fs, "626").surface().startsWith("约"), "the qualifier is inside the span");
    }

    @Test
    void yearFromTheSentenceBeforeAndSincePeriods() {
        String text = "2020年，兰州市R&D经费内部支出为61.21亿元。从R&D经费投入强度看，兰州市为2.12%。"
                + "2014年以来，北京技术成交额累计达到1 760.4亿元。本文采用各城市群 2013-2019 年的数据，效率提升了3%。";
        List<Figure> fs = extract(text);
        assertEquals(2020, only(fs, "2.12%").year(), "bound from the sentence before");
        Figure since = only(fs, "1 760.4");
        assertEquals(2014, since.year());
        assertEquals("since 2014", since.period());
        Figure period = only(fs, "3%");
        assertEquals(2013, period.year());
        assertEquals(2019, period.yearEnd());
        assertEquals("2013–2019", period.period());
    }

    @Test
    void relativeYearsUseTheDocumentDate() {
        Figure f = only(extract("自2016年启动以来，全国已批复设立了12个，特别是去年以来，一口气就批复了3个。"), "3个");
        assertEquals(2021, f.year());
        assertEquals("since 2021", f.period());
    }

    @Test
    void aYearInsideAClauseDoesNotCarryToLaterSentences() {
        List<Figure> fs = extract("城市群的概念最早源于 1957 年法国地理学家的理论。东京集中了日本约 30%的高校。");
        assertNull(only(fs, "30%").year());
        assertEquals("东京", only(fs, "30%").subject(), "日本 right before the share is the whole it is taken of");
    }

    @Test
    void subjectSkipsComparisonBasesAndDestinations() {
        List<Figure> fs = extract("2020年，北京市向天津、河北出口技术合同347亿元，仅占北京出口到其他省市技术合同营业额的9.3%。"
                + "西安市专利授权量是兰州市的6倍多。");
        assertEquals("北京", only(fs, "347").subject().substring(0, 2));
        assertEquals("西安市", only(fs, "6倍").subject());
    }

    @Test
    void parenthesizedFiguresBelongToThePlaceBeforeThem() {
        List<Figure> fs = extract("2022年，北京（6.83%）、上海（4.44%）、天津（3.49%）研发强度位列全国前列，且均高于全国研发强度（2.54%）。");
        assertEquals(List.of("北京", "上海", "天津", "中国"), fs.stream().map(Figure::subject).toList(), describe(fs));
    }

    @Test
    void countsThatSumUpAnEnumerationTakeTheGroupLabel() {
        List<Figure> fs = extract("（1）第Ⅰ梯队：山东、湖北、河南等7个地区，综合优势较为明显。地区生产总值合计占全国的30.48%。"
                + "武汉、西安和长沙3个城市处于第Ⅰ行列。");
        assertEquals("第Ⅰ梯队", only(fs, "7个").subject());
        assertEquals("第Ⅰ梯队", only(fs, "30.48%").subject(), "from the sentence before");
        assertEquals("", only(fs, "3个").subject());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "要求[12]，如[1-3]所述。", "1.1综合性国家科学中心建设情况", "（1）上海张江综合性国家科学中心", "（3）合肥",
        "电话：010 - 6659 4264", "(第16期·总第264期)", "甘肃兰州730000）", "2016年2月，上海获批。", "2023年9月22日",
        "面向“十四五”进行任务部署", "2021年两院院士大会", "聚焦5G、人工智能", "G60 科创走廊", "2020年，", "构建“一带一路”桥头堡",
        "“两链融合”是新时期的目标", "位居第二梯队", "打造全国第一个以都市圈为主体的中心", "可以说，这两个国家级“帽子”",
        "其综合水平跟前9个城市相比", "研发强度位列全国前7", "3大国际科技创新中心", "见表1。", "十三届全国人大五次会议",
        "第三批先进制造业集群", "中国科学院院刊, 2022, 37(12): 1783-1795。", "作为一个具有巨大潜能的城市群", "推动实施“三大工程”"})
    void notAFigure(String text) {
        assertEquals(List.of(), extract(text), text);
    }

    @Test
    void tableCellsTakeRowHeaderColumnHeaderUnitAndCaptionYear() {
        String text = "梯队\t省市\t地区生产总值（亿元）\tR&D经费投入强度（%）\n第Ⅰ梯队\t山东\t73 129\t2.30\n\t湖北\t43 443.46\t2.31";
        Table t = Figures.tabTable(text, "表1  主要地区2020年科技创新基本情况");
        List<Figure> fs = extract(text, List.of(t));
        assertEquals(4, fs.size(), describe(fs));
        Figure gdp = only(fs, "73 129");
        assertEquals("山东", gdp.subject());
        assertEquals("地区生产总值", gdp.indicator());
        assertEquals("亿元", gdp.unit());
        assertEquals(7.3129e12, gdp.normalizedValue(), 1);
        assertEquals(2020, gdp.year());
        assertEquals("table", gdp.source());
        Figure intensity = only(fs, "2.31");
        assertEquals("湖北", intensity.subject());
        assertEquals(0.0231, intensity.normalizedValue(), 1e-12);
        assertEquals("R&D经费投入强度", intensity.indicator());
    }

    @Test
    void tableWithAYearColumnTakesSubjectsFromTheLowerHeaderRow() {
        String text = "年份\t产出效率\t\n\t京津冀\t长三角\n2013\t15.20\t14.52";
        List<Figure> fs = extract(text, List.of(Figures.tabTable(text, "表 3：效率")));
        assertEquals(List.of("京津冀", "长三角"), fs.stream().map(Figure::subject).toList(), describe(fs));
        fs.forEach(f -> assertEquals(2013, f.year()));
        fs.forEach(f -> assertEquals("产出效率", f.indicator()));
    }

    @Test
    void comparisonBaseYearsAreNotTheFiguresYear() {
        List<Figure> fs = extract("2021年，湖北研发投入强度为2.3%，比2016年提高0.5个百分点，专利数是2015年的2倍。"
                + "较2020年（15家）增加6家。");
        assertEquals(2021, only(fs, "0.5个百分点").year());
        assertEquals(2021, only(fs, "2倍").year());
        assertEquals(2020, only(fs, "15家").year(), "in parentheses right after the base year");
    }

    @Test
    void aYearOpeningALaterClauseScopesTheNextSentence() {
        List<Figure> fs = extract("据统计局测算，2021年湖北高新技术企业增长20%。其中制造业企业超过300家。");
        assertEquals(2021, only(fs, "300家").year());
    }

    @Test
    void wholeProvinceAndCityReferToTheReportsPlace() {
        List<Figure> fs = extract("成都市是西部的中心城市。2021年，甘肃省增长较快，全市高新技术企业超过9000家。"
                + "与重庆市相比，成都市研发投入较高。全市新增孵化器12个，全省新增8个。");
        assertEquals("成都市", only(fs, "9000家").subject(), "全市 is a city, not the province named last");
        assertEquals("成都市", only(fs, "12个").subject(), "the most mentioned city, not the last one (重庆市)");
        assertEquals("甘肃省", only(fs, "8个").subject());
    }
}
