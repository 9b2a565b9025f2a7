package com.policyminer.extract.figures;

import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.policyminer.extract.figures.Figures.extract;
import static com.policyminer.extract.figures.Figures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One test per written form of a figure: numbers, multipliers, units, kinds and qualifiers. */
class FigureFormsTest {

    private static void assertFigure(Figure f, double normalized, String unit, String kind, String qualifier) {
        assertEquals(normalized, f.normalizedValue(), Math.abs(normalized) * 1e-12, f.surface());
        assertEquals(unit, f.normalizedUnit(), f.surface());
        assertEquals(kind, f.kind(), f.surface());
        assertEquals(qualifier, f.qualifier(), f.surface());
    }

    @Test
    void decimalsWithMoneyUnits() {
        String text = "2021年上海成交额384.82亿元，引进资金5000万元，人均收入72151元，投后估值达到 5 亿美元。";
        List<Figure> fs = extract(text);
        assertFigure(only(fs, "384.82"), 3.8482e10, "CNY", "level", "exact");
        assertFigure(only(fs, "5000"), 5e7, "CNY", "level", "exact");
        assertFigure(only(fs, "72151"), 72151, "CNY", "level", "exact");
        assertFigure(only(fs, "5 亿美元"), 5e8, "USD", "level", "exact");
        Figure f = only(fs, "384.82");
        assertEquals("384.82亿元", f.surface());
        assertEquals(f.surface(), text.substring(f.start(), f.end()));
        assertEquals(384.82, f.value());
        assertEquals("亿元", f.unit());
    }

    @Test
    void thousandsSeparatedByCommasOrSpaces() {
        List<Figure> fs = extract("累计达到1 760.4亿元，共输出技术6 903项，合计1,234,567元。");
        assertFigure(only(fs, "1 760.4"), 1.7604e11, "CNY", "level", "exact");
        assertEquals("1 760.4", only(fs, "1 760.4").numberText());
        assertFigure(only(fs, "6 903"), 6903, "items", "count", "exact");
        assertFigure(only(fs, "1,234,567"), 1234567, "CNY", "level", "exact");
    }

    @Test
    void fullWidthDigits() {
        List<Figure> fs = extract("北京研发投入强度达到６．４４％，拥有９３家独角兽企业。");
        assertFigure(only(fs, "６．４４"), 0.0644, "ratio", "level", "exact");
        assertFigure(only(fs, "９３家"), 93, "enterprises", "count", "exact");
    }

    @Test
    void chineseNumerals() {
        List<Figure> fs = extract("重庆市GDP是兰州市的三倍，位列全国第三位，可分为三个梯队。");
        assertFigure(only(fs, "三倍"), 3, "multiple", "multiple", "exact");
        assertFigure(only(fs, "第三位"), 3, "rank", "rank", "exact");
        assertFigure(only(fs, "三个"), 3, "count", "count", "exact");
    }

    @Test
    void multipliersWanYiWanyiQian() {
        List<Figure> fs = extract("R&D人员为2.78万人，总估值达到2.6万亿，年吞吐量超过 1.6 亿人次，产量逾279万台。");
        assertFigure(only(fs, "2.78万人"), 27800, "persons", "level", "exact");
        assertFigure(only(fs, "2.6万亿"), 2.6e12, "CNY", "level", "exact");
        assertFigure(only(fs, "1.6 亿人次"), 1.6e8, "person-times", "level", "more-than");
        assertFigure(only(fs, "279万台"), 2.79e6, "units", "count", "more-than");
    }

    @Test
    void percentWordsAndCheng() {
        List<Figure> fs = extract("收入增长百分之二十，利润增长百分之5.5，年均增长率超过两成，经济总量占比超过七成。");
        assertFigure(only(fs, "百分之二十"), 0.2, "ratio", "growth", "exact");
        assertFigure(only(fs, "百分之5.5"), 0.055, "ratio", "growth", "exact");
        assertFigure(only(fs, "两成"), 0.2, "ratio", "growth", "more-than");
        assertFigure(only(fs, "七成"), 0.7, "ratio", "share", "more-than");
    }

    @Test
    void percentagePointsAreNeverPercent() {
        List<Figure> fs = extract("营业收入占全国的26.4%，高于其GDP占比2.4个百分点，增速回落0.5百分点。");
        assertFigure(only(fs, "26.4%"), 0.264, "ratio", "share", "exact");
        assertFigure(only(fs, "2.4个百分点"), 2.4, "pp", "change", "exact");
        assertFigure(only(fs, "0.5百分点"), 0.5, "pp", "change", "exact");
    }

    @Test
    void ranks() {
        List<Figure> fs = extract("经济首位度居全国第6位，综合水平分列全国第9、第23位，位列全国第三位，规模位居全国首位，排名第一。");
        assertFigure(only(fs, "第6位"), 6, "rank", "rank", "exact");
        assertFigure(only(fs, "第9"), 9, "rank", "rank", "exact");
        assertFigure(only(fs, "第23位"), 23, "rank", "rank", "exact");
        assertFigure(only(fs, "第三位"), 3, "rank", "rank", "exact");
        assertFigure(only(fs, "首位"), 1, "rank", "rank", "exact");
        assertFigure(only(fs, "第一"), 1, "rank", "rank", "exact");
    }

