package com.policyminer.compare;

import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import static com.policyminer.compare.ComparisonFixtures.count;
import static com.policyminer.compare.ComparisonFixtures.figure;
import static com.policyminer.compare.ComparisonFixtures.percent;
import static com.policyminer.compare.ComparisonFixtures.withQualifier;
import static com.policyminer.compare.ComparisonFixtures.yi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edges of the rounding tolerance of {@link ValueInterval}. */
class ComparatorToleranceTest {

    private static boolean agree(Figure a, Figure b) {
        return ValueInterval.of(a).overlaps(ValueInterval.of(b));
    }

    @Test
    void aRoundingOfTheSameValueAgrees() {
        assertTrue(agree(percent("a", "西安", "研发强度", "5.05", 2020), percent("b", "西安", "研发强度", "5.05", 2020)));
        assertTrue(agree(percent("a", "西安", "研发强度", "5.1", 2020), percent("b", "西安", "研发强度", "5.05", 2020)));
        assertTrue(agree(yi("a", "西安", "技术合同成交额", "1648.56", 2020), yi("b", "西安", "技术合同成交额", "1648.6", 2020)));
        assertTrue(agree(yi("a", "西安", "技术合同成交额", "1648.56", 2020), yi("b", "西安", "技术合同成交额", "1649", 2020)));
    }

    @Test
    void justOutsideTheRoundingDisagrees() {
        assertFalse(agree(percent("a", "西安", "研发强度", "5.1", 2020), percent("b", "西安", "研发强度", "5.0", 2020)));
        assertFalse(agree(percent("a", "西安", "研发强度", "5.05", 2020), percent("b", "西安", "研发强度", "5.06", 2020)));
        assertFalse(agree(yi("a", "西安", "技术合同成交额", "1648.56", 2020), yi("b", "西安", "技术合同成交额", "1650", 2020)));
        // exact counts: 92 and 93 touch at 92.5 but do not overlap
        assertFalse(agree(count("a", "北京", "独角兽企业", "93", 2020), count("b", "北京", "独角兽企业", "92", 2020)));
    }

    @Test
    void differentWrittenUnitsCompareInTheNormalizedUnit() {
        Figure yi = yi("a", "西安", "R&D经费内部支出", "506.06", 2020);
        Figure wan = figure("b", "西安", "R&D经费内部支出", "5060600", "万元", 1e4, "CNY", "level", "exact", 2020);
        Figure wanOff = figure("b", "西安", "R&D经费内部支出", "5070000", "万元", 1e4, "CNY", "level", "exact", 2020);
        assertTrue(agree(yi, wan));
        assertFalse(agree(yi, wanOff));
    }

    @Test
    void qualifiersWidenTheInterval() {
        Figure about100 = withQualifier(count("a", "北京", "独角兽企业", "100", 2020), "approx");
        assertTrue(agree(about100, count("b", "北京", "独角兽企业", "96", 2020)));
        assertFalse(agree(about100, count("b", "北京", "独角兽企业", "94", 2020)));

        Figure over4 = withQualifier(percent("a", "西安", "研发投入强度", "4", 2020), "more-than");
        assertTrue(agree(over4, percent("b", "西安", "研发投入强度", "5.05", 2020)));
        assertFalse(agree(over4, percent("b", "西安", "研发投入强度", "3.5", 2020)));
        assertFalse(ValueInterval.of(over4).point());

        Figure under4 = withQualifier(percent("a", "西安", "研发投入强度", "4", 2020), "less-than");
        assertTrue(agree(under4, percent("b", "西安", "研发投入强度", "3.5", 2020)));
        assertFalse(agree(under4, percent("b", "西安", "研发投入强度", "5.05", 2020)));
    }

    @Test
    void rangesCoverLowToHigh() {
        Figure p = percent("a", "西安", "研发投入强度", "5", 2020);
        Figure range = new Figure(p.docId(), "4%-6%", p.start(), p.start() + 5, "test", "4-6", 5, "%", 0.05, "ratio",
                "level", "exact", 0.04, 0.06, 2020, null, "", "text", "西安", "region", -1, -1, "研发投入强度", "", 0, "text", null, null);
        assertTrue(agree(range, percent("b", "西安", "研发投入强度", "5.9", 2020)));
        assertFalse(agree(range, percent("b", "西安", "研发投入强度", "6.9", 2020)));
        assertFalse(ValueInterval.of(range).point());
    }

    @Test
    void halfUnitAndSignificantDigitsFollowTheWrittenNumber() {
        assertEquals(0.005, ValueInterval.halfUnit("5.05", 5.05), 1e-12);
        assertEquals(0.5, ValueInterval.halfUnit("93", 93), 1e-12);
        assertEquals(0.05, ValueInterval.halfUnit("1 760.4", 1760.4), 1e-12);
        assertEquals(0.5, ValueInterval.halfUnit("三", 3), 1e-12);
        assertEquals(3, ValueInterval.significantDigits("5.05", 5.05));
        assertEquals(3, ValueInterval.significantDigits("5.10", 5.1));
        assertEquals(2, ValueInterval.significantDigits("2300", 2300));
        assertEquals(5, ValueInterval.significantDigits("1 760.4", 1760.4));
        assertEquals(1, ValueInterval.significantDigits("0.5", 0.5));
        assertEquals(1, ValueInterval.significantDigits("三", 3));
        assertEquals(0.0571, ValueInterval.relativeDifference(0.0644, 0.0683), 1e-4);
        assertEquals(0, ValueInterval.relativeDifference(0, 0));
    }
}
