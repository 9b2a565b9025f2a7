package com.policyminer.index;

/** How a schema field is indexed. Maps one-to-one onto Lucene field classes and Solr field types. */
public enum FieldKind {
    /** Exact string, indexed as one term (filters, ids). Solr: StrField. */
    KEYWORD,
    /** Chinese text, HanLP-segmented, positions and offsets (for phrases and highlighting). Solr: TextField with tokenizer "hanlp". */
    TEXT_HANLP,
    /** Chinese text as CJK character bigrams, positions without offsets (recall fallback). Solr: TextField with the cjkBigramChars tokenizer. */
    TEXT_BIGRAM,
    /** 64-bit integer with points and doc values (range filters, sorting). Solr: LongPointField. */
    LONG,
    /** 32-bit integer with points and doc values. Solr: IntPointField. */
    INT,
    /** Double with points and doc values. Solr: DoublePointField. */
    DOUBLE,
    /** Stored only, never searched (JSON payloads). Solr: StrField indexed=false. */
    STORED,
    /** Bytes kept as doc values only, read whole-corpus (text fingerprints). Solr: BinaryField with docValues. */
    BINARY
}
