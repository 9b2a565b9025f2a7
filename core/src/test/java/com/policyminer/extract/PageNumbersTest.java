package com.policyminer.extract;

import com.policyminer.model.Figure;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.Page;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Offsets to pages: every kind of mention, page edges, printed labels, text before the first page. */
class PageNumbersTest {

    /** Page spans as a PDF reader makes them: a separator ('\n') between pages; pages i, ii, then 1. */
    private static final List<Page> PAGES = List.of(
            page(1, "i", 10, 100), page(2, "ii", 101, 200), page(3, "1", 201, 201), page(4, "2", 202, 300));

    private static Page page(int n, String label, int start, int end) {
        return new Page(n, label, start, end, 595f, 842f, List.of());
    }

    private static RegionMention region(int start) {
        return new RegionMention("d", "西安", start, start + 2, "gazetteer", "西安市", "city", "610100", List.of("陕西省"), false);
    }

    @Test
    void eachMentionIsOnThePageItsFirstCharacterIsOn() {
        List<RegionMention> on = PageNumbers.on(List.of(region(10), region(99), region(100), region(101), region(201),
                region(202), region(298)), PAGES);
        assertEquals(List.of(1, 1, 1, 2, 3, 4, 4), on.stream().map(RegionMention::page).toList(),
                "offset 100 is the separator after page 1: still page 1; 201 opens the empty page 3");
        assertEquals(List.of("i", "i", "i", "ii", "1", "2", "2"), on.stream().map(RegionMention::pageLabel).toList());
        assertEquals(region(99).name(), on.get(1).name(), "nothing else changes");
        assertEquals(region(99), on.get(1).onPage(null), "off the page again, the mention is as it was");
    }

    @Test
    void textBeforeTheFirstPageIsOnNoPage() {
        assertNull(PageNumbers.on(List.of(region(0)), PAGES).get(0).page());
        assertNull(PageNumbers.on(List.of(region(0)), PAGES).get(0).pageLabel());
    }

    @Test
    void everyKindOfMentionGetsItsPage() {
        Figure f = new Figure("d", "61.21亿元", 150, 157, "level", "61.21", 61.21, "亿元", 6.121e9, "CNY", "level", "exact",
                6.121e9, 6.121e9, 2020, null, "", "text", "兰州市", "region", 10, 13, "R&D经费内部支出", "…", 140, "text", null, null);
        OrganizationMention o = new OrganizationMention("d", "科技部", 250, 253, "central", "科学技术部", "government");
        PolicyMention p = new PolicyMention("d", "《规划纲要》", 20, 26, "title", "规划纲要", "policy", true, "", "", "");
        Extraction x = PageNumbers.assign(new Extraction(List.of(region(205)), List.of(o), List.of(p), List.of(f)), PAGES);
        assertEquals(4, x.regions().get(0).page());
        assertEquals("2", x.organizations().get(0).pageLabel());
        assertEquals(1, x.policies().get(0).page());
        assertEquals("i", x.policies().get(0).pageLabel());
        assertEquals(2, x.figures().get(0).page());
        assertEquals("ii", x.figures().get(0).pageLabel());
        assertEquals(f.normalizedValue(), x.figures().get(0).normalizedValue());
        assertEquals(2, x.figures().get(0).withSubject("兰州").page(), "a subject rebound keeps the page");
    }

    @Test
    void aDocumentWithoutPagesIsLeftAsItIs() {
        Extraction x = new Extraction(List.of(region(5)), List.of(), List.of(), List.of());
        assertSame(x, PageNumbers.assign(x, List.of()));
        assertNull(x.regions().get(0).page());
    }

    @Test
    void aPageWithoutItsOwnLabelIsLabelledWithItsNumber() {
        assertEquals("7", new Page(7, null, 0, 0, 0f, 0f, null).label());
        assertEquals("7", region(1).onPage(new Page(7, " ", 0, 5, 0f, 0f, null)).pageLabel());
    }
}
