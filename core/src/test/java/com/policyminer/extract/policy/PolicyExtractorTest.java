package com.policyminer.extract.policy;

import com.policyminer.extract.org.OrganizationExtractor;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.Table;
import com.policyminer.model.TableCell;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyExtractorTest {

    private static List<PolicyMention> extract(String text, LocalDate date, List<Table> tables) {
        ParsedDocument parsed = new ParsedDocument("t", "t.txt", "", date, "txt", null, 0, null, text, null, tables);
        AnalyzedDocument doc = new AnalyzedDocument(parsed, List.of());
        List<PolicyMention> found = PolicyExtractor.standard().extract(doc, OrganizationExtractor.standard().extract(doc));
        for (PolicyMention m : found) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
        return found;
    }

    private static List<PolicyMention> extract(String text) {
        return extract(text, null, List.of());
    }

    private static List<PolicyMention> titles(String text) {
        return extract(text).stream().filter(m -> !m.kind().equals("strategy")).toList();
    }

    @Test
    void sameTitleInDifferentFormsIsOneTitle() {
        List<PolicyMention> found = titles("《“十四五”东西部科技合作实施方案》、《\"十四五\"东西部科技合作实施方案》"
                + "和《 “十四五” 东西部科技合作实施方案 》；《中国城市科技创新发展报告(2021)》与《中国城市科技创新发展报告（2021）》");
        assertEquals(5, found.size());
        assertEquals(1, found.subList(0, 3).stream().map(PolicyMention::title).distinct().count());
        assertEquals("十四五东西部科技合作实施方案", found.get(0).title());
        assertEquals("中国城市科技创新发展报告（2021）", found.get(3).title());
        assertEquals(found.get(3).title(), found.get(4).title());
    }

    @Test
    void definedAbbreviationsResolveToTheFullTitle() {
        List<PolicyMention> found = titles("科技部等九部门研究制定的《“十四五”东西部科技合作实施方案》(以下简称《方案》)日前落地。"
                + "《方案》明确，到2025年……。具体来看，《方案》从七个方面列出了重点任务。");
        assertEquals(4, found.size());
        for (PolicyMention m : found) {
            assertEquals("十四五东西部科技合作实施方案", m.title());
            assertEquals("科学技术部", m.issuer());
            assertTrue(m.isPolicy());
        }
        assertEquals("back-reference", found.get(1).rule());
        assertEquals("《方案》", found.get(1).surface());
    }

    @Test
    void quotedAbbreviationsAndBareKindWordsResolveToo() {
        List<PolicyMention> found = titles("国务院印发《长江三角洲区域一体化发展规划纲要》（以下简称“规划”）。《规划》提出……"
                + "《纲要》还要求……");
        assertEquals(List.of("长江三角洲区域一体化发展规划纲要", "长江三角洲区域一体化发展规划纲要", "长江三角洲区域一体化发展规划纲要"),
                found.stream().map(PolicyMention::title).toList());
    }

    @Test
    void aBareKindWordWithNothingBeforeItStaysAsItIs() {
        PolicyMention m = titles("《纲要》提出……").get(0);
        assertEquals("纲要", m.title());
        assertEquals("title", m.rule());
    }

    @Test
    void classifiesPoliciesReportsJournalsAndBooks() {
        List<PolicyMention> found = titles("《经济金融展望季报》《京津冀蓝皮书：京津冀发展报告（2023）》《经济参考报》"
                + "《宏观观察》《重塑世界经济地理》《成都市科技创新中心建设条例》《深化粤港澳合作推进大湾区建设框架协议》"
                + "《关于加快推动国家科技成果转移转化示范区建设发展的通知》《长三角 G60 科创走廊协同创新指数研究》");
        assertEquals(List.of("journal", "report", "journal", "journal", "book", "policy", "policy", "policy", "report"),
                found.stream().map(PolicyMention::kind).toList());
        assertFalse(found.get(0).isPolicy());
        assertTrue(found.get(5).isPolicy());
        assertEquals("report", titles("根据世界银行《重塑世界经济地理》报告，").get(0).kind());
    }

    @Test
    void bindsIssuerAndDateFromTheClauseBefore() {
        PolicyMention m = titles("2月24日，国务院批复同意《长江中游城市群发展“十四五”实施方案》，明确……").get(0);
        assertEquals("国务院", m.issuer());
        assertEquals("", m.date()); // no year in the text and no document date
        m = extract("2月24日，国务院批复同意《长江中游城市群发展“十四五”实施方案》。", LocalDate.of(2022, 3, 11), List.of()).get(0);
        assertEquals("2022-02-24", m.date());
        m = titles("根据首都科技发展战略研究院发布的《中国城市科技创新发展报告(2021)》，").get(0);
        assertEquals("首都科技发展战略研究院", m.issuer());
        m = titles("湖北会同湖南和江西三省签署《长江中游鄂湘赣三省区域协同创新合作框架协议》，").get(0);
        assertEquals("湖北省、湖南省、江西省", m.issuer());
        m = titles("湖北襄阳发布《襄阳区域科技创新中心建设方案》").get(0);
        assertEquals("襄阳市", m.issuer());
    }

    @Test
    void bindsIssuerFromTheTitleAndFromWhatFollows() {
        assertEquals("国务院", titles("按照《国务院关于坚持和完善东西部协作机制的意见》").get(0).issuer());
        PolicyMention m = titles("¹ 《国家发展改革委关于培育发展现代化都市圈的指导意见》，2019 年 2 月。").get(0);
        assertEquals("国家发展和改革委员会", m.issuer());
        assertEquals("2019-02", m.date());
        m = titles("⁶ 《长三角 G60 科创走廊协同创新指数研究》，上海市科学学研究所，2023 年 11 月。").get(0);
        assertEquals("上海市科学学研究所", m.issuer());
        assertEquals("2023-11", m.date());
        m = titles("国务院印发《关于支持贵州在新时代西部大开发上闯新路的意见》（国发〔2022〕2号），").get(0);
        assertEquals("国发〔2022〕2号", m.docNumber());
        assertEquals("国务院", m.issuer());
    }

    @Test
    void jointIssuersAndNoticesThatIssueATitle() {
        PolicyMention m = titles("国家发展改革委、科技部、工业和信息化部、财政部联合印发《关于促进新型研发机构发展的指导意见》").get(0);
        assertEquals("国家发展和改革委员会、科学技术部、工业和信息化部、财政部", m.issuer());
        m = titles("国务院关于印发《“十四五”数字经济发展规划》的通知（国发〔2021〕29号）指出").get(0);
        assertEquals("国务院", m.issuer());
        assertEquals("国发〔2021〕29号", m.docNumber());
    }

    @Test
    void adverbsAndApprovalsBetweenIssuerAndTitle() {
        assertEquals("国家发展和改革委员会", titles("国家发改委近日印发《关于贯彻落实区域发展战略促进区域协调发展的指导意见》。").get(0).issuer());
        PolicyMention m = titles("以2015年4月由中共中央政治局审议通过的《京津冀协同发展规划纲要》为标识").get(0);
        assertEquals("中共中央政治局", m.issuer());
        assertEquals("2015-04", m.date());
    }

    @Test
    void aTitleRightAfterAnotherSharesItsIssuer() {
        List<PolicyMention> found = titles("对照科技部《关于印发国家科技成果转移转化示范区建设指引的通知》"
                + "《关于加快推动国家科技成果转移转化示范区建设发展的通知》等");
        assertEquals(List.of("科学技术部", "科学技术部"), found.stream().map(PolicyMention::issuer).toList());
    }

    @Test
    void bindsIssuerAndDateFromTheTableRow() {
        String text = "长三角\t《长江三角洲区域一体化发展规划纲要》\t2019年12月 国务院\t依托创新链提升产业链";
        List<TableCell> row = new ArrayList<>();
        int at = 0;
        for (String cell : text.split("\t")) {
            row.add(new TableCell(cell, at, at + cell.length()));
            at += cell.length() + 1;
        }
        Table table = new Table(0, text.length(), "表 1", List.of(row));
        PolicyMention m = extract(text, null, List.of(table)).stream()
                .filter(p -> p.kind().equals("policy")).findFirst().orElseThrow();
        assertEquals("国务院", m.issuer());
        assertEquals("2019-12", m.date());
    }

    @Test
    void theSamePolicyGetsWhatAnyOfItsCitationsSays() {
        List<PolicyMention> found = titles("《粤港澳大湾区发展规划纲要》强调……。2019年2月，国务院印发《粤港澳大湾区发展规划纲要》。");
        assertEquals(List.of("国务院", "国务院"), found.stream().map(PolicyMention::issuer).toList());
        assertEquals(List.of("2019-02", "2019-02"), found.stream().map(PolicyMention::date).toList());
    }

    @Test
    void namedStrategiesWithoutBookTitleMarks() {
        List<PolicyMention> found = extract("推进“一带一路”建设、西部大开发和黄河流域生态保护和高质量发展，实施创新驱动发展战略，"
                + "依托秦创原创新驱动平台。《长江三角洲区域一体化发展规划纲要》");
        List<PolicyMention> strategies = found.stream().filter(m -> m.kind().equals("strategy")).toList();
        assertEquals(List.of("一带一路", "西部大开发", "黄河流域生态保护和高质量发展", "创新驱动发展战略", "秦创原"),
                strategies.stream().map(PolicyMention::title).toList());
        assertTrue(strategies.stream().allMatch(PolicyMention::isPolicy));
        assertEquals("秦创原创新驱动平台", strategies.get(4).surface());
        assertEquals(5, strategies.size()); // nothing from inside the 《》 title (长江三角洲区域一体化发展)
    }

    @Test
    void aLocalFiveYearPlanIsNotTheNationalOne() {
        List<PolicyMention> local = extract("请连同十四五规划纲要(草案)一并审议");
        assertEquals(List.of("period"), local.stream().map(PolicyMention::kind).toList()); // a plan period, not the strategy
        assertEquals("十四五规划纲要", local.get(0).title());
        assertEquals("十四五规划", extract("从国家十四五规划提出伊始").get(0).title());
        PolicyMention m = titles("为贯彻落实《国务院办公厅关于促进开发区改革和创新发展的若干意见》(国办发〔2017〕7号),").get(0);
        assertEquals("国办发〔2017〕7号", m.docNumber());
        assertEquals("国务院办公厅", m.issuer());
    }

    @Test
    void emptyAndOddInputs() {
        assertEquals(List.of(), extract(""));
        assertEquals(List.of(), extract("《》《 》 《"));
        assertEquals(1, titles("《未闭合《方案》").size());
    }

    @Test
    void datesBetweenIssuerAndVerbAndSameYearMonths() {
        PolicyMention a = extract("落实国家发展改革委、科技部2023年3月联合印发的《关于推进产学研合作的意见》。", null, List.of()).get(0);
        assertEquals("国家发展和改革委员会、科学技术部", a.issuer());
        assertEquals("2023-03", a.date());
        List<PolicyMention> b = extract("2020年5月，国务院印发《甲方案》。同年9月，科技部印发《乙规划》。"
                + "2021年，工业和信息化部印发《丙计划》。", null, List.of());
        assertEquals("2020-09", b.get(1).date());
        assertEquals("科学技术部", b.get(1).issuer());
        assertEquals("2021", b.get(2).date());
    }

    @Test
    void planPeriodsAndProgrammesWithoutTitleMarks() {
        List<PolicyMention> found = extract("“十四五”时期，完成“十五五”规划目标，十三五末；深化“放管服”改革，推进科技援疆和东西部科技合作，"
                + "实施“结对帮扶·爱心甘肃”工程。第十四五个");
        assertEquals(List.of("十四五", "十五五规划", "十三五", "放管服改革", "科技援疆", "东西部科技合作", "结对帮扶·爱心甘肃工程"),
                found.stream().map(PolicyMention::title).toList());
        assertEquals(List.of("period", "period", "period", "programme", "programme", "programme", "programme"),
                found.stream().map(PolicyMention::kind).toList());
        assertEquals(List.of("plan-period", "plan-period", "plan-period", "programme", "programme", "programme", "quoted-programme"),
                found.stream().map(PolicyMention::rule).toList());
        assertEquals(List.of(), extract("《“十四五”东西部科技合作实施方案》").stream().filter(m -> !m.rule().equals("title")).toList());
    }

    /** Issue 24: numbered sets and models in quotes, and power links, are named programmes; a set of one is not. */
    @Test
    void quotedSlogansModelsAndPowerLinksAreProgrammes() {
        List<String> found = extract("大力提升“四个服务”水平，“两区”建设成果丰硕，推动“新两翼”联动发展，总结“合肥模式”，"
                + "陇电入鲁工程建成投运。发挥“一核”辐射带动作用，“一老一小”服务全面提升，编制“十五五”规划。")
                .stream().map(m -> m.title() + "/" + m.kind()).toList();
        assertEquals(List.of("四个服务/slogan", "两区/slogan", "新两翼/slogan", "合肥模式/programme",
                "陇电入鲁工程/programme", "十五五规划/period"), found);
    }
}
