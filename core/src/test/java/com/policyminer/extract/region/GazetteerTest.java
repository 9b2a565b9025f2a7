package com.policyminer.extract.region;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.standard();

    private List<String> names(String root) {
        return g.descendantsAndSelf(root).stream().map(Region::name).toList();
    }

    @Test
    void looksUpOfficialNamesAndShortForms() {
        assertEquals("西安市", g.lookup("西安").orElseThrow().name());
        assertEquals("西安市", g.lookup("西安市").orElseThrow().name());
        assertEquals("内蒙古自治区", g.lookup("内蒙古").orElseThrow().name());
        assertEquals("广西壮族自治区", g.lookup("广西").orElseThrow().name());
        assertEquals("新疆维吾尔自治区", g.lookup("新疆").orElseThrow().name());
        assertEquals("吉林省", g.lookup("吉林").orElseThrow().name());
        assertEquals("长三角", g.lookup("长江三角洲").orElseThrow().name());
        assertEquals("macro-region", g.lookup("长三角").orElseThrow().level());
        assertEquals("new-area", g.lookup("兰州新区").orElseThrow().level());
        assertTrue(g.lookup("日本").orElseThrow().foreign());
    }

    @Test
    void parentChainIsNearestFirst() {
        Region lanzhou = g.lookup("兰州").orElseThrow();
        assertEquals("6201", lanzhou.code());
        assertEquals(List.of("甘肃省", "西北"), lanzhou.parents());
        Region chengguan = g.all().stream().filter(r -> r.code().equals("620102")).findFirst().orElseThrow();
        assertEquals(List.of("兰州市", "甘肃省", "西北"), chengguan.parents());
        assertEquals(List.of("上海市", "华东"), g.lookup("浦东新区").orElseThrow().parents());
        assertEquals(List.of("浦东新区", "上海市", "华东"), g.lookup("张江").orElseThrow().parents());
    }

    @Test
    void municipalityDistrictsHangUnderTheMunicipality() {
        Region haidian = g.lookup("海淀区").orElseThrow();
        assertEquals(List.of("北京市", "华北"), haidian.parents());
    }

    @Test
    void expandsProvincesToCitiesAndDistricts() {
        List<String> gansu = names("甘肃省");
        assertEquals("甘肃省", gansu.get(0));
        assertTrue(gansu.containsAll(List.of("兰州市", "天水市", "城关区", "兰州新区")));
        assertFalse(gansu.contains("西安市"));
        assertEquals(names("甘肃省"), names("甘肃"));
    }

    @Test
    void expandsMacroRegionsToMembersAndTheirDescendants() {
        List<String> yrd = names("长三角");
        assertTrue(yrd.containsAll(List.of("长三角", "上海市", "江苏省", "浙江省", "安徽省", "南京市", "浦东新区", "张江")));
        assertFalse(yrd.contains("广东省"));
        assertTrue(names("粤港澳大湾区").containsAll(List.of("深圳市", "香港特别行政区", "澳门特别行政区")));
    }

    @Test
    void knowsMacroRegionsOfAPlace() {
        List<String> macros = g.macroRegionsOf("兰州市");
        assertTrue(macros.containsAll(List.of("西北", "西部", "黄河流域", "兰西城市群")), macros.toString());
        assertFalse(macros.contains("长三角"));
    }

    @Test
    void everyMacroRegionMemberIsAKnownPlace() {
        for (Region macro : g.all()) {
            for (String member : macro.members()) {
                assertTrue(g.lookup(member).isPresent(), macro.name() + " names unknown member " + member);
                assertEquals(member, g.lookup(member).orElseThrow().name(), macro.name() + ": " + member);
            }
        }
    }

    @Test
    void knowsTheNationalNewAreas() {
        List<Region> newAreas = g.all().stream().filter(r -> r.level().equals("new-area")).toList();
        assertEquals(19, newAreas.size(), newAreas.stream().map(Region::name).toList().toString());
        assertEquals("310115", g.lookup("浦东新区").orElseThrow().code());
        assertEquals(List.of("河北省", "华北"), g.lookup("雄安新区").orElseThrow().parents());
    }

    @Test
    void foreignPlacesAndSpecialRegions() {
        assertEquals(List.of("日本"), g.lookup("东京").orElseThrow().parents());
        assertTrue(g.lookup("东京").orElseThrow().foreign());
        assertEquals("81", g.lookup("香港").orElseThrow().code());
        assertEquals("province", g.lookup("台湾").orElseThrow().level());
        assertFalse(g.lookup("香港").orElseThrow().foreign());
    }

    @Test
    void ordinaryWordsAreNotSurfaceForms() {
        for (String word : List.of("城区", "新区", "东区", "南区", "郊区", "矿区", "市辖区", "朝阳", "和平", "新华",
                "长安", "城关", "合作", "资源", "陕", "京")) {
            assertFalse(g.isSurfaceForm(word), word);
        }
        assertTrue(g.isSurfaceForm("朝阳区"));
        assertTrue(g.surfaceForms().containsAll(List.of("甘肃", "甘肃省", "兰州新区", "京津冀", "粤港澳大湾区", "陕甘", "川渝")));
    }
}
