package com.policyminer.solr;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checked-in configset ({@code solr/configset/conf}) is what {@link SolrConfigset} makes from the single
 * schema: a field added to {@code Schema} without regenerating fails here. {@code -Dconfigset.rewrite=true}
 * rewrites the files (review the diff, then commit).
 */
class ConfigsetDriftTest {

    @Test
    void theCheckedInConfigsetIsTheGeneratedOne() throws IOException {
        if (Boolean.getBoolean("configset.rewrite")) {
            SolrConfigset.write(SolrConfigset.CHECKED_IN);
        }
        Map<String, String> made = SolrConfigset.files();
        try (Stream<Path> s = Files.list(SolrConfigset.CHECKED_IN)) {
            assertEquals(new TreeSet<>(made.keySet()), new TreeSet<>(s.map(p -> p.getFileName().toString()).toList()),
                    "the files of " + SolrConfigset.CHECKED_IN);
        }
        for (Map.Entry<String, String> f : made.entrySet()) {
            String checkedIn = Files.readString(SolrConfigset.CHECKED_IN.resolve(f.getKey()), StandardCharsets.UTF_8);
            assertEquals(f.getValue(), checkedIn, f.getKey() + " drifted from the schema: run this test with -Dconfigset.rewrite=true");
        }
    }

    @Test
    void theSchemaHasEveryFieldOfTheSingleListAndTheHanlpAnalyzerBySpiName() {
        String schema = SolrConfigset.files().get("managed-schema.xml");
        for (com.policyminer.index.Schema f : com.policyminer.index.Schema.values()) {
            assertTrue(schema.contains("<field name=\"" + f.fieldName() + "\""), f.fieldName());
        }
        assertTrue(schema.contains("<tokenizer name=\"hanlp\"/>"), schema);
    }
}
