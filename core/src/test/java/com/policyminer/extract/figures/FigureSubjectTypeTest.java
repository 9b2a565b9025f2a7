package com.policyminer.extract.figures;

import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.policyminer.extract.figures.Figures.describe;
import static com.policyminer.extract.figures.Figures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subjects that are not one place (issue 16): groups of places, companies, markets, sectors and programmes, each
 * with its type and the span it is written at. Sentences written for this test, run through the whole pipeline.
 */
class FigureSubjectTypeTest {

    private static void assertSubject(Figure f, String name, String type, String text, String written) {
        assertEquals(name, f.subject(), f.toString());
        assertEquals(type, f.subjectType(), f.toString());
        if (written == null) {
            assertEquals(-1, f.subjectStart());
            assertEquals(-1, f.subjectEnd());
        } else {
            assertEquals(written, text.substring(f.subjectStart(), f.subjectEnd()), f.toString());
        }
    }

    @Test
    void aPlaceIsARegionWithItsSpan() {
        String text = "2022年，合肥市研发投入强度为3.9%。";
        assertSubject(only(PipelineFigures.of(text), "3.9%"), "合肥市", "region", text, "合肥市");
    }

    @Test
    void anAbbreviationOfTwoPlacesIsTheGroupNeverOneMember() {
        String text = "西安与兰州（以下简称“西兰”）互补性强。西兰技术市场成交额达到1730亿元，研发投入强度达到4.4%。";
        List<Figure> fs = PipelineFigures.of(text);
        for (String v : List.of("1730亿元", "4.4%")) {
            Figure f = only(fs, v);
            assertSubject(f, "西兰", "region-group", text, "西兰");
            assertNotEquals("西安市", f.subject());
        }
    }

    @Test
    void aMacroRegionAndItsCountedMembersAreAGroup() {
        String text = "2023年，京津冀地区生产总值达到10.4万亿元。长三角九城市高新技术企业总数约4.2万家。";
        List<Figure> fs = PipelineFigures.of(text);
        assertSubject(only(fs, "10.4万亿元"), "京津冀", "region-group", text, "京津冀地区"); // the region extractor's mention
        assertSubject(only(fs, "4.2万家"), "长三角九城市", "region-group", text, "长三角九城市");
    }

    @Test
    void twoPlacesReferredBackToAreTheGroupNamedBefore() {
        String text = "成渝地区双城经济圈建设提速。\n2021—2022年，两地银行业金融机构累计新增贷款约2.7万亿元。";
        Figure f = only(PipelineFigures.of(text), "2.7万亿元");
        assertSubject(f, "成渝", "region-group", text, null); // 两地 names the group written elsewhere
    }

    @Test
    void twoProvincesAfterTheirNamesLeaveTheRespectivelyListAlone() {
        String text = "陕西、甘肃两省综合科技创新水平分列全国第9、第23位。";
        List<Figure> fs = PipelineFigures.of(text);
        assertEquals("陕西省", only(fs, "第9").subject(), describe(fs));
        assertEquals("甘肃省", only(fs, "第23").subject(), describe(fs));
        assertEquals("region", only(fs, "第23").subjectType());
    }

    @Test
    void aCompanyTheOrganizationExtractorNamesIsACompany() {
        String text = "2023年，苏州锴威特半导体股份有限公司营业收入2.10亿元。";
        assertSubject(only(PipelineFigures.of(text), "2.10亿元"), "苏州锴威特半导体股份有限公司", "company", text,
                "苏州锴威特半导体股份有限公司");
    }

    @Test
    void companiesNamedAsWhatAPlaceBroughtInLeaveThePlaceTheSubject() {
        String text = "2014年以来，合肥累计引进京东方、长鑫存储、蔚来等重大项目，带动投资逾3000亿元。";
        var found = PipelineFigures.extraction(text, null);
        assertTrue(found.organizations().stream().anyMatch(o -> o.surface().equals("蔚来") && o.kind().equals("company")),
                "the organization extractor names 蔚来 a company: " + found.organizations());
        assertSubject(only(found.figures(), "3000亿元"), "合肥市", "region", text, "合肥");
    }

