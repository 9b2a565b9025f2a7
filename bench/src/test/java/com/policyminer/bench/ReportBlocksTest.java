package com.policyminer.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportBlocksTest {

    @Test
    void titleHeadingsParagraphsAndRunsOfShortLinesAsTables() {
        String report = """
                西安2021年区域科技创新中心建设研究（第1期）
                报告编号：PM-1-000000
                1.2区域科技创新中心建设情况
                湖北省、浙江省在“十四五”科技创新规划中提出建设区域科技创新中心。

                梯队分布
                省市
                地区生产总值（亿元）
                第Ⅰ梯队
                山东
                73 129
                72 151
                资料来源：国家统计局。
                """;
        ReportBlocks r = ReportBlocks.of(report);
        assertEquals("西安2021年区域科技创新中心建设研究（第1期）", r.title());
        assertEquals(List.of(ReportBlocks.Kind.PARAGRAPH, ReportBlocks.Kind.HEADING, ReportBlocks.Kind.PARAGRAPH,
                ReportBlocks.Kind.TABLE, ReportBlocks.Kind.PARAGRAPH), r.blocks().stream().map(ReportBlocks.Block::kind).toList());
        ReportBlocks.Block table = r.blocks().get(3);
        assertEquals(3, table.columns(), "7 cells: three to a row");
        assertEquals(List.of(List.of("梯队分布", "省市", "地区生产总值（亿元）"), List.of("第Ⅰ梯队", "山东", "73 129"),
                List.of("72 151", "", "")), table.rows());
        assertEquals(1, r.tables());
    }

    @Test
    void cellLikeLinesAreShortAndWithoutSentencePunctuation() {
        assertTrue(ReportBlocks.cellLike("R&D经费投入强度（%）"));
        assertFalse(ReportBlocks.cellLike("资料来源：国家统计局"));
        assertFalse(ReportBlocks.cellLike("这是一句很长的句子没有标点但是超过了二十四个字符的长度限制所以不是"));
        assertEquals(new ReportBlocks("", List.of()), ReportBlocks.of("\n \n"));
    }
}
