package com.policyminer.index;

import com.policyminer.model.EntityType;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.analysis.SegmentedTokenStream;
import com.policyminer.compare.IndicatorConcepts;
import com.policyminer.extract.DocumentView;
import com.policyminer.extract.Extraction;
import com.policyminer.model.Figure;
import com.policyminer.model.Token;
import com.policyminer.model.ParsedDocument;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps one report and its extracted items onto a block of Lucene documents: one per figure, one
 * holding its mentions (the extraction), and the report last, all carrying the report's path and
 * id so the block is replaced or deleted as one. The report document stores its text and its view
 * (for the document API); the extraction document stores each kind of mention as a small JSON
 * array, so the mention lists and entity lists read only what they need.
 */
public final class LuceneDocuments {

    /** Facet dimensions on report documents. */
    public static final List<String> FACETS = List.of("region", "policy", "org", "year", "format");

    /**
     * Character bigrams with positions (phrases) but no offsets: the highlighter re-analyzes the
     * stored body for the rare query answered through this field, and indexing stays cheaper.
     */
    static final org.apache.lucene.document.FieldType BIGRAM_POSITIONS = new org.apache.lucene.document.FieldType();

    static {
        BIGRAM_POSITIONS.setTokenized(true);
        BIGRAM_POSITIONS.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        BIGRAM_POSITIONS.freeze();
    }

    private final HanLPAnalyzer hanlp;
    private final FacetsConfig facets = facetsConfig();