    @Test
    void rankListsWithoutRepeatedDi() {
        List<Figure> fs = extract("上海-苏州、南京、杭州集群分列全球第 5、11 和 14 位。");
        assertEquals(List.of(5.0, 11.0, 14.0), fs.stream().map(Figure::value).toList());
        fs.forEach(f -> assertEquals("rank", f.kind()));
    }

    @Test
    void multiples() {
        List<Figure> fs = extract("西安市R&D经费内部支出是兰州市的8倍多，西兰技术市场成交额是成渝的1倍以上，面积是西兰的4.17倍。");
        assertFigure(only(fs, "8倍多"), 8, "multiple", "multiple", "more-than");
        assertFigure(only(fs, "1倍以上"), 1, "multiple", "multiple", "at-least");
        assertFigure(only(fs, "4.17倍"), 4.17, "multiple", "multiple", "exact");
    }

    @Test
    void countsWithClassifiers() {
        List<Figure> fs = extract("拥有93家企业、15所高校、84位院士、72 人、238件专利、6项成果、3 个机场、20台设备，"
                + "R&D 人员全时当量 25.4 万人年，每万名就业人员中 R&D 人员数为 61.5 人年/万人。");
        assertFigure(only(fs, "93家"), 93, "enterprises", "count", "exact");
        assertFigure(only(fs, "15所"), 15, "count", "count", "exact");
        assertFigure(only(fs, "84位"), 84, "persons", "count", "exact");
        assertFigure(only(fs, "72 人"), 72, "persons", "level", "exact");
        assertFigure(only(fs, "238件"), 238, "items", "count", "exact");
        assertFigure(only(fs, "6项"), 6, "items", "count", "exact");
        assertFigure(only(fs, "3 个"), 3, "count", "count", "exact");
        assertFigure(only(fs, "20台"), 20, "units", "count", "exact");
        assertFigure(only(fs, "25.4 万人年"), 254000, "person-years", "level", "exact");
        assertFigure(only(fs, "61.5 人年/万人"), 61.5, "person-years/10k", "level", "exact");
    }

    @Test
    void distancesAndAreas() {
        List<Figure> fs = extract("两地相距约626公里，面积达1.2万平方公里。");
        assertFigure(only(fs, "626公里"), 626, "km", "level", "approx");
        assertFigure(only(fs, "平方公里"), 12000, "km2", "level", "exact");
    }

    @Test
    void fractions() {
        List<Figure> fs = extract("拥有全日本 1/3 的研究机构，均不足其他城市群数量的 1/10。");
        assertFigure(only(fs, "1/3"), 1.0 / 3, "ratio", "share", "exact");
        assertFigure(only(fs, "1/10"), 0.1, "ratio", "share", "less-than");
    }

    @Test
    void growthRatesAndLargeCounts() {
        List<Figure> fs = extract("2019年，全省高新技术企业达到1.2万家，同比增长15.3%，近五年年均增长8.5%，研发投入强度为2.1%。");
        assertFigure(only(fs, "1.2万家"), 12000, "enterprises", "count", "exact");
        assertFigure(only(fs, "15.3%"), 0.153, "ratio", "growth", "exact");
        assertFigure(only(fs, "8.5%"), 0.085, "ratio", "growth", "exact");
        assertFigure(only(fs, "2.1%"), 0.021, "ratio", "level", "exact");
    }

    @Test
    void eventsAndApproximateTotals() {
        List<Figure> fs = extract("全年共举办活动1200余场，两地GDP之和约为3.5万亿元。");
        assertFigure(only(fs, "1200余场"), 1200, "count", "count", "more-than");
        assertFigure(only(fs, "3.5万亿元"), 3.5e12, "CNY", "level", "approx");
    }

    @Test
    void negativeAmounts() {
        Figure f = only(extract("珠三角（-1039亿元）和成渝地区（369亿元）"), "1039");
        assertEquals(-1.039e11, f.normalizedValue(), 1);
        assertEquals("-1039亿元", f.surface());
    }

    @Test
    void wordFormsFoundOnHeldOutText() {
        List<Figure> fs = extract("外资企业占比为百分之三十二点五，本科生约占四分之一，出口约占全省的一半，"
                + "利润下降约一成，两项分别占三成和四成，线路全长约48km。");
        for (String[] e : new String[][] {{"百分之三十二点五", "0.325"}, {"四分之一", "0.25"}, {"一半", "0.5"}, {"一成", "0.1"},
                {"三成", "0.3"}, {"四成", "0.4"}}) {
            Figure f = only(fs, e[0]);
            assertEquals(Double.parseDouble(e[1]), f.normalizedValue(), 1e-9, e[0]);
            assertEquals("ratio", f.normalizedUnit(), e[0]);
        }
        assertFigure(only(fs, "48km"), 48, "km", "level", "approx");
    }

    @Test
    void aUnitTheNextListedNumberExtends() {
        List<Figure> fs = extract("两省分别提高1.2个和0.8个百分点。");
        assertFigure(only(fs, "1.2个"), 1.2, "pp", "change", "exact");
        assertFigure(only(fs, "0.8个百分点"), 0.8, "pp", "change", "exact");
    }
}
