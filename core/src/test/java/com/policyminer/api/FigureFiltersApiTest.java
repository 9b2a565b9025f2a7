package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /api/figures with an indicator concept, exact=true and subjectType= (issue 16), over the seeds and one dated
 * report written for this test.
 */
class FigureFiltersApiTest extends SeededServerTest {

    static final String REPORT = """
            ---
            title: 板块与城市观察
            date: 2023-08-01
            ---
            截至2023年6月底，科创板共有428家上市公司。

            西安与兰州（以下简称“西兰”）互补性强。西兰研发投入强度达到4.4%。

            2023年，苏州锴威特半导体股份有限公司营业收入2.10亿元。

            目前，合肥已建成5G基站2万个。

            去年，深圳研发经费投入强度为5.81%。
            """;

    @BeforeAll
    static void addReport() throws Exception {
        Files.writeString(server.corpus.resolve("figure-subjects.md"), REPORT);
        engine.ingest().run(server.corpus, null);
    }

    private static List<String> surfaces(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("figures").forEach(f -> out.add(f.get("surface").asText()));
        return out;
    }

    private static JsonNode figure(String query, String surface) throws Exception {
        for (JsonNode f : json("/api/figures?size=1000&" + query).get("figures")) {
            if (f.get("surface").asText().equals(surface)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + surface + " for " + query);
    }

    @Test
    void anIndicatorConceptFindsItsSynonyms() throws Exception {
        JsonNode concept = json("/api/figures?size=1000&indicator=" + enc("研发投入强度"));
        List<String> found = surfaces(concept);
        assertTrue(found.contains("4.4%"), found.toString()); // 研发投入强度
        assertTrue(found.contains("5.81%"), found.toString()); // 研发经费投入强度
        assertTrue(found.contains("4.4%") && found.contains("5.05%"), "the seeds' 西安 5.05% too: " + found);
        JsonNode synonym = json("/api/figures?size=1000&indicator=" + enc("研发强度"));
        assertEquals(concept.get("total").asInt(), synonym.get("total").asInt(), "研发强度 names the same concept");
    }

    @Test
    void exactMatchesTheLiteralPhraseOnly() throws Exception {
        List<String> exact = surfaces(json("/api/figures?size=1000&exact=true&indicator=" + enc("研发投入强度")));
        assertTrue(exact.contains("4.4%"), exact.toString());
        assertFalse(exact.contains("5.81%"), "研发经费投入强度 is not the literal phrase: " + exact);
        int concept = json("/api/figures?indicator=" + enc("研发投入强度")).get("total").asInt();
        assertTrue(exact.size() < concept, exact.size() + " literal of " + concept);
        assertEquals(400, get("/api/figures?exact=maybe&indicator=" + enc("研发投入强度")).statusCode());
    }

    @Test
    void subjectTypeFilters() throws Exception {
        JsonNode market = json("/api/figures?subjectType=market");
        assertEquals(List.of("428家"), surfaces(market));
        assertEquals("科创板", market.get("figures").get(0).get("subject").asText());
        JsonNode group = figure("subjectType=region-group&subject=" + enc("西兰"), "4.4%");
        assertEquals("region-group", group.get("subjectType").asText());
        List<String> companies = surfaces(json("/api/figures?subjectType=company"));
        assertTrue(companies.contains("2.10亿元"), companies.toString());
        List<String> both = surfaces(json("/api/figures?size=1000&subjectType=market,company"));
        assertTrue(both.contains("428家") && both.contains("2.10亿元"), both.toString());
        for (JsonNode f : json("/api/figures?size=1000&subjectType=region").get("figures")) {
            assertEquals("region", f.get("subjectType").asText());
        }
        HttpResponse<String> bad = get("/api/figures?subjectType=planet");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("subjectType"), bad.body());
    }

    @Test
    void figuresCarryTheSubjectSpanAndTheYearSource() throws Exception {
        JsonNode f = figure("subjectType=market", "428家");
        String text = json("/api/documents/" + f.get("docId").asText()).get("text").asText();
        assertEquals("科创板", text.substring(f.get("subjectStart").asInt(), f.get("subjectEnd").asInt()));
        assertEquals("text", f.get("yearSource").asText());
        JsonNode present = figure("subject=" + enc("合肥"), "2万个");
        assertEquals(2023, present.get("year").asInt());
        assertEquals("document-date", present.get("yearSource").asText());
        JsonNode lastYear = figure("subject=" + enc("深圳"), "5.81%");
        assertEquals(2022, lastYear.get("year").asInt());
        assertEquals("relative", lastYear.get("yearSource").asText());
        String csv = get("/api/figures?format=csv&subjectType=market").body();
        assertTrue(csv.contains(",market,") && csv.contains(",text,"), csv);
    }
}
