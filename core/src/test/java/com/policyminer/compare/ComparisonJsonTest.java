package com.policyminer.compare;

import com.policyminer.model.EntityType;
import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.index.StoredJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON shapes the API serves, with the project's mapper. */
class ComparisonJsonTest {

    private static JsonNode json(Object value) throws Exception {
        return StoredJson.MAPPER.readTree(StoredJson.write(value));
    }

    @Test
    void groupsAndConflicts() throws Exception {
        FigureComparator comparator = FigureComparator.standard();
        JsonNode groups = json(comparator.compare(ComparisonTablesTest.FIGURES));
        JsonNode g = groups.get(1);
        assertEquals("西安", g.get("subject").asText());
        assertEquals("rd_intensity", g.get("indicatorId").asText());
        assertEquals("same-value-different-year", g.get("verdict").asText());
        assertEquals(1, g.get("verdictCounts").get("same-value-different-year").asInt());
        assertEquals("000", g.get("figures").get(0).get("docId").asText());
        assertEquals(0.0505, g.get("figures").get(0).get("normalizedValue").asDouble(), 1e-12);
        assertTrue(g.get("figures").get(0).get("sentence").asText().contains("5.05%"));
        assertEquals(1, g.get("pairs").get(0).get("b").asInt());
        assertEquals("same-value-different-year", g.get("pairs").get(0).get("verdict").asText());

        JsonNode c = json(comparator.conflicts(ComparisonTablesTest.FIGURES)).get(0);
        assertEquals(0.3, c.get("severity").asDouble());
        assertEquals("2021", c.get("periods").get(1).asText());
        assertEquals(2, c.get("figures").size());
        assertFalse(c.get("reason").asText().isEmpty());
    }

    @Test
    void cooccurrence() throws Exception {
        List<DocumentMentions> docs = List.of(CooccurrenceFixtures.first(), CooccurrenceFixtures.second());
        Cooccurrence co = Cooccurrence.standard();
        JsonNode m = json(co.matrix(EntityType.REGION, EntityType.POLICY, CooccurrenceLevel.PARAGRAPH, docs));
        assertEquals("region", m.get("a").asText());
        assertEquals("paragraph", m.get("level").asText());
        assertEquals(5, m.get("cells").size());
        assertTrue(m.get("cells").get(0).has("count"));
        assertEquals(2, m.get("documents").asInt());

        JsonNode p = json(co.partners("西安", EntityType.REGION, docs));
        assertTrue(p.get("found").asBoolean());
        JsonNode example = p.get("partners").get(0).get("examples").get(0);
        assertEquals("sentence", example.get("level").asText());
        assertEquals("region", example.get("highlights").get(0).get("type").asText());
        assertEquals(0, example.get("start").asInt());
    }

    @Test
    void resolvedIndicator() throws Exception {
        JsonNode r = json(IndicatorConcepts.standard().resolve("R&D经费内部支出", "ratio", "share"));
        assertEquals("rd_expenditure.share", r.get("id").asText());
        assertEquals("share", r.get("measure").asText());
        assertTrue(r.get("known").asBoolean());
    }
}
