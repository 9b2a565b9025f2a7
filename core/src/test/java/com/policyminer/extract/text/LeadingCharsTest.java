package com.policyminer.extract.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The literal prefix read from a pattern's source is one every match of it starts with. */
class LeadingCharsTest {

    @Test
    void literalPrefix() {
        assertEquals("全国", LeadingChars.literalPrefix("全国(?!人大|政协)"));
        assertEquals("新区", LeadingChars.literalPrefix("新区(?<=[，。在]新区)"));
        assertEquals("第", LeadingChars.literalPrefix("第[ⅠⅡⅢⅣ一二三四]梯队"));
        assertEquals("中国", LeadingChars.literalPrefix("中国\\d"));
        assertEquals("", LeadingChars.literalPrefix("[全本该]省"));
        assertEquals("a", LeadingChars.literalPrefix("ab?c"));
        assertEquals("ab", LeadingChars.literalPrefix("abc+"));
        assertEquals("a", LeadingChars.literalPrefix("ab{0,2}"));
        assertEquals("", LeadingChars.literalPrefix("全球|世界"));
        assertEquals("", LeadingChars.literalPrefix(""));
    }
}
