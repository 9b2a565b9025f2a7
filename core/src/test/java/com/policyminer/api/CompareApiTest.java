package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cross-report comparison over HTTP, on the bundled corpus and the real extractors. */
class CompareApiTest extends SeededServerTest {

    @Test
    void xianFiveOhFiveIsASuspectedMisdatingWithBothSentences() throws Exception {
        JsonNode conflicts = json("/api/conflicts").get("conflicts");
        JsonNode xian = null;
        for (JsonNode c : conflicts) {
            if (c.get("subject").asText().startsWith("西安") && c.get("verdict").asText().equals("same-value-different-year")) {
                xian = c;
            }
        }
        assertTrue(xian != null, conflicts.toString());
        List<String> sentences = new ArrayList<>();
        xian.get("figures").forEach(f -> sentences.add(f.get("sentence").asText()));
        assertTrue(sentences.stream().anyMatch(s -> s.contains("兰州市和西安市分别为2.12%和5.05%")), sentences.toString());
        assertTrue(sentences.stream().anyMatch(s -> s.contains("西安市 2021 年全社会研发经费投入 5.05%")), sentences.toString());
    }

    @Test
    void beijingResearchIntensityIsATimeline() throws Exception {
        JsonNode groups = json("/api/compare?subject=" + enc("北京") + "&indicator=" + enc("研发投入强度")).get("groups");
        assertEquals(1, groups.size(), groups.toString());
        JsonNode g = groups.get(0);
        assertEquals("timeline", g.get("verdict").asText());
        assertEquals("[2020,2022]", g.get("years").toString());
    }

    @Test
    void cooccurrenceMatrixAndPartners() throws Exception {
        JsonNode m = json("/api/cooccurrence?a=region&b=policy&level=paragraph");
        assertTrue(m.get("cells").size() > 0, m.toString());
        JsonNode p = json("/api/cooccurrence/partners?entity=" + enc("西安") + "&type=region");
        assertTrue(p.get("found").asBoolean());
        assertTrue(p.get("partners").size() > 0);
        assertEquals(400, get("/api/cooccurrence?a=planet").statusCode());
        assertEquals(400, get("/api/compare?year=abc").statusCode());
    }

    @Test
    void groupsAndConflictsArePagedAndListTheirFirstFiguresWithTheCount() throws Exception {
        JsonNode all = json("/api/compare?limit=1000&figures=1000");
        int total = all.get("total").asInt();
        assertTrue(total >= 2, all.toString());
        assertEquals(total, all.get("groups").size());
        JsonNode second = json("/api/compare?limit=1&offset=1&figures=1000");
        assertEquals(total, second.get("total").asInt());
        assertEquals(all.get("groups").get(1), second.get("groups").get(0));

        JsonNode one = json("/api/compare?limit=1000&figures=1");
        for (int g = 0; g < total; g++) {
            JsonNode whole = all.get("groups").get(g);
            JsonNode cut = one.get("groups").get(g);
            assertEquals(1, cut.get("figures").size());
            assertEquals(whole.get("figures").size(), cut.get("figureCount").asInt());
            assertEquals(whole.get("figures").get(0), cut.get("figures").get(0));
            assertEquals(whole.get("verdictCounts"), cut.get("verdictCounts"));
            assertEquals(whole.get("pairs"), cut.get("pairs"));
        }
        JsonNode big = all.get("groups").get(0);
        for (JsonNode g : all.get("groups")) {
            big = g.get("figureCount").asInt() > big.get("figureCount").asInt() ? g : big;
        }
        JsonNode next = json("/api/compare?subject=" + enc(big.get("subject").asText()) + "&indicator=" + enc(big.get("indicatorName").asText())
                + "&figures=1&figureOffset=1");
        JsonNode same = null;
        for (JsonNode g : next.get("groups")) {
            if (g.get("indicatorId").equals(big.get("indicatorId")) && g.get("normalizedUnit").equals(big.get("normalizedUnit"))) {
                same = g;
            }
        }
        assertTrue(same != null, next.toString());
        assertEquals(1, same.get("figureOffset").asInt());
        assertEquals(big.get("figures").get(1), same.get("figures").get(0));

        JsonNode conflicts = json("/api/conflicts?figures=1000");
        JsonNode first = conflicts.get("conflicts").get(0);
        assertEquals(first.get("figures").size(), first.get("figureCount").asInt());
        JsonNode cutConflict = json("/api/conflicts?figures=1&figureOffset=1&limit=1").get("conflicts").get(0);
        assertEquals(conflicts.get("total"), json("/api/conflicts?limit=1").get("total"));
        assertEquals(first.get("figureCount"), cutConflict.get("figureCount"));
        assertEquals(first.get("severity"), cutConflict.get("severity"));
        assertEquals(first.get("figures").get(1), cutConflict.get("figures").get(0));
        assertEquals(conflicts.get("conflicts").get(1), json("/api/conflicts?figures=1000&offset=1&limit=1").get("conflicts").get(0));

        assertEquals(400, get("/api/compare?figures=-1").statusCode());
        assertEquals(400, get("/api/compare?limit=0").statusCode());
        assertEquals(400, get("/api/conflicts?figureOffset=x").statusCode());
    }
}
