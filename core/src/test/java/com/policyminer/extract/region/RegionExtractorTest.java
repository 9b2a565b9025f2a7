package com.policyminer.extract.region;

import com.policyminer.model.RegionMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionExtractorTest {

    private final RegionExtractor extractor = RegionExtractor.standard();

    private List<RegionMention> extract(String text) {
        List<RegionMention> found = extractor.extract("t", text);
        for (RegionMention m : found) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
        return found;
    }

    private List<String> names(String text) {
        return extract(text).stream().map(RegionMention::name).toList();
    }

    private List<String> surfaces(String text) {
        return extract(text).stream().map(RegionMention::surface).toList();
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("西咸新区"), names("西咸新区建设"));
        assertEquals(List.of("兰州新区", "兰州市"), names("兰州新区和兰州市"));
        assertEquals(List.of("粤港澳大湾区"), names("粤港澳大湾区"));
    }

    @Test
    void keepsOffsetsLevelCodeAndParents() {
        RegionMention m = extract("支持甘肃兰州建设").get(1);
        assertEquals(4, m.start());
        assertEquals(6, m.end());
        assertEquals("兰州市", m.name());
        assertEquals("city", m.level());
        assertEquals("6201", m.code());
        assertEquals(List.of("甘肃省", "西北"), m.parents());
    }

    @Test
    void shortFormsThatAreOrdinaryWordsAreNotPlaces() {
        assertEquals(List.of(), names("老城区和新区、东区、南区、郊区、矿区与市辖区"));
        assertEquals(List.of(), names("发展朝阳产业，和平崛起，长安街上的新华书店，开展合作，整合资源"));
        assertEquals(List.of("北京市", "朝阳区"), names("北京朝阳区"));
    }

    @Test
    void regionFollowedByAWordIsNotTheLongerName() {
        assertEquals(List.of("西安市", "兰州市"), names("西安区域科技创新中心与兰州市场"));
        assertEquals(List.of(), names("集中部署，内部门"));
    }

    @Test
    void oneCharacterAbbreviationsOnlyInCompounds() {
        assertEquals(List.of(), names("京剧与苏绣，甘甜"));
        assertEquals(List.of("陕", "甘"), surfaces("陕甘合作"));
        assertEquals(List.of("陕西省", "甘肃省"), names("陕甘合作"));
        assertEquals(List.of("四川省", "重庆市"), names("川渝地区"));
        assertEquals(List.of("京津冀"), names("京津冀协同"));
        assertEquals(List.of("广东省", "香港特别行政区", "澳门特别行政区"), names("粤港澳合作"));
    }

    @Test
    void documentDefinedAbbreviationsResolveToTheirMembers() {
        String text = "构建西安、兰州（以下简称“西兰”）国家区域科技创新中心，西兰两地合作。";
        List<RegionMention> found = extract(text);
        List<RegionMention> xilan = found.stream().filter(m -> m.surface().equals("西兰")).toList();
        assertEquals(4, xilan.size());
        assertEquals(List.of("西安市", "兰州市", "西安市", "兰州市"), xilan.stream().map(RegionMention::name).toList());
        assertTrue(xilan.stream().allMatch(m -> m.rule().equals("document-alias")));
        assertEquals(List.of(), names("新西兰的牧场").stream().filter(n -> n.equals("西安市")).toList());
    }

    @Test
    void foreignPlacesAreMarked() {
        List<RegionMention> found = extract("日本东京-横滨城市群与美国纽约");
        assertEquals(List.of("日本", "东京-横滨", "美国", "纽约"), found.stream().map(RegionMention::name).toList());
        assertTrue(found.stream().allMatch(RegionMention::foreign));
    }

    @Test
    void autonomousPrefecturesHaveTheirUsualShortForm() {
        assertEquals(List.of("西双版纳傣族自治州", "延边朝鲜族自治州", "黔东南苗族侗族自治州"), names("西双版纳、延边和黔东南"));
        assertEquals(List.of(), names("打造陆海内外联动、东西双向开放的全面开放新格局"));
    }

    @Test
    void riversAndWordsAroundPlaceNamesAreNoPlaces() {
        assertEquals(List.of("珠海市"), names("以珠海为龙头建设珠江西岸先进装备制造产业带"));
        assertEquals(List.of("西安市"), names("西安市委政研室"));
        assertEquals(List.of(), names("沿长江流域和黄河上游"));
    }

    @Test
    void directionsRightAfterAPlaceArePartsOfIt() {
        assertEquals(List.of("长江经济带", "黄河流域"), names("辐射带动形成长江经济带中部、黄河流域科技创新城市群"));
        assertEquals(List.of("中部"), names("引领中部崛起"));
        assertEquals(List.of("东北亚"), names("面向东北亚的技术转移枢纽"));
    }

    @Test
    void shortFormsThatNeedANeighbour() {
        assertEquals(List.of("安徽省", "桐城市", "浙江省", "永康市"), names("在安徽桐城配上电池，在浙江永康测试"));
        assertEquals(List.of("兰州市", "白银市"), names("兰州白银国家自主创新示范区"));
        assertEquals(List.of(), names("桐城派与白银价格"));
        assertEquals("after-neighbour", extract("浙江永康").get(1).rule());
    }

    @Test
    void aVerbAndAnAbbreviationNameAPlace() {
        assertEquals(List.of("新疆维吾尔自治区", "西藏自治区", "贵州省"), names("科技援疆、援藏和“科技入黔”"));
        assertEquals(List.of("疆", "藏", "黔"), surfaces("科技援疆、援藏和“科技入黔”"));
    }

    @Test
    void emptyAndOddInputs() {
        assertEquals(List.of(), names(""));
        assertEquals(List.of(), names("x"));
        assertEquals(List.of("甘肃省"), names("甘肃"));
    }

    @Test
    void randomAndHugeInputsKeepValidOffsets() {
        java.util.Random random = new java.util.Random(42);
        StringBuilder text = new StringBuilder();
        String pool = "甘肃兰州新区西安咸阳长三角京津冀粤港澳大湾区城区东西部中心省市县（）“”、，。\n abc123";
        for (int i = 0; i < 200_000; i++) {
            text.append(pool.charAt(random.nextInt(pool.length())));
        }
        List<RegionMention> found = extract(text.toString());
        assertTrue(found.size() > 1000);
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i).start() >= found.get(i - 1).start(), "mentions in text order");
        }
    }

    @Test
    void literaryNamesCountyShortFormsAndMoreCountries() {
        assertEquals(List.of("甘肃省", "晋江市", "延庆区", "黄土高原"), names("温润陇原，晋江诞生了安踏，北方工业大学延庆校区，在黄土高原崛起"));
        assertEquals(List.of("吉尔吉斯斯坦", "哈萨克斯坦"), names("中国—吉尔吉斯斯坦文化遗产保护、中国—哈萨克斯坦草原生态修复"));
        assertEquals(true, extract("对吉尔吉斯斯坦").get(0).foreign());
        assertEquals(List.of(), names("长风几万里，吹度玉门关。")); // a pass, not 玉门市
        assertEquals(List.of("玉门市"), names("玉门超40吨金矿"));
        assertEquals(List.of("长江经济带"), names("推动长江经济带发展")); // a place longer than the river still wins
    }

    /** Issue 24: power sent between provinces names both by their abbreviations; 通武廊 is three places. */
    @Test
    void powerLinksAndTheTongWuLangAreaNameTheirPlaces() {
        assertEquals(List.of("甘肃省", "山东省", "云南省", "广东省", "新疆维吾尔自治区"),
                names("陇电入鲁工程建成投运，云电送粤规模扩大，疆电外送通道开工。"));
        assertEquals(List.of("通州区", "武清区", "廊坊市"), names("推动通武廊交界重点区域产业协同发展。"));
        assertEquals(List.of(), names("电入户工程、鲁电入网"), "a character that is no province abbreviation, or no link");
    }

    /** Compass words that divide something into parts are not China's macro-regions (henan-2026-c, search evaluation). */
    @Test
    void compassWordsDividingSomethingIntoPartsAreNotMacroRegions() {
        assertEquals(List.of("河南省"), names("河南推动东北、西北、西南、东南四个片区内城市共同实施一批重大项目。"));
        assertEquals(List.of(), names("打造城市西北片区和东部组团。"));
        assertEquals(List.of("东北", "西北", "西南"), names("支持东北、西北、西南地区加快发展。"));
        assertEquals(List.of("东北"), names("推动东北全面振兴。"));
        assertEquals(List.of("江西省"), names("江西赣东北扩大开放。"), "赣东北 is the northeast of Jiangxi");
    }
}