    @Test
    void aBoardOrExchangeIsAMarket() {
        String text = "截至2023年6月底，科创板共有428家上市公司，总市值5.6万亿元。";
        List<Figure> fs = PipelineFigures.of(text);
        assertSubject(only(fs, "428家"), "科创板", "market", text, "科创板");
        assertSubject(only(fs, "5.6万亿元"), "科创板", "market", text, "科创板");
        String exchange = "北交所上市公司达到200家。";
        assertEquals("market", only(PipelineFigures.of(exchange), "200家").subjectType());
    }

    @Test
    void aMarketInsideAPlacesPhraseLeavesThePlaceTheSubject() {
        String text = "2023年，西安科创板上市企业达到12家。";
        assertSubject(only(PipelineFigures.of(text), "12家"), "西安市", "region", text, "西安");
    }

    @Test
    void anIndustryOpeningItsSentenceIsASector() {
        String text = "软件和信息技术服务业规模以上企业62家。";
        assertSubject(only(PipelineFigures.of(text), "62家"), "软件和信息技术服务业", "sector", text, "软件和信息技术服务业");
    }

    @Test
    void anIndustryAfterAPlaceInThePreviousSentenceIsThePlacesIndicator() {
        String text = "2022年，贵州数字经济增速连续七年全国第一。软件和信息技术服务业收入增长22.4%。";
        Figure f = only(PipelineFigures.of(text), "22.4%");
        assertEquals("贵州省", f.subject());
        assertEquals("region", f.subjectType());
    }

    @Test
    void aProgrammeOrPlatformOpeningItsClauseIsAProgramme() {
        String text = "是发挥秦创原创新驱动平台引擎作用的迫切需要。2021年，秦创原总窗口引进科技型企业431家。";
        assertSubject(only(PipelineFigures.of(text), "431家"), "秦创原", "programme", text, "秦创原");
    }

    @Test
    void aBackReferenceToAProvinceHasNoSpan() {
        String text = "贵州省加快建设大数据综合试验区。2022年，全省数字经济增加值增长20.6%。";
        Figure f = only(PipelineFigures.of(text), "20.6%");
        assertSubject(f, "贵州省", "region", text, null);
    }

    @Test
    void aFigureAboutNothingHasNoTypeAndNoSpan() {
        String text = "项目总投资约15亿元。";
        assertSubject(only(PipelineFigures.of(text), "15亿元"), "", "", text, null);
    }

    @Test
    void theRecordRefusesAnUnknownTypeAndDropsASpanWithoutSubject() {
        Figure f = only(PipelineFigures.of("2022年，合肥市研发投入强度为3.9%。"), "3.9%");
        assertThrows(IllegalArgumentException.class, () -> new Figure(f.docId(), f.surface(), f.start(), f.end(), f.rule(),
                f.numberText(), f.value(), f.unit(), f.normalizedValue(), f.normalizedUnit(), f.kind(), f.qualifier(),
                f.low(), f.high(), f.year(), f.yearEnd(), f.period(), f.yearSource(), f.subject(), "planet",
                f.subjectStart(), f.subjectEnd(), f.indicator(), f.sentence(), f.sentenceStart(), f.source(), null, null));
        Figure none = new Figure(f.docId(), f.surface(), f.start(), f.end(), f.rule(), f.numberText(), f.value(), f.unit(),
                f.normalizedValue(), f.normalizedUnit(), f.kind(), f.qualifier(), f.low(), f.high(), null, null, "", "text",
                "", "region", 3, 6, f.indicator(), f.sentence(), f.sentenceStart(), f.source(), null, null);
        assertEquals("", none.subjectType());
        assertEquals(-1, none.subjectStart());
        assertEquals("", none.yearSource(), "no year, no year source");
    }

    /** Forms of real news and communiqués (the real-text held-out set's misses). */
    @Test
    void placeValuePairsInAListAreEachPlaces() {
        String text = "其余“十强”选手分别是：北京10.7%、浙江10.6%、山西10.5%。";
        assertSubject(only(PipelineFigures.of(text), "10.6%"), "浙江省", "region", text, "浙江");
        String trade = "同期总出口+6%：非洲+1/3、东盟+1/5、欧洲+近1/10。";
        assertSubject(only(PipelineFigures.of(trade), "+1/5"), "东盟", "region-group", trade, "东盟");
    }

