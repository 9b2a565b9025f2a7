package com.policyminer.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextRepairTest {

    @Test
    void removesSpacesBetweenChineseCharactersOnly() {
        assertEquals("科技创新中心建设", TextRepair.removeSpacesBetweenCjk("科 技 创 新 中 心 建 设"));
        assertEquals("R&D 经费 2020 年", TextRepair.removeSpacesBetweenCjk("R&D 经费 2020 年"));
        assertEquals("西安，兰州", TextRepair.removeSpacesBetweenCjk("西安 ， 兰州"));
    }

    @Test
    void collapsesLetterSpacingFromPdfExtraction() {
        assertEquals("2020年，R&D经费61.21亿元", TextRepair.removeSpacesBetweenCjk(
                TextRepair.collapseLetterSpacing("2 0 2 0 年 ， R & D 经 费 6 1 . 2 1 亿 元")));
        assertEquals("an ordinary English line stays", TextRepair.collapseLetterSpacing("an ordinary English line stays"));
    }

    @Test
    void joinsLinesBrokenMidSentenceButKeepsParagraphEnds() {
        assertEquals("构建西安兰州国家区域科技创新中心的考虑。\n第二段",
                TextRepair.joinBrokenLines("构建西安兰州国家区域\n科技创新中心的考虑。\n第二段"));
        assertEquals("分别为61.21亿元、506.06亿元", TextRepair.joinBrokenLines("分别为61.21亿元、\n506.06亿元"));
        assertEquals("2020年", TextRepair.joinBrokenLines("2020\n年"));
        assertEquals("first line\nsecond line", TextRepair.joinBrokenLines("first line\nsecond line"));
        assertEquals("标题。\n正文", TextRepair.joinBrokenLines("标题。\n正文"));
    }
}