    public LuceneDocuments(HanLPAnalyzer hanlp) {
        this.hanlp = hanlp;
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : List.of("region", "policy", "org")) {
            c.setMultiValued(dim, true);
        }
        return c;
    }

    public FacetsConfig facets() {
        return facets;
    }

    public List<Document> block(IndexedReport report) throws IOException {
        ParsedDocument d = report.analyzed().document();
        Extraction x = report.extraction();
        Keys keys = new Keys(d);
        List<Document> block = new ArrayList<>();
        int[] leads = SentenceRuns.leadOffsets(x.figures());
        for (int i = 0; i < leads.length; i++) {
            block.add(figure(report, x.figures().get(i), keys, leads[i]));
        }
        Map<EntityType, Map<String, Integer>> entities = new java.util.EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            entities.put(t, EntityFields.names(t, x));
        }
        if (entities.values().stream().anyMatch(names -> !names.isEmpty())) {
            block.add(extraction(d, x, entities, keys)); // a report that mentions nothing has none
        }
        block.add(facets.build(reportDoc(report, d, entities, keys)));
        return block;
    }

    private Document reportDoc(IndexedReport report, ParsedDocument d, Map<EntityType, Map<String, Integer>> entities,
                               Keys keys) {
        Document doc = common(d, Schema.TYPE_REPORT, keys);
        doc.add(new TextField(Schema.TITLE.fieldName(), d.title(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Schema.TITLE_SORT.fieldName(), new BytesRef(clip(d.title(), 2000))));
        doc.add(new PreSegmentedField(Schema.BODY.fieldName(), d.text(),
                hanlp.filter(new SegmentedTokenStream(report.analyzed().tokens(), d.text().length()))));
        doc.add(new Field(Schema.BODY_BIGRAM.fieldName(), d.text(), BIGRAM_POSITIONS));
        String fileName = d.fileName();
        doc.add(new TextField(Schema.NAME.fieldName(), nameWords(fileName), Field.Store.NO));
        doc.add(new StoredField(Schema.FILE_NAME.fieldName(), fileName));
        doc.add(new SortedDocValuesField(Schema.FILE_NAME.fieldName(), new BytesRef(clip(fileName, 2000))));
        if (!d.pages().isEmpty()) {
            doc.add(new StoredField(Schema.PAGE_MAP.fieldName(), StoredPages.write(d.pages())));
        }
        if (d.date() != null) {
            long day = d.date().toEpochDay();
            doc.add(new LongPoint(Schema.DATE.fieldName(), day));
            doc.add(new NumericDocValuesField(Schema.DATE.fieldName(), day));
            doc.add(new StoredField(Schema.DATE.fieldName(), d.date().toString()));
            doc.add(new SortedSetDocValuesFacetField("year", String.valueOf(d.date().getYear())));
        }
        doc.add(new StringField(Schema.FORMAT.fieldName(), d.format(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Schema.FORMAT.fieldName(), new BytesRef(d.format())));
        doc.add(new SortedSetDocValuesFacetField("format", d.format()));
        doc.add(new StoredField(Schema.SIZE.fieldName(), d.sizeBytes()));
        for (String c : ReportCollections.collections(d)) {
            doc.add(new StringField(Schema.COLLECTION.fieldName(), c, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(Schema.COLLECTION.fieldName(), new BytesRef(clip(c, 2000))));
        }
        for (String t : ReportCollections.tags(d)) {
            doc.add(new StringField(Schema.TAG.fieldName(), t, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(Schema.TAG.fieldName(), new BytesRef(clip(t, 2000))));
        }
        String source = d.metadata().get(ParsedDocument.SOURCE_URL);
        doc.add(new TextField(Schema.SOURCE.fieldName(), source == null ? "" : com.policyminer.parse.SourceUrl.words(source), Field.Store.NO));
        if (source != null) {
            doc.add(new StoredField(Schema.SOURCE_URL.fieldName(), source));
            doc.add(new SortedDocValuesField(Schema.SOURCE_URL.fieldName(), new BytesRef(clip(source, 2000))));
        }
        String uploader = d.metadata().get(ParsedDocument.UPLOADED_BY);
        if (uploader != null) {
            doc.add(new StringField(Schema.UPLOADER.fieldName(), uploader, Field.Store.YES));
            doc.add(new SortedDocValuesField(Schema.UPLOADER.fieldName(), new BytesRef(clip(uploader, 2000))));
        }
        String uploaded = d.metadata().get(ParsedDocument.UPLOADED_AT);
        if (uploaded != null) {
            try {
                long millis = java.time.Instant.parse(uploaded).toEpochMilli();
                doc.add(new LongPoint(Schema.UPLOADED_AT.fieldName(), millis));
                doc.add(new NumericDocValuesField(Schema.UPLOADED_AT.fieldName(), millis));
                doc.add(new StoredField(Schema.UPLOADED_AT.fieldName(), uploaded));
            } catch (java.time.format.DateTimeParseException e) {
                // a sidecar written by hand with another format: kept in the metadata only
            }
        }
        doc.add(new org.apache.lucene.document.BinaryDocValuesField(Schema.FINGERPRINT.fieldName(),
                new BytesRef(report.fingerprint().toBytes())));
        doc.add(new org.apache.lucene.document.BinaryDocValuesField(Schema.MENTION_UNITS.fieldName(),
                new BytesRef(EntityFields.units(d.text(), report.extraction()).toBytes())));
        for (EntityType t : EntityType.values()) {
            for (String n : entities.get(t).keySet()) {
                doc.add(new StringField(EntityFields.field(t).fieldName(), n, Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(t.dim(), n));
            }
        }
        // the text is stored once, in the body field, the mentions once, in the extraction document, and
        // each figure once, in its own document: the view is stored without them (ReportLookup puts it
        // back together)
        doc.add(new StoredField(Schema.DOCUMENT_JSON.fieldName(), StoredJson.write(DocumentView.of(d, Extraction.NONE).withText(""))));
        return doc;
    }

    /**
     * The first 64 bits of a content id (hex digits of a SHA-256), as a signed number: a stable order
     * for hits of equal score (not the ids' alphabetical order: those from 8 to f come first), and
     * cheap to sort by (a string sort looks every competing id up).
     */
    public static long docKey(String id) {
        if (id.length() >= 16 && id.chars().limit(16).allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Long.parseUnsignedLong(id.substring(0, 16), 16);
        }
        // not a content hash (ids made by hand in tests): a hash of it, the same every run
        return ((long) id.hashCode() << 32) ^ org.apache.lucene.util.StringHelper.murmurhash3_x86_32(new BytesRef(id), 0x9747b28c);
    }

    /**
     * The searchable words of a file name: without its extension, with the separators people put
     * between words ({@code _ - . + ~}) as spaces, so {@code 西安科创_2023终稿.pdf} is found by 终稿.
     */
    public static String nameWords(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 && fileName.length() - dot <= 9 ? fileName.substring(0, dot) : fileName;
        return stem.replaceAll("[_\\-.+~]+", " ").strip();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** Indicator concepts, so a figure is found by its concept and any of its synonyms. */
    private static final IndicatorConcepts CONCEPTS = IndicatorConcepts.standard();

    /** @param lead how many documents back the figure whose sentence this one shares is; 0: its sentence is its own */
    private Document figure(IndexedReport report, Figure f, Keys keys, int lead) {
        ParsedDocument d = report.analyzed().document();
        Document doc = common(d, Schema.TYPE_FIGURE, keys);
        doc.add(new StringField(Schema.SUBJECT.fieldName(), f.subject(), Field.Store.NO));
        doc.add(new TextField(Schema.INDICATOR.fieldName(), f.indicator(), Field.Store.NO));
        doc.add(new StringField(Schema.INDICATOR_CONCEPT.fieldName(),
                CONCEPTS.resolve(f.indicator(), f.normalizedUnit(), f.kind()).conceptId(), Field.Store.NO));
        doc.add(new StringField(Schema.SUBJECT_TYPE.fieldName(), f.subjectType(), Field.Store.NO));
        doc.add(new StringField(Schema.UNIT.fieldName(), f.unit(), Field.Store.NO));
        doc.add(new StringField(Schema.NORMALIZED_UNIT.fieldName(), f.normalizedUnit(), Field.Store.NO));
        doc.add(new StringField(Schema.KIND.fieldName(), f.kind(), Field.Store.NO));
        doc.add(new DoublePoint(Schema.NORMALIZED_VALUE.fieldName(), f.normalizedValue()));
        doc.add(new NumericDocValuesField(Schema.NORMALIZED_VALUE.fieldName(),
                org.apache.lucene.util.NumericUtils.doubleToSortableLong(f.normalizedValue())));
        if (f.year() != null) {
            doc.add(new IntPoint(Schema.YEAR.fieldName(), f.year()));
            doc.add(new NumericDocValuesField(Schema.YEAR.fieldName(), f.year()));
        }
        if (lead == 0) {
            doc.add(sentence(report, f));
        } else {
            // the words are on the run's first figure (SharedSentenceQuery finds this one through it); the empty
            // field keeps the norms dense (see common)
            doc.add(new Field(Schema.SENTENCE.fieldName(), new EmptyText(), TextField.TYPE_NOT_STORED));
            doc.add(new NumericDocValuesField(Schema.SENTENCE_LEAD.fieldName(), lead));
        }
        doc.add(new IntPoint(Schema.START.fieldName(), f.start()));
        doc.add(new NumericDocValuesField(Schema.START.fieldName(), f.start()));
        if (f.page() != null) {
            doc.add(new IntPoint(Schema.PAGE.fieldName(), f.page()));
            doc.add(new NumericDocValuesField(Schema.PAGE.fieldName(), f.page()));
            doc.add(new StoredField(Schema.PAGE.fieldName(), f.page()));
        }
        doc.add(new StoredField(Schema.ITEM_JSON.fieldName(), StoredJson.write(f)));
        return doc;
    }

    /**
     * The figure's sentence as searchable text: the document's own tokens for that stretch (no
     * second segmentation), or, for a sentence that is not a stretch of the text (a table row put
     * into words), the analyzer's.
     */
    private Field sentence(IndexedReport report, Figure f) {
        String text = report.analyzed().document().text();
        String sentence = f.sentence();
        int from = f.sentenceStart();
        if (from < 0 || from + sentence.length() > text.length() || !text.startsWith(sentence, from)) {
            return new TextField(Schema.SENTENCE.fieldName(), sentence, Field.Store.NO);
        }
        List<Token> tokens = report.analyzed().tokens();
        int to = from + sentence.length();
        int first = Token.firstAtOrAfter(tokens, from);
        int last = first;
        while (last < tokens.size() && tokens.get(last).end() <= to) {
            last++;
        }
        return new Field(Schema.SENTENCE.fieldName(),
                hanlp.filter(new SegmentedTokenStream(tokens.subList(first, last), -from, sentence.length())),
                TextField.TYPE_NOT_STORED);
    }

    /** The separator inside {@link Schema#ENTITY_COUNT} values (a control character no name has). */
    public static final char COUNT_SEPARATOR = '\u001f';

    /** The report's mentions: each kind as {@link StoredMentions} JSON, with the entities as filter terms and counts. */
    private static Document extraction(ParsedDocument d, Extraction x, Map<EntityType, Map<String, Integer>> entities,
                                       Keys keys) {
        Document doc = common(d, Schema.TYPE_EXTRACTION, keys);
        for (EntityType t : EntityType.values()) {
            Map<String, Integer> names = entities.get(t);
            if (names.isEmpty()) {
                continue;
            }
            doc.add(new StringField(Schema.MENTION_TYPES.fieldName(), t.dim(), Field.Store.NO));
            names.forEach((name, n) -> {
                doc.add(new StringField(EntityFields.field(t).fieldName(), name, Field.Store.NO));
                doc.add(new SortedSetDocValuesField(Schema.ENTITY_COUNT.fieldName(),
                        new BytesRef(t.dim() + COUNT_SEPARATOR + name + COUNT_SEPARATOR + n)));
            });
            doc.add(new StoredField(EntityFields.mentions(t).fieldName(), StoredMentions.write(EntityFields.of(t, x))));
        }
        return doc;
    }

    /**
     * The fields every document has. Each text field is on every document, empty where it does not
     * apply (a figure has no body, a report no figure sentence): the norms of a field then cover
     * every document, which Lucene reads directly; norms on some of the documents are looked up in a
     * sparse list — a quarter of a term query's time, and a third of the time of merging the index
     * into one segment (writing a posting looks its document's norm up). Empty fields change no
     * statistic BM25 uses (a field with no terms does not count in docCount).
     */
    private static Document common(ParsedDocument d, String type, Keys keys) {
        Document doc = new Document();
        doc.add(new StringField(Schema.TYPE.fieldName(), type, Field.Store.YES));
        doc.add(new StringField(Schema.PATH.fieldName(), d.path(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Schema.PATH.fieldName(), keys.path()));
        doc.add(new StringField(Schema.DOC_ID.fieldName(), d.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Schema.DOC_ID.fieldName(), keys.id()));
        // on every document, so sorting by it reads a plain array (doc values on some documents are
        // looked up through a sparse index at every competitive hit)
        doc.add(new NumericDocValuesField(Schema.DOC_KEY.fieldName(), keys.docKey()));
        if (!type.equals(Schema.TYPE_REPORT)) {
            doc.add(new StoredField(Schema.DOC_TITLE.fieldName(), d.title()));
            doc.add(new Field(Schema.BODY.fieldName(), new EmptyText(), PreSegmentedField.NOT_STORED_WITH_OFFSETS));
            doc.add(new Field(Schema.TITLE.fieldName(), new EmptyText(), TextField.TYPE_NOT_STORED));
            doc.add(new Field(Schema.NAME.fieldName(), new EmptyText(), TextField.TYPE_NOT_STORED));
            doc.add(new Field(Schema.SOURCE.fieldName(), new EmptyText(), TextField.TYPE_NOT_STORED));
            doc.add(new Field(Schema.BODY_BIGRAM.fieldName(), new EmptyText(), BIGRAM_POSITIONS));
        }
        if (!type.equals(Schema.TYPE_FIGURE)) {
            doc.add(new Field(Schema.SENTENCE.fieldName(), new EmptyText(), TextField.TYPE_NOT_STORED));
            doc.add(new Field(Schema.INDICATOR.fieldName(), new EmptyText(), TextField.TYPE_NOT_STORED));
        }
        return doc;
    }

    /**
     * What every document of a report's block carries, made once per block: the path and id as doc values (the index
     * writer copies a value's bytes, so the documents can share them) and the id's sort key.
     */
    private record Keys(BytesRef path, BytesRef id, long docKey) {
        Keys(ParsedDocument d) {
            this(new BytesRef(d.path()), new BytesRef(d.id()), LuceneDocuments.docKey(d.id()));
        }
    }

    /** A field value that analyzes to nothing, without running an analyzer (one per field: token streams have state). */
    private static final class EmptyText extends org.apache.lucene.analysis.TokenStream {
        @Override
        public boolean incrementToken() {
            return false;
        }
    }
}
