package com.policyminer.index;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.analysis.SegmentedTokenStream;
import com.policyminer.analysis.SegmentedWord;
import com.policyminer.extract.DocumentView;
import com.policyminer.extract.Extraction;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps one report and its extracted items onto a block of Lucene documents: figures and
 * mentions first, the report last, all carrying the report's path and id so the block is
 * replaced or deleted as one.
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
        List<Document> block = new ArrayList<>();
        for (Figure f : x.figures()) {
            block.add(figure(d, f));
        }
        addMentions(block, d, "region", x.regions(), RegionMention::name);
        addMentions(block, d, "org", x.organizations(), OrganizationMention::name);
        addMentions(block, d, "policy", x.policies(), PolicyMention::title);
        block.add(facets.build(reportDoc(report, d, x)));
        return block;
    }

    private Document reportDoc(IndexedReport report, ParsedDocument d, Extraction x) {
        Document doc = common(d, Schema.TYPE_REPORT);
        doc.add(new TextField(Schema.TITLE.fieldName(), d.title(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Schema.TITLE.fieldName(), new BytesRef(clip(d.title(), 2000))));
        List<SegmentedWord> words = report.analyzed().tokens().stream()
                .map(t -> new SegmentedWord(t.term(), t.start(), t.end(), t.pos())).toList();
        doc.add(new PreSegmentedField(Schema.BODY.fieldName(), d.text(),
                hanlp.filter(new SegmentedTokenStream(words, d.text().length()))));
        doc.add(new Field(Schema.BODY_BIGRAM.fieldName(), d.text(), BIGRAM_POSITIONS));
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
        addEntities(doc, Schema.REGION, "region", x.regions().stream().map(RegionMention::name).toList());
        addEntities(doc, Schema.POLICY, "policy", x.policies().stream().map(PolicyMention::title).toList());
        addEntities(doc, Schema.ORG, "org", x.organizations().stream().map(OrganizationMention::name).toList());
        // the text is stored once, in the body field; the view is stored without it
        doc.add(new StoredField(Schema.DOCUMENT_JSON.fieldName(), StoredJson.write(DocumentView.of(d, x).withText(""))));
        return doc;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static void addEntities(Document doc, Schema field, String dim, List<String> names) {
        Set<String> unique = new LinkedHashSet<>(names);
        for (String n : unique) {
            if (n == null || n.isBlank()) {
                continue;
            }
            doc.add(new StringField(field.fieldName(), n, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(dim, n));
        }
    }

    private static Document figure(ParsedDocument d, Figure f) {
        Document doc = common(d, Schema.TYPE_FIGURE);
        doc.add(new StringField(Schema.SUBJECT.fieldName(), f.subject(), Field.Store.YES));
        doc.add(new TextField(Schema.INDICATOR.fieldName(), f.indicator(), Field.Store.YES));
        doc.add(new StringField(Schema.INDICATOR_EXACT.fieldName(), f.indicator(), Field.Store.NO));
        doc.add(new StringField(Schema.UNIT.fieldName(), f.unit(), Field.Store.YES));
        doc.add(new StringField(Schema.NORMALIZED_UNIT.fieldName(), f.normalizedUnit(), Field.Store.YES));
        doc.add(new StringField(Schema.KIND.fieldName(), f.kind(), Field.Store.YES));
        doc.add(new DoublePoint(Schema.NORMALIZED_VALUE.fieldName(), f.normalizedValue()));
        doc.add(new NumericDocValuesField(Schema.NORMALIZED_VALUE.fieldName() + "_sort",
                org.apache.lucene.util.NumericUtils.doubleToSortableLong(f.normalizedValue())));
        if (f.year() != null) {
            doc.add(new IntPoint(Schema.YEAR.fieldName(), f.year()));
            doc.add(new NumericDocValuesField(Schema.YEAR.fieldName(), f.year()));
        }
        doc.add(new TextField(Schema.SENTENCE.fieldName(), f.sentence(), Field.Store.NO));
        doc.add(new IntPoint(Schema.START.fieldName(), f.start()));
        doc.add(new NumericDocValuesField(Schema.START.fieldName(), f.start()));
        doc.add(new StoredField(Schema.ITEM_JSON.fieldName(), StoredJson.write(f)));
        return doc;
    }

    /** One Lucene document per entity of the report, holding all its mentions there (in reading order). */
    private static <M extends Mention> void addMentions(List<Document> block, ParsedDocument d, String type, List<M> mentions,
                                                        java.util.function.Function<M, String> entityOf) {
        java.util.Map<String, List<M>> byEntity = new java.util.LinkedHashMap<>();
        for (M m : mentions) {
            byEntity.computeIfAbsent(entityOf.apply(m), k -> new ArrayList<>()).add(m);
        }
        byEntity.forEach((entity, ms) -> block.add(mentions(d, type, entity, ms)));
    }

    private static Document mentions(ParsedDocument d, String type, String entity, List<? extends Mention> ms) {
        Document doc = common(d, Schema.TYPE_MENTION);
        doc.add(new StringField(Schema.MENTION_TYPE.fieldName(), type, Field.Store.YES));
        doc.add(new StringField(Schema.ENTITY.fieldName(), entity, Field.Store.YES));
        doc.add(new SortedDocValuesField(Schema.ENTITY.fieldName(), new BytesRef(entity)));
        doc.add(new IntPoint(Schema.START.fieldName(), ms.get(0).start()));
        doc.add(new NumericDocValuesField(Schema.START.fieldName(), ms.get(0).start()));
        doc.add(new NumericDocValuesField(Schema.MENTION_COUNT.fieldName(), ms.size()));
        List<String> contexts = ms.stream().map(m -> Context.around(d.text(), m.start(), m.end())).toList();
        doc.add(new StoredField(Schema.CONTEXT.fieldName(), StoredJson.write(contexts)));
        doc.add(new StoredField(Schema.ITEM_JSON.fieldName(), StoredJson.write(ms)));
        return doc;
    }

    private static Document common(ParsedDocument d, String type) {
        Document doc = new Document();
        doc.add(new StringField(Schema.TYPE.fieldName(), type, Field.Store.YES));
        doc.add(new StringField(Schema.PATH.fieldName(), d.path(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Schema.PATH.fieldName(), new BytesRef(d.path())));
        doc.add(new StringField(Schema.DOC_ID.fieldName(), d.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Schema.DOC_ID.fieldName(), new BytesRef(d.id())));
        if (!type.equals(Schema.TYPE_REPORT)) {
            doc.add(new StoredField(Schema.DOC_TITLE.fieldName(), d.title()));
        }
        return doc;
    }
}
