package com.policyminer.analysis;

import com.policyminer.index.SolrSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another Lucene-based engine (Solr, Elasticsearch via a plugin) builds the analyzer from SPI names
 * alone: the chain declared in the generated Solr schema yields exactly our tokens and offsets.
 */
class SpiChainTest {

    @Test
    void chainBuiltFromSpiNamesEqualsTheAnalyzer() throws Exception {
        Analyzer bySpi = CustomAnalyzer.builder()
                .withTokenizer("hanlp")
                .addTokenFilter("cjkWidth")
                .addTokenFilter("lowercase")
                .addTokenFilter("hanlpDecompound")
                .addTokenFilter("hanlpPunctuation")
                .build();
        String text = Files.readString(Path.of("corpus/000_f8820dc2aea3848d.txt"));
        assertEquals(Tokens.of(new HanLPAnalyzer(), text), Tokens.of(bySpi, text));
        String schema = SolrSchema.xml();
        for (String name : new String[] {"<tokenizer name=\"hanlp\"/>", "<filter name=\"hanlpDecompound\"/>",
                "<filter name=\"hanlpPunctuation\"/>", "name=\"body\"", "name=\"body_bigram\"", "name=\"normalized_value\""}) {
            assertTrue(schema.contains(name), name);
        }
        // what the index keeps as doc values, Solr must too (sorting, hit lists, entity counts, facets)
        for (String field : new String[] {"path", "doc_id", "title_sort", "format", "entity_count", "region", "doc_key",
                "normalized_value"}) {
            assertTrue(java.util.regex.Pattern.compile("name=\"" + field + "\"[^>]*docValues=\"true\"").matcher(schema).find(),
                    field + " has doc values");
        }
    }
}