    @Test
    void aSpeakerIsNotTheSubject() {
        String text = "东吴证券认为，今年上半年市场股基日均成交额为1.06万亿元。";
        assertNotEquals("东吴证券", only(PipelineFigures.of(text), "1.06万亿元").subject());
        String analyst = "中国银行研究院高级研究员梁婧表示，前三季度海南第三产业增加值同比增长17.4%。";
        assertSubject(only(PipelineFigures.of(analyst), "17.4%"), "海南省", "region", analyst, "海南");
    }

    @Test
    void theCompanyPointsBackToTheLastCompanyNamed() {
        String text = "财报显示，东方财富证券实现营业收入41.77亿元。\n该公司利息净收入则为9.6亿元，同比增长25%。";
        assertSubject(only(PipelineFigures.of(text), "41.77亿元"), "东方财富证券", "company", text, "东方财富证券");
        assertSubject(only(PipelineFigures.of(text), "9.6亿元"), "东方财富证券", "company", text, null);
    }

    @Test
    void aProgrammeThatSetsTargetsIsTheSubjectOfItsTargets() {
        String text = "比如，重点行业绿色升级工程明确，规模以上工业单位增加值能耗下降13.5%。到2025年，完成5.3亿吨钢铁产能超低排放改造。";
        assertSubject(only(PipelineFigures.of(text), "13.5%"), "重点行业绿色升级工程", "programme", text, "重点行业绿色升级工程");
        assertSubject(only(PipelineFigures.of(text), "5.3亿吨"), "重点行业绿色升级工程", "programme", text, "重点行业绿色升级工程");
    }

    @Test
    void aSectorsValueAddedIsAnIndicatorNotASubject() {
        String text = "2015年全县地区生产总值244394万元；建筑业增加值完成24932万元，同比增长3.7%。";
        assertNotEquals("建筑业", only(PipelineFigures.of(text), "24932万元").subject());
    }

    @Test
    void aBrokersBrandAloneIsTheListedCompany() {
        String text = "东方财富证券净利润增长37%。目前东方财富总市值为2960亿元。";
        assertSubject(only(PipelineFigures.of(text), "2960亿元"), "东方财富", "company", text, "东方财富");
    }

    @Test
    void countsAmongASetAreAboutTheSet() {
        String text = "东方财富证券业绩强劲。在已发布业绩预告的14只券商股中，无一预增，有8家预告净利将下滑，还有6只预计亏损。";
        List<Figure> fs = PipelineFigures.of(text);
        assertEquals("券商股", only(fs, "14只").subject());
        assertEquals("券商股", only(fs, "6只").subject());
    }

    @Test
    void placesAfter为ThatCloseTheirClauseAreTheAnswerNotABase() {
        String text = "南阳市最大，为106.63亿元；其次为驻马店市和周口市，分别为95亿元和94.25亿元；最小的为济源市，仅为4.49亿元。";
        List<Figure> fs = PipelineFigures.of(text);
        assertEquals("驻马店市", only(fs, "95亿元").subject());
        assertEquals("周口市", only(fs, "94.25亿元").subject());
        assertEquals("济源市", only(fs, "4.49亿元").subject());
    }

    @Test
    void theWorldIsTheSubjectWhenNothingElseIs() {
        String text = "预计2022年全球商品贸易量将增长3.0%。";
        assertSubject(only(PipelineFigures.of(text), "3.0%"), "全球", "region-group", text, "全球");
        assertEquals("", only(PipelineFigures.of("全球一半的生产活动聚集在仅占全球大约 1.5%的土地面积上。"), "1.5%").subject());
    }

    @Test
    void aNationalBoundaryOrScopeIsNoSubject() {
        String text = "全国边界下，盈余区数量比重降低。在人均粮食消费量为400kg标准下，盈余区数量占比为83.33%。";
        assertEquals("", only(PipelineFigures.of(text), "83.33%").subject());
    }
}

