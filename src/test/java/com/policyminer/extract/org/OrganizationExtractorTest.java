package com.policyminer.extract.org;

import com.policyminer.model.OrganizationMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void longestNameWins() {
        assertEquals(List.of("中科院合肥物质科学研究院"), surfaces("依托中科院合肥物质科学研究院"));
        assertEquals(List.of("科学技术部火炬高技术产业开发中心"), names("科技部火炬中心数据"));
    }
}
