package com.policyminer.index;

import com.policyminer.model.OrganizationMention;
import com.policyminer.model.Page;
import com.policyminer.model.RegionMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages as the index keeps them: the page map for passages, and each mention's page. */
class StoredPagesTest {

    @Test
    void thePageMapComesBackWithNumbersLabelsAndSpans() {
        List<Page> pages = List.of(new Page(1, "i", 0, 812, 595f, 842f, List.of(new Page.Box(0, 20, 72, 72, 400, 14))),
                new Page(2, "第\"3\"页", 813, 2044, 595f, 842f, List.of()));
        String json = StoredPages.write(pages);
        assertEquals("[[1,\"i\",0,812],[2,\"第\\\"3\\\"页\",813,2044]]", json);
        List<Page> back = StoredPages.read(json);
        assertEquals(2, back.size());
        assertEquals(List.of(1, 2), back.stream().map(Page::number).toList());
        assertEquals(List.of("i", "第\"3\"页"), back.stream().map(Page::label).toList());
        assertEquals(813, back.get(1).start());
        assertEquals(2044, back.get(1).end());
        assertEquals(List.of(), StoredPages.read(null), "a report without pages");
        assertEquals("[]", StoredPages.write(List.of()));
    }

    @Test
    void mentionsKeepTheirPagesAndAnEntityIsStillStoredOnce() throws Exception {
        Page one = new Page(1, "1", 0, 100, 0f, 0f, List.of());
        Page roman = new Page(2, "ii", 101, 300, 0f, 0f, List.of());
        RegionMention a = new RegionMention("d", "西安", 5, 7, "gazetteer", "西安市", "city", "610100", List.of("陕西省"), false).onPage(one);
        RegionMention b = new RegionMention("d", "西安市", 150, 153, "gazetteer", "西安市", "city", "610100", List.of("陕西省"), false).onPage(roman);
        String json = StoredMentions.write(List.of(a, b));
        assertEquals(1, StoredJson.MAPPER.readTree(json).get("entities").size(),
                "the page is where the mention is, not part of the entity: " + json);
        assertTrue(json.contains("[0,5,7,\"西安\",1]"), "label equal to the number is not repeated: " + json);
        assertTrue(json.contains("[0,150,153,\"西安市\",2,\"ii\"]"), json);
        assertEquals(List.of(a, b), StoredMentions.read(json, RegionMention.class, "d"));

        OrganizationMention unpaged = new OrganizationMention("d", "科技部", 3, 6, "central", "科学技术部", "government");
        String plain = StoredMentions.write(List.of(unpaged));
        assertFalse(plain.contains("page"), "a report without pages stores no page: " + plain);
        assertEquals(List.of(unpaged), StoredMentions.read(plain, OrganizationMention.class, "d"));
    }

    @Test
    void jsonOfAFigureOrMentionHasAPageOnlyWhenItsReportHasPages() {
        RegionMention unpaged = new RegionMention("d", "西安", 5, 7, "gazetteer", "西安市", "city", "", List.of(), false);
        assertFalse(StoredJson.write(unpaged).contains("page"), StoredJson.write(unpaged));
        RegionMention paged = unpaged.onPage(new Page(3, "iii", 0, 10, 0f, 0f, List.of()));
        assertTrue(StoredJson.write(paged).contains("\"page\":3,\"pageLabel\":\"iii\""), StoredJson.write(paged));
        assertEquals(paged, StoredJson.read(StoredJson.write(paged), RegionMention.class));
    }
}
