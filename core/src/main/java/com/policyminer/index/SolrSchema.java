package com.policyminer.index;

/**
 * Writes the Solr schema ({@code managed-schema.xml}) for the same fields as {@link Schema}, so the
 * index can move to SolrCloud (Solr 9.10 runs Lucene 9.12) with the same analyzer, loaded by its
 * SPI name {@code hanlp} from the policy-miner jar placed in Solr's lib folder.
 */
public final class SolrSchema {

    private SolrSchema() {
    }

    public static String xml() {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<!-- Generated from com.policyminer.index.Schema: do not edit by hand. -->\n");
        b.append("<schema name=\"policy-miner\" version=\"1.6\">\n");
        b.append("  <uniqueKey>id</uniqueKey>\n");
        b.append("  <field name=\"id\" type=\"string\" indexed=\"true\" stored=\"true\" required=\"true\"/>\n");
        b.append("  <field name=\"_root_\" type=\"string\" indexed=\"true\" stored=\"false\" docValues=\"false\"/>\n");
        b.append("  <field name=\"_nest_path_\" type=\"_nest_path_\"/>\n");
        b.append("  <field name=\"_version_\" type=\"plong\" indexed=\"false\" stored=\"false\"/>\n");
        for (Schema f : Schema.values()) {
            b.append(String.format("  <field name=\"%s\" type=\"%s\" indexed=\"%s\" stored=\"%s\" multiValued=\"%s\"%s/>%n",
                    f.fieldName(), type(f.kind()), f.kind() != FieldKind.STORED && f.kind() != FieldKind.BINARY, f.stored(), f.multiValued(),
                    f.docValues() ? " docValues=\"true\"" : ""));
        }
        b.append("""
                  <fieldType name="string" class="solr.StrField" sortMissingLast="true"/>
                  <fieldType name="plong" class="solr.LongPointField" docValues="true"/>
                  <fieldType name="pint" class="solr.IntPointField" docValues="true"/>
                  <fieldType name="pdouble" class="solr.DoublePointField" docValues="true"/>
                  <fieldType name="binary" class="solr.BinaryField"/>
                  <fieldType name="_nest_path_" class="solr.NestPathField"/>
                  <fieldType name="text_hanlp" class="solr.TextField" positionIncrementGap="100" storeOffsetsWithPositions="true">
                    <analyzer>
                      <tokenizer name="hanlp"/>
                      <filter name="cjkWidth"/>
                      <filter name="lowercase"/>
                      <filter name="hanlpDecompound"/>
                      <filter name="hanlpPunctuation"/>
                    </analyzer>
                  </fieldType>
                  <fieldType name="text_bigram" class="solr.TextField" positionIncrementGap="100">
                    <analyzer>
                      <tokenizer name="cjkBigramChars"/>
                    </analyzer>
                  </fieldType>
                </schema>
                """);
        return b.toString();
    }

    private static String type(FieldKind k) {
        return switch (k) {
            case KEYWORD, STORED -> "string";
            case TEXT_HANLP -> "text_hanlp";
            case TEXT_BIGRAM -> "text_bigram";
            case LONG -> "plong";
            case INT -> "pint";
            case DOUBLE -> "pdouble";
            case BINARY -> "binary";
        };
    }

}
