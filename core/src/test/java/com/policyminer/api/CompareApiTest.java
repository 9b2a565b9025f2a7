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
}
