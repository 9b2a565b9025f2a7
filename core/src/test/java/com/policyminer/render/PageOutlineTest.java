package com.policyminer.render;

import com.policyminer.model.Page;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outline rectangles from synthetic line boxes: whole boxes, parts of boxes, spans over lines, no boxes. */
class PageOutlineTest {

    // two lines of 20 characters each, 10 pt per character; the second line starts after a '\n' at 120
    private static final Page PAGE = new Page(2, "2", 100, 141, 600, 800, List.of(
            new Page.Box(100, 120, 50, 70, 200, 12),
            new Page.Box(121, 141, 50, 90, 200, 12)));

    @Test
    void aSpanInsideOneLineGetsItsShareOfTheBoxAlongX() {
        List<PageOutline.Rect> r = PageOutline.of(PAGE, 105, 109);
        assertEquals(List.of(new PageOutline.Rect(100, 70, 40, 12)), r);
    }

    @Test
    void aWholeBoxIsTheBoxItself() {
        assertEquals(List.of(new PageOutline.Rect(50, 70, 200, 12)), PageOutline.of(PAGE, 100, 120));
        assertEquals(List.of(new PageOutline.Rect(50, 70, 200, 12)), PageOutline.of(PAGE, 90, 121)); // the '\n' is on no line
    }

    @Test
    void aSpanOverALineBreakGivesOneRectanglePerLine() {
        List<PageOutline.Rect> r = PageOutline.of(PAGE, 118, 124);
        assertEquals(List.of(new PageOutline.Rect(230, 70, 20, 12), new PageOutline.Rect(50, 90, 30, 12)), r);
    }

    @Test
    void aSpanOffThePageOrEmptyGivesNothing() {
        assertTrue(PageOutline.of(PAGE, 0, 100).isEmpty());
        assertTrue(PageOutline.of(PAGE, 141, 300).isEmpty());
        assertTrue(PageOutline.of(PAGE, 120, 121).isEmpty()); // only the separator between the lines
        assertTrue(PageOutline.of(PAGE, 110, 110).isEmpty());
        assertTrue(PageOutline.of(PAGE, 112, 108).isEmpty());
    }

    @Test
    void aPageWithoutBoxesGivesNoOutline() {
        // what Tika's page divs give today: numbers and text spans, no sizes and no boxes
        Page bare = new Page(1, null, 0, 500, 0, 0, List.of());
        assertTrue(PageOutline.of(bare, 10, 20).isEmpty());
        assertTrue(PageOutline.of(null, 10, 20).isEmpty());
    }

    @Test
    void aBoxWithoutTextIsSkipped() {
        Page p = new Page(1, "1", 0, 10, 100, 100, List.of(new Page.Box(5, 5, 0, 0, 50, 10), new Page.Box(5, 10, 0, 20, 50, 10)));
        assertEquals(List.of(new PageOutline.Rect(0, 20, 50, 10)), PageOutline.of(p, 0, 10));
    }
}
