package com.policyminer.compare;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorConceptsTest {

    private final IndicatorConcepts concepts = IndicatorConcepts.standard();

    private String id(String phrase, String unit) {
        return concepts.resolve(phrase, unit).id();
    }

    private String id(String phrase, String unit, String kind) {
        return concepts.resolve(phrase, unit, kind).id();
    }

    @Test
    void bundledTableIsWellFormed() {
        assertTrue(concepts.concepts().size() >= 30, "about 30 concepts");
        Set<String> ids = new HashSet<>();
        concepts.concepts().forEach(c -> assertTrue(ids.add(c.id()), "duplicate id " + c.id()));
        concepts.concepts().forEach(c -> assertFalse(c.id().contains("."), "ids carry no measure: " + c.id()));
    }

    @Test
    void intensitySynonymsResolveToOneConcept() {
        for (String phrase : new String[] {"研发投入强度", "R&D经费投入强度", "研发强度", "R&D投入强度", "研发经费投入强度",
                "全社会研发经费投入", "全社会研发经费投入（占GDP）", "Ｒ＆Ｄ经费投入强度", "R&D 经费投入强度"}) {
            assertEquals("rd_intensity", id(phrase, "ratio"), phrase);
        }
        ResolvedIndicator r = concepts.resolve("研发强度", "ratio");
        assertEquals("研发投入强度", r.name());
        assertTrue(r.known());
        assertEquals(Measure.LEVEL, r.measure());
    }

    @Test
    void otherSynonymGroups() {
        assertEquals("tech_contract_turnover", id("技术市场合同成交额", "CNY"));
        assertEquals("tech_contract_turnover", id("技术市场成交额", "CNY"));
        assertEquals("tech_contract_turnover", id("技术合同成交额", "CNY"));
        assertEquals("patents_granted", id("专利授权数", "items"));
        assertEquals("patents_granted", id("专利授权量", "items"));
        assertEquals("rd_expenditure", id("R&D经费内部支出", "CNY"));
        assertEquals("rd_expenditure", id("研发经费", "CNY"));
        assertEquals("gdp", id("GDP", "CNY"));
        assertEquals("gdp", id("地区生产总值", "CNY"));
        assertEquals("high_tech_enterprises", id("高新技术企业", "enterprises"));
        assertEquals("unicorns", id("独角兽企业", "enterprises"));
        assertEquals("rd_personnel", id("R&D人员", "persons"));
    }

    @Test
    void unitClassSeparatesShareFromAmount() {
        assertEquals("rd_intensity", id("全社会研发经费投入", "ratio"));
        assertEquals("rd_expenditure", id("全社会研发经费投入", "CNY"));
        // a ratio of an amount concept is its share of some total, never the intensity
        assertEquals("rd_expenditure.share", id("R&D经费内部支出", "ratio", "share"));
        assertEquals("R&D经费内部支出（占比）", concepts.resolve("R&D经费内部支出", "ratio", "share").name());
    }

    @Test
    void measuresOfAConcept() {
        assertEquals("rd_expenditure.growth", id("全社会研发经费投入", "ratio", "growth"));
        assertEquals("rd_expenditure.growth", id("R&D经费内部支出增速", "ratio"));
        assertEquals("gdp.growth", id("地区生产总值增长率", "ratio"));
        assertEquals("gdp.growth", id("地区生产总值同比增长", "ratio"));
        assertEquals("rd_intensity", id("研发投入强度提升到", "ratio"), "a level reached, not a growth rate");
        assertEquals("rd_intensity.change", id("研发投入强度", "pp", "change"));
        assertEquals("tech_contract_turnover.rank", id("技术市场合同成交额", "rank", "rank"));
        assertEquals("rd_personnel.multiple", id("R&D人员", "multiple", "multiple"));
        assertEquals("rd_expenditure.change", id("研发经费", "CNY", "change"));
    }

    @Test
    void incompatibleUnitIsNotForcedOntoAConcept() {
        ResolvedIndicator r = concepts.resolve("研发投入强度", "CNY");
        assertFalse(r.known());
        assertEquals("?研发投入强度", r.id());
        assertEquals("研发投入强度", r.name());
    }

    @Test
    void containedSynonymWithHarmlessRest() {
        assertEquals("rd_expenditure", id("兰州市和西安市R&D经费内部支出", "CNY"));
        assertEquals("invention_patents_granted", id("其中兰州市和西安市的发明专利授权量", "items"));
        assertEquals("rd_intensity", id("2020年研发投入强度", "ratio"));
        assertEquals("strategic_emerging_value_added.share", id("战略性新兴产业增加值占GDP", "ratio", "share"));
    }

    @Test
    void longestSynonymWins() {
        assertEquals("invention_patents_granted", id("发明专利授权量", "items"));
        assertEquals("patents_granted", id("专利授权量", "items"));
        assertEquals("high_value_patents_per_10k", id("每万人口高价值发明专利拥有量", "items"));
    }

    @Test
    void blockingWordsKeepFlowsCumulativesAndSubsetsApart() {
        assertFalse(concepts.resolve("北京输出到津冀两地的技术成交额", "CNY").known());
        assertFalse(concepts.resolve("累计技术合同成交额", "CNY").known());
        assertFalse(concepts.resolve("新增入库科技型中小企业", "enterprises").known());
        assertFalse(concepts.resolve("国内企业发明专利授权量", "items").known());
        assertEquals("enterprise_rd_expenditure.share", id("工业企业研发投入占比", "ratio", "share"));
    }

    @Test
    void unknownPhrasesResolveToThemselves() {
        ResolvedIndicator r = concepts.resolve("造船完工量", "ratio", "share");
        assertFalse(r.known());
        assertEquals("?造船完工量", r.id());
        assertEquals("", r.conceptId());
        assertEquals("?造船完工量.growth", id("造船完工量", "ratio", "growth"));
        assertEquals("", concepts.resolve("", "ratio").id());
        assertEquals("", concepts.resolve(null, "ratio").id());
    }

    @Test
    void conceptIdsNamedByFilterText() {
        assertEquals(Set.of("rd_intensity", "rd_expenditure"), concepts.conceptIdsNamed("全社会研发经费投入"));
        assertEquals(Set.of("rd_intensity"), concepts.conceptIdsNamed("研发强度"));
        assertEquals(Set.of("rd_expenditure"), concepts.conceptIdsNamed("rd_expenditure.growth"));
        assertEquals(Set.of(), concepts.conceptIdsNamed("不存在的指标"));
    }

    @Test
    void readsTablesAndRejectsBadOnes() throws IOException {
        String tsv = "# comment\nx\t指标X\tcount\t甲|乙\n";
        IndicatorConcepts c = IndicatorConcepts.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        assertEquals("x", c.resolve("乙", "items").id());
        assertThrows(IOException.class, () -> IndicatorConcepts.read(
                new ByteArrayInputStream("x\t指标X\tcount\n".getBytes(StandardCharsets.UTF_8))));
        assertThrows(IOException.class, () -> IndicatorConcepts.read(new ByteArrayInputStream(
                (tsv + tsv).getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void tableHeadersWithTheirUnits() {
        // 000, 表1: 地区生产总值（亿元） 人均地区生产总值（元） R&D经费内部支出（万元） R&D人员（人） R&D经费投入强度（%） 专利授权数（件）
        assertEquals("gdp", id("地区生产总值（亿元）", "CNY"));
        assertEquals("gdp_per_capita", id("人均地区生产总值（元）", "CNY"));
        assertEquals("rd_expenditure", id("R&D经费内部支出（万元）", "CNY"));
        assertEquals("rd_personnel", id("R&D人员（人）", "persons"));
        assertEquals("rd_intensity", id("R&D经费投入强度（%）", "ratio"));
        assertEquals("patents_granted", id("专利授权数（件）", "items"));
        assertEquals("rd_personnel", id("R&D人员（万人）", "persons"));
        assertEquals("rd_expenditure", id("R&D经费(亿元)", "CNY"));
        assertEquals("rd_intensity", id("全社会研发经费投入（占GDP）", "ratio"), "not a unit: kept");
        assertEquals("rd_personnel_per_10k", id("每万名就业人员中 R&D 人员数", "person-years"));
        assertEquals("rd_personnel_fte", id("R&D 人员全时当量", "person-years"));
    }
}
