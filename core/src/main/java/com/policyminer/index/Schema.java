package com.policyminer.index;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one definition of every index field. The index holds three kinds of Lucene documents, all
 * in one block per report so a report and everything extracted from it are replaced atomically:
 * {@code type=figure} (one per figure, for range queries on values), {@code type=extraction}
 * (at most one per report: its region, organization and policy mentions as JSON, one field per type, with
 * the entities as filter terms and their counts) and {@code type=report} (one per file, last in the
 * block, with the text and the report's view as JSON).
 * Documents of each kind use the fields listed for them; {@link LuceneDocuments} builds them,
 * {@link #analyzers} gives the per-field analyzer, and a Solr configset can be written from here.
 */
public enum Schema {
    // every document
    TYPE("type", FieldKind.KEYWORD, true, false),
    PATH("path", FieldKind.KEYWORD, true, false, true),
    DOC_ID("doc_id", FieldKind.KEYWORD, true, false, true),
    DOC_TITLE("doc_title", FieldKind.STORED, true, false),
    /** Reports: the first 64 bits of the content id, a numeric stand-in for it where speed counts (sort tie-breaks). */
    DOC_KEY("doc_key", FieldKind.LONG, false, false),

    // reports
    TITLE("title", FieldKind.TEXT_HANLP, true, false),
    /** The title as one value, for hit lists and sorting (a text field cannot hold doc values in Solr). */
    TITLE_SORT("title_sort", FieldKind.KEYWORD, false, false, true),
    BODY("body", FieldKind.TEXT_HANLP, true, false),
    BODY_BIGRAM("body_bigram", FieldKind.TEXT_BIGRAM, false, false),
    DATE("date", FieldKind.LONG, true, false),
    FORMAT("format", FieldKind.KEYWORD, true, false, true),
    SIZE("size", FieldKind.LONG, true, false),
    REGION("region", FieldKind.KEYWORD, false, true, true),
    POLICY("policy", FieldKind.KEYWORD, false, true, true),
    ORG("org", FieldKind.KEYWORD, false, true, true),
    YEAR("year", FieldKind.INT, true, true),
    /**
     * The words of the report's file name (the name it was uploaded under, else the last part of its
     * path; extension and separators dropped): a query may name it ({@code name:终稿}), and plain
     * queries search it beside the body and the title.
     */
    NAME("name", FieldKind.TEXT_HANLP, false, false),
    /** The report's file name as one value (the uploaded name, else the last part of the path), for hit lists. */
    FILE_NAME("file_name", FieldKind.KEYWORD, true, false, true),
    /**
     * Reports: the collections the report belongs to — its corpus folders ({@code a/b/x.pdf} is in
     * {@code a} and {@code a/b}) unless its sidecar names others.
     */
    COLLECTION("collection", FieldKind.KEYWORD, false, true, true),
    /** Reports: tags a person gave the report (its sidecar). */
    TAG("tag", FieldKind.KEYWORD, false, true, true),
    /** The words of the URL the report came from (its host and path), searched by {@code source:gov}. */
    SOURCE("source", FieldKind.TEXT_HANLP, false, false),
    /** The URL the report came from (given at upload, or found in the file), for hit lists and works. */
    SOURCE_URL("source_url", FieldKind.KEYWORD, true, false, true),
    /** Who uploaded the file: the name of the named write token it came with ({@code uploader:张三}); absent otherwise. */
    UPLOADER("uploader", FieldKind.KEYWORD, true, false, true),
    /** When the file was first uploaded (epoch milliseconds); absent for files put into the corpus folder. */
    UPLOADED_AT("uploaded_at", FieldKind.LONG, true, false),
    /**
     * Paged reports: each page's number, printed label and text span as {@link StoredPages} JSON, read
     * with the body by the highlighter to give each passage its page (the view JSON holds the pages
     * too, with their line boxes, but is larger to read).
     */
    PAGE_MAP("page_map", FieldKind.STORED, true, false),
    /**
     * Reports: the {@code TextFingerprint} of the text (MinHash bins and shingle count), as binary doc
     * values: read for every report to group files into works, without touching stored text.
     */
    FINGERPRINT("fingerprint", FieldKind.BINARY, false, false, true),
    /**
     * Reports: which entities each sentence and paragraph of the text mentions ({@code MentionUnits}), as binary doc
     * values: what co-occurrence counts, read for every report without its text. Every report written since it was
     * added has it (a report that mentions nothing, an empty list); an index from before is read from its texts.
     */
    MENTION_UNITS("mention_units", FieldKind.BINARY, false, false, true),
    /** The report as {@code DocumentView} JSON (metadata, structure) without its text, mentions and figures, which BODY, the extraction and the figure documents hold. */
    DOCUMENT_JSON("document_json", FieldKind.STORED, true, false),

    // figures (searched by these fields, read back from ITEM_JSON)
    SUBJECT("subject", FieldKind.KEYWORD, false, false),
    /** region, region-group, organization, company, market, sector, programme, other; "" without a subject. */
    SUBJECT_TYPE("subject_type", FieldKind.KEYWORD, false, false),
    INDICATOR("indicator", FieldKind.TEXT_HANLP, false, false),
    /** The indicator's concept id from compare/indicators.tsv (rd_intensity), without its measure; "" when unknown. */
    INDICATOR_CONCEPT("indicator_concept", FieldKind.KEYWORD, false, false),
    UNIT("unit", FieldKind.KEYWORD, false, false),
    NORMALIZED_UNIT("normalized_unit", FieldKind.KEYWORD, false, false),
    NORMALIZED_VALUE("normalized_value", FieldKind.DOUBLE, true, false),
    KIND("kind", FieldKind.KEYWORD, false, false),
    /**
     * The words of the figure's sentence; on the first figure of a run of figures that share a sentence (a 分别 list,
     * a table row) only: the others have it empty and point at that one with {@link #SENTENCE_LEAD}.
     */
    SENTENCE("sentence", FieldKind.TEXT_HANLP, false, false),
    /**
     * Figures whose sentence is the previous figure's: how many documents back the run's first figure (the one
     * whose {@link #SENTENCE} holds the words) is; absent on that one and on figures with a sentence of their own.
     * {@code SharedSentenceQuery} reads it.
     */
    SENTENCE_LEAD("sentence_lead", FieldKind.INT, false, false),

    START("start", FieldKind.INT, true, false),
    /** Figures of paged reports: the physical number (1-based) of the page the figure is on. */
    PAGE("page", FieldKind.INT, true, false),

    // extraction documents (also REGION, POLICY, ORG as filter terms)
    /** The kinds of entity (region, org, policy) the report mentions. */
    MENTION_TYPES("mention_types", FieldKind.KEYWORD, false, true),
    /** {@code type␟entity␟mentions}: what the entity lists count, without reading the JSON. */
    ENTITY_COUNT("entity_count", FieldKind.KEYWORD, false, true, true),
    /** The report's region mentions, as {@link StoredMentions} JSON of {@code RegionMention}s. */
    REGION_MENTIONS("region_mentions", FieldKind.STORED, true, false),
    /** The report's organization mentions, as {@link StoredMentions} JSON of {@code OrganizationMention}s. */
    ORG_MENTIONS("org_mentions", FieldKind.STORED, true, false),
    /** The report's policy mentions, as {@link StoredMentions} JSON of {@code PolicyMention}s. */
    POLICY_MENTIONS("policy_mentions", FieldKind.STORED, true, false),

    /** A figure as JSON. */
    ITEM_JSON("item_json", FieldKind.STORED, true, false);

    public static final String TYPE_REPORT = "report";
    public static final String TYPE_FIGURE = "figure";
    public static final String TYPE_EXTRACTION = "extraction";

    private static final Map<String, Schema> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toMap(Schema::fieldName, Function.identity()));

    private final String fieldName;
    private final FieldKind kind;
    private final boolean stored;
    private final boolean multiValued;
    private final boolean docValues;

    Schema(String fieldName, FieldKind kind, boolean stored, boolean multiValued) {
        this(fieldName, kind, stored, multiValued, false);
    }

    /** @param docValues a string field also kept as doc values (sorting, hit lists, counts); numbers always are */
    Schema(String fieldName, FieldKind kind, boolean stored, boolean multiValued, boolean docValues) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.stored = stored;
        this.multiValued = multiValued;
        this.docValues = docValues || kind == FieldKind.BINARY || kind == FieldKind.LONG || kind == FieldKind.INT || kind == FieldKind.DOUBLE;
    }

    public String fieldName() {
        return fieldName;
    }

    public FieldKind kind() {
        return kind;
    }

    public boolean stored() {
        return stored;
    }

    public boolean multiValued() {
        return multiValued;
    }

    /** Whether the field is also kept as doc values (the Lucene documents add them; Solr declares them). */
    public boolean docValues() {
        return docValues;
    }

    public static Schema byName(String name) {
        return BY_NAME.get(name);
    }


}
