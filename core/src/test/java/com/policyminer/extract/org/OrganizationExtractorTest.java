package com.policyminer.extract.org;

import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganizationExtractorTest {

    private final OrganizationExtractor extractor = OrganizationExtractor.standard();

    private List<OrganizationMention> extract(String text) {
        List<OrganizationMention> found = extractor.extract("t", text);
        for (OrganizationMention m : found) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
        return found;
    }

    private List<String> names(String text) {
        return extract(text).stream().map(OrganizationMention::name).toList();
    }

    private List<String> surfaces(String text) {
        return extract(text).stream().map(OrganizationMention::surface).toList();
    }

    @Test
    void aliasesOfCentralBodiesAreCanonicalized() {
        assertEquals(List.of("科学技术部", "国家发展和改革委员会", "工业和信息化部", "国务院"),
                names("科技部、国家发改委、工信部和国务院"));
        assertEquals(List.of("国家发展和改革委员会"), names("国家发展改革委印发"));
        assertEquals("government", extract("教育部").get(0).kind());
    }

    @Test
    void suffixRuleFindsNamesWithAProperHead() {
        assertEquals(List.of("甘肃省科学技术情报研究所", "甘肃省科技评价重点实验室"),
                surfaces("（甘肃省科学技术情报研究所//甘肃省科技评价重点实验室 甘肃兰州730000）"));
        assertEquals(List.of("安徽省政府", "中国科学院"), surfaces("由安徽省政府与中国科学院共同建设"));
        assertEquals(List.of("清华大学", "北京大学", "北京航空航天大学"),
                surfaces("主要依托单位为清华大学、北京大学、北京航空航天大学等"));
    }

    @Test
    void noFragments() {
        assertEquals(List.of(), surfaces("各部门、中心、大学、研究院、有关部和局"));
        assertEquals(List.of(), surfaces("优化区域布局，形成新格局，大学生，地方政府，我国政府"));
        assertEquals(List.of(), surfaces("支持区域内一流大学和国内外顶尖大学"));
    }

    @Test
    void conceptsAreNotOrganizations() {
        assertEquals(List.of(), surfaces("建设国家区域科技创新中心"));
        assertEquals(List.of(), surfaces("上海张江综合性国家科学中心获批，若干国家实验室"));
        assertEquals(List.of("科学技术部"), names("随着科技部推进建设西兰国家区域科技创新中心"));
    }

    @Test
    void namedCentresWithAPostAreBodies() {
        assertEquals(List.of("京津冀国家技术创新中心"), surfaces("京津冀国家技术创新中心主任王芾祥认为"));
        assertEquals(List.of(), surfaces("联合建设西兰国家区域科技创新中心"));
    }

    @Test
    void departmentsAndPostsAreNotMistaken() {
        assertEquals(List.of(), surfaces("科技部门相关人士表示"));
        assertEquals(List.of("科技部战略规划司"), surfaces("科技部战略规划司司长许倞表示"));
        assertEquals(List.of("北京市科委"), surfaces("据北京市科委数据"));
        assertEquals(List.of("中国（深圳）综合开发研究院"), surfaces("，中国（深圳）综合开发研究院，2022年"));
        assertEquals(List.of("呼和浩特市人民政府"), surfaces("《呼和浩特市人民政府关于进一步推动的实施意见》"));
    }

    @Test
    void aLocalBodyIsNotTheNationalOne() {
        assertEquals(List.of("广东省社科院"), names("广东省社科院专家团队现场解读"));
        assertEquals(List.of("湖北省发改委"), names("湖北省发改委印发"));
        assertEquals(List.of("国务院办公厅"), names("《国务院办公厅关于促进开发区改革和创新发展的若干意见》(国办发〔2017〕7号)"));
    }

    @Test
    void exportsSurfaceFormsForTheDictionary() {
        assertEquals(true, extractor.centralBodies().surfaceForms().containsAll(List.of("科技部", "国家发改委", "国务院")));
    }

    @Test
    void longestNameWins() {
        assertEquals(List.of("中科院合肥物质科学研究院"), surfaces("依托中科院合肥物质科学研究院"));
        assertEquals(List.of("科学技术部火炬高技术产业开发中心"), names("科技部火炬中心数据"));
    }

    @Test
    void namesEndAtListsAndVerbsAndBranchesNeedTheirBank() {
        assertEquals(List.of("国家开发银行", "中国进出口银行"), surfaces("支持国家开发银行、中国进出口银行等政策性银行加大投放"));
        assertEquals(List.of("中国科学院高等研究院"), surfaces("依托中国科学院高等研究院"));
        assertEquals(List.of(), surfaces("多家企业均在兰州新区布局数据中心"));
        assertEquals(List.of("中国建设银行湖北省分行"), surfaces("中国建设银行湖北省分行表示，"));
        assertEquals(List.of(), surfaces("某银行湖北省分行表示，"));
    }

    @Test
    void aliasesDoNotEndInsideASegmentedWord() {
        String text = "引进京东昊等项目，京东集团也参与其中"; // 京东昊: a word 京东 (an alias of 京东集团) starts
        ParsedDocument d = new ParsedDocument("t", "t.txt", "", null, "txt",
                "text/plain", text.length(), null, text, null, null);
        List<Token> tokens = List.of(new Token("京东昊", 2, 5, "nt"),
                new Token("京东", 10, 12, "nt"), new Token("集团", 12, 14, "n"));
        List<String> found = extractor.extract(new AnalyzedDocument(d, tokens)).stream()
                .map(OrganizationMention::surface).toList();
        assertEquals(List.of("京东集团"), found);
    }

    @Test
    void phrasesThatDescribeCompaniesAreNotCompanies() {
        assertEquals(List.of(), surfaces("苏州拥有科创板上市公司的数量排名前三"));
        assertEquals(List.of(), surfaces("分别包含85家、78家、62家公司。"));
        assertEquals(List.of(), surfaces("比如400亿元市值的设计公司思瑞浦。"
                .replace("思瑞浦", "某某")));
        assertEquals(List.of(), surfaces("几乎都是硬核科技公司。郑州科创板上市公司数量依然为零"));
        assertEquals(List.of("宁波海天精工股份有限公司"), surfaces("，宁波海天精工股份有限公司发布公告"));
    }

    @Test
    void aShortNameTheTextDefinesIsTheCompanyEveryTimeItIsUsed() {
        List<OrganizationMention> found = extract(
                "重庆迎来了第一家——重庆某某血液净化技术股份有限公司（以下简称某某）。据了解，某某是一家公司。受理某某申报。");
        assertEquals(List.of("重庆某某血液净化技术股份有限公司", "某某", "某某", "某某"),
                found.stream().map(OrganizationMention::surface).toList());
        assertEquals("defined-short-name", found.get(2).rule());
        assertEquals("重庆某某血液净化技术股份有限公司", found.get(3).name());
        assertEquals("company", found.get(3).kind());
    }

    @Test
    void aUnitWithAConjunctionInItsNameBelongsToItsBody() {
        OrganizationMention m = extract("，科技部成果转化与区域创新司负责").get(0);
        assertEquals("科技部成果转化与区域创新司", m.name());
        assertEquals("科学技术部", m.parent());
        assertEquals("national", m.level());
        OrganizationMention hk = extract("，香港特别行政区政府创新科技及工业局表示").get(0);
        assertEquals("香港特别行政区政府创新科技及工业局", hk.name());
        assertEquals("香港特别行政区政府", hk.parent());
        assertEquals("重庆证监局", extract("重庆证监局披露").get(0).name());
        assertEquals("中国证券监督管理委员会", extract("重庆证监局披露").get(0).parent());
    }

    @Test
    void kindsAndLevels() {
        OrganizationMention party = extract("根据《中共北京市委关于制定规划的建议》").get(0);
        assertEquals(List.of("中共北京市委", "party"), List.of(party.name(), party.kind()));
        assertEquals("province", party.level());
        assertEquals("city", extract("，兰州市人民政府印发").get(0).level());
        assertEquals("fund", extract("发挥北京科创母基金作用").get(0).kind());
        assertEquals("fund", extract("，广州南粤基金集团总裁助理").get(0).kind());
        assertEquals(List.of(), surfaces("成渝管理基金数量不足"));
        assertEquals(List.of("media", "exchange"), extract("付立春对中国新闻周刊说，上交所官网显示")
                .stream().map(OrganizationMention::kind).toList());
        assertEquals("government", extract("在北京市第十六届人民代表大会第四次会议上").get(0).kind());
    }

    @Test
    void namedInnovationCentresAndFundsWithStopCharactersInTheirName() {
        assertEquals(List.of("上海颠覆性技术创新中心", "广州颠覆性技术创新中心"),
                surfaces("中心下设的上海颠覆性技术创新中心、广州颠覆性技术创新中心。"));
        assertEquals(List.of(), surfaces("建设长江中游国家技术创新中心，打造深圳国际科技创新中心"));
        assertEquals(List.of("天津市天使母基金"), surfaces("、天津市天使母基金、"));
    }

    @Test
    void bareProvinceAndCityBodiesAreThoseOfTheHomePlace() {
        List<OrganizationMention> found = extract("甘肃省政府工作报告。我代表省人民政府报告工作，请省政协委员提出意见。"
                + "在党中央坚强领导下，省委团结带领全省干部群众，推动甘肃发展，建设新甘肃。各省委、全省委员不算。");
        assertEquals(List.of("甘肃省人民政府", "甘肃省政协", "中共中央", "中共甘肃省委"),
                found.stream().filter(m -> !m.surface().equals("甘肃省政府")).map(OrganizationMention::name).toList());
        assertEquals("home-place-body", found.stream().filter(m -> m.surface().equals("省委")).findFirst().orElseThrow().rule());
        assertEquals(List.of(), surfaces("省委和省政府要求，各地落实")); // no home place named
    }

    @Test
    void alliancesNamedShortOrAfterAQuotedProgramme() {
        assertEquals(List.of("丝路大学联盟"), surfaces("依托自贸区、丝路大学联盟等平台"));
        assertEquals(List.of("联合国", "“一带一路”绿色发展国际联盟"), surfaces("联合国原副秘书长、“一带一路”绿色发展国际联盟副主席"));
        assertEquals(List.of(), surfaces("，成立产业联盟，组建创新联盟，加强城市联盟。"));
        assertEquals(List.of("长江中游城市群科技服务联盟"), surfaces("，长江中游城市群科技服务联盟成立"));
    }

    /** A securities firm by its short name with 证券 (东方财富证券), after 子公司. */
    @Test
    void securitiesFirmsByTheirShortName() {
        assertTrue(names("东方财富日前发布了旗下子公司东方财富证券2022年半年度财务报表。").contains("东方财富证券"));
        assertTrue(names("中信证券营业收入下降。").contains("中信证券"));
    }
}
