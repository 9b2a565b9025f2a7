package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures, regions, policies and organizations over HTTP, on the bundled corpus. */
class EntityApiTest extends SeededServerTest {

    @Test
    void figuresOfXianWithIndicatorAndYear() throws Exception {
        JsonNode r = json("/api/figures?subject=" + enc("西安"));
        assertTrue(r.get("total").asInt() >= 3, r.toString());
        for (JsonNode f : r.get("figures")) {
            assertEquals("西安市", f.get("subject").asText());
            assertTrue(f.has("docTitle") && f.has("normalizedValue") && f.has("start"));
        }
        // 兰州市和西安市R&D经费内部支出分别为61.21亿元、506.06亿元
        JsonNode big = json("/api/figures?subject=" + enc("西安") + "&min=1e10&unit=CNY");
        assertTrue(big.get("figures").toString().contains("506.06"), big.toString());
        JsonNode lanzhou = json("/api/figures?subject=" + enc("兰州") + "&indicator=" + enc("R&D经费内部支出"));
        assertTrue(lanzhou.get("figures").toString().contains("6.121E9") || lanzhou.get("figures").toString().contains("6121000000"),
                lanzhou.toString());
    }

    @Test
    void figuresAsCsvAndPerDocument() throws Exception {
        HttpResponse<String> csv = get("/api/figures?format=csv&subject=" + enc("西安"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].contains("docId,docTitle,docPath,subject,subjectType,subjectStart,subjectEnd,indicator,year"));
        assertTrue(lines.length >= 4);
        String id = json("/api/documents").get("documents").get(0).get("id").asText();
        assertTrue(json("/api/documents/" + id + "/figures").get("total").asInt() > 10);
        assertEquals(400, get("/api/figures?min=abc").statusCode());
        assertEquals(400, get("/api/figures?year=20x0").statusCode());
    }

    @Test
    void xianIsMentionedInSeeds000002And004WithContextAndFigures() throws Exception {
        JsonNode r = json("/api/regions/" + enc("西安"));
        assertEquals("西安市", r.get("region").get("name").asText());
        assertTrue(r.get("region").get("parents").toString().contains("陕西省"));
        Set<String> seeds = new TreeSet<>();
        r.get("documents").forEach(d -> seeds.add(d.get("path").asText().substring(0, 3)));
        assertTrue(seeds.containsAll(Set.of("000", "002", "004")), seeds.toString());
        JsonNode m = r.get("mentions").get(0);
        assertTrue(m.get("context").asText().contains(m.get("surface").asText()));
        assertTrue(r.get("figures").size() >= 3);
        // the documents count every mention (at most 2,000); the context is read for the first 50 shown, or
        // as many as mentions= asks (at most 300)
        int counted = 0;
        for (JsonNode d : r.get("documents")) {
            counted += d.get("mentions").asInt();
        }
        assertEquals(r.get("mentionTotal").asInt(), counted);
        assertTrue(counted > 50, "the seeds mention 西安 more often than the first page shows: " + counted);
        assertFalse(r.get("mentionTotalCapped").asBoolean());
        assertEquals(50, r.get("mentions").size());
        assertEquals(json("/api/mentions?type=region&limit=50&entity=" + enc("西安")).get("mentions"), r.get("mentions"),
                "the first mentions, as /api/mentions gives them");
        JsonNode more = json("/api/regions/" + enc("西安") + "?mentions=300&figures=1000");
        assertEquals(Math.min(300, counted), more.get("mentions").size());
        assertEquals(json("/api/mentions?type=region&limit=300&entity=" + enc("西安")).get("mentions"), more.get("mentions"));
        assertEquals(r.get("documents"), more.get("documents"), "the documents do not depend on the page");
        // the figures: the first 100 of figureTotal, the same as the first of the longer list
        long figureTotal = r.get("figureTotal").asLong();
        assertEquals(json("/api/figures?subject=" + enc("西安市") + "&size=1").get("total").asLong(), figureTotal);
        assertEquals(Math.min(100, figureTotal), r.get("figures").size());
        assertEquals(Math.min(1000, figureTotal), more.get("figures").size());
        assertEquals(r.get("figures").get(0), more.get("figures").get(0));
        JsonNode none = json("/api/regions/" + enc("西安") + "?mentions=0&figures=0");
        assertEquals(0, none.get("mentions").size());
        assertEquals(0, none.get("figures").size());
        assertEquals(figureTotal, none.get("figureTotal").asLong());
        assertEquals(400, get("/api/regions/" + enc("西安") + "?mentions=301").statusCode());
        assertEquals(400, get("/api/regions/" + enc("西安") + "?figures=-1").statusCode());
        JsonNode list = json("/api/regions");
        assertTrue(list.get("total").asInt() > 20);
    }

    @Test
    void policiesFromSeed001TableHaveIssuerAndDate() throws Exception {
        JsonNode r = json("/api/policies");
        Map<String, JsonNode> byTitle = new HashMap<>();
        r.get("policies").forEach(p -> byTitle.put(p.get("title").asText(), p));
        JsonNode yrd = byTitle.get("长江三角洲区域一体化发展规划纲要");
        assertTrue(yrd != null, byTitle.keySet().toString());
        assertEquals("国务院", yrd.get("issuer").asText());
        assertEquals("2019-12", yrd.get("date").asText());
        JsonNode gba = byTitle.get("粤港澳大湾区发展规划纲要");
        assertEquals("国务院", gba.get("issuer").asText());
        JsonNode one = json("/api/policies/" + enc("长江三角洲区域一体化发展规划纲要"));
        assertTrue(one.get("documents").size() >= 1);
        assertTrue(json("/api/orgs").get("total").asInt() > 5);
        assertTrue(json("/api/mentions?type=region&entity=" + enc("兰州")).get("total").asInt() > 5);
        assertEquals(404, get("/api/regions/" + enc("不存在的地方")).statusCode());
        assertEquals(400, get("/api/mentions?type=planet").statusCode());
    }

    @Test
    void organizationsCarryKindLevelAndParentAndFilterByKind() throws Exception {
        JsonNode all = json("/api/orgs");
        JsonNode government = json("/api/orgs?kind=government");
        assertTrue(government.get("total").asInt() > 3 && government.get("total").asInt() < all.get("total").asInt());
        Map<String, JsonNode> byName = new HashMap<>();
        government.get("organizations").forEach(o -> {
            assertEquals("government", o.get("kind").asText());
            byName.put(o.get("name").asText(), o);
        });
        assertEquals("national", byName.get("科学技术部").get("level").asText());
        JsonNode unit = byName.get("科技部成果转化与区域创新司");
        assertTrue(unit != null, byName.keySet().toString());
        assertEquals("科学技术部", unit.get("parent").asText());
        assertTrue(json("/api/orgs?kind=fund").get("organizations").toString().contains("北京科创母基金"));
        assertEquals(0, json("/api/orgs?kind=planet").get("total").asInt());
        JsonNode periods = json("/api/policies?kind=period");
        assertTrue(periods.get("policies").toString().contains("\"十四五\""), periods.toString());
        assertTrue(json("/api/policies?kind=programme").get("policies").toString().contains("东西部科技合作"));
    }
}
