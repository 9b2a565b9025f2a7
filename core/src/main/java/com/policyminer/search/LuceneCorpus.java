package com.policyminer.search;

import com.policyminer.compare.DocumentMentions;
import com.policyminer.compare.FigureLoader;
import com.policyminer.compare.MentionUnits;
import com.policyminer.index.EntityFields;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.model.EntityType;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;
import org.apache.lucene.document.Document;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The comparisons' corpus in the embedded index: a version is a reader (held by its reference count), read in index
 * order from stored fields, nothing collected: each figure's stored JSON, each report's text and the mentions of its
 * extraction document (the last one, should there be several).
 */
public final class LuceneCorpus implements CorpusSource {

    private static final Set<String> REPORT_FIELDS = Set.of(Schema.DOC_ID.fieldName(), Schema.PATH.fieldName(),
            Schema.TITLE.fieldName(), Schema.BODY.fieldName());

    private final ReferenceManager<IndexSearcher> searchers;

    public LuceneCorpus(ReferenceManager<IndexSearcher> searchers) {
        this.searchers = searchers;
    }

    /** The current reader (refreshed first), held. */
    @Override
    public Version current() throws IOException {
        searchers.maybeRefresh();
        IndexSearcher s = searchers.acquire();
        try {
            IndexReader reader = s.getIndexReader();
            reader.incRef();
            return new ReaderVersion(reader);
        } finally {
            searchers.release(s);
        }
    }

    private final class ReaderVersion implements Version {
        private final IndexReader reader;

        ReaderVersion(IndexReader reader) {
            this.reader = reader;
        }

        @Override
        public Object id() {
            return reader;
        }

        @Override
        public int figuresAtMost() {
            long n = 0;
            try {
                for (LeafReaderContext leaf : reader.leaves()) {
                    n += leaf.reader().docFreq(new Term(Schema.TYPE.fieldName(), Schema.TYPE_FIGURE)); // deleted ones too
                }
            } catch (IOException e) {
                return 0; // only a hint
            }
            return (int) Math.min(n, Integer.MAX_VALUE - 16);
        }

        @Override
        public void figures(FigureVisitor each) throws IOException {
            String item = Schema.ITEM_JSON.fieldName();
            forEach(new IndexSearcher(reader), Schema.TYPE_FIGURE, Set.of(item),
                    (d, doc) -> each.accept(StoredJson.read(d.get(item), Figure.class), doc));
        }

        @Override
        public void reports(ReportVisitor each) throws IOException {
            IndexSearcher s = new IndexSearcher(reader);
            Set<String> seen = new HashSet<>();
            forEach(s, Schema.TYPE_REPORT, REPORT_FIELDS, (d, doc) -> {
                String id = d.get(Schema.DOC_ID.fieldName());
                if (!seen.add(id)) {
                    return;
                }
                each.accept(d.get(Schema.PATH.fieldName()), withMentions(s, d, id));
            });
        }

        /**
         * Each report's mention units as ingest kept them (binary doc values: no stored text is read); a report
         * written by an older build, which has none, is read with its text and its units worked out again.
         */
        @Override
        public void mentionUnits(UnitsVisitor each) throws IOException {
            IndexSearcher s = new IndexSearcher(reader);
            Set<String> seen = new HashSet<>();
            int fromText = 0;
            Weight w = s.createWeight(s.rewrite(type(Schema.TYPE_REPORT)), ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = w.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                SortedDocValues ids = DocValues.getSorted(leaf.reader(), Schema.DOC_ID.fieldName());
                BinaryDocValues kept = leaf.reader().getBinaryDocValues(Schema.MENTION_UNITS.fieldName());
                StoredFields stored = null;
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    if (kept != null && kept.advanceExact(doc) && ids.advanceExact(doc)) {
                        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                        if (!seen.add(id)) {
                            continue;
                        }
                        org.apache.lucene.util.BytesRef b = kept.binaryValue();
                        MentionUnits units = null;
                        try {
                            units = MentionUnits.fromBytes(b.bytes, b.offset, b.length);
                        } catch (IllegalArgumentException e) {
                            org.slf4j.LoggerFactory.getLogger(LuceneCorpus.class).warn(
                                    "co-occurrence: report {}: its mention units cannot be read ({}); its text is read instead", id, e.getMessage());
                        }
                        if (units != null) {
                            each.accept(units);
                            continue;
                        }
                        seen.remove(id);
                    }
                    if (stored == null) {
                        stored = sequential(leaf);
                    }
                    Document d = stored.document(doc, REPORT_FIELDS);
                    String id = d.get(Schema.DOC_ID.fieldName());
                    if (seen.add(id)) {
                        each.accept(MentionUnits.of(withMentions(s, d, id)));
                        fromText++;
                    }
                }
            }
            if (fromText > 0 && TOLD_TO_REINDEX.compareAndSet(false, true)) {
                org.slf4j.LoggerFactory.getLogger(LuceneCorpus.class).info("co-occurrence: {} of {} reports were indexed by an "
                        + "older build, without their mention units: their texts were read instead; an index built again "
                        + "(ingest into an empty index folder) makes the corpus view faster", fromText, seen.size());
            }
        }

        @Override
        public void reportsMentioning(Predicate<List<Mention>> wanted, ReportVisitor each) throws IOException {
            IndexSearcher s = new IndexSearcher(reader);
            // the mentions of every report (no text), then the text of those that mention it
            Map<String, List<Mention>> mentioning = new LinkedHashMap<>();
            forEach(s, Schema.TYPE_EXTRACTION, mentionFields(), (d, doc) -> {
                String id = d.get(Schema.DOC_ID.fieldName());
                List<Mention> all = mentions(d, id);
                if (wanted.test(all)) {
                    mentioning.put(id, all);
                } else {
                    mentioning.remove(id); // the last mentions document of a report counts
                }
            });
            TreeMap<Integer, Map.Entry<String, DocumentMentions>> inOrder = new TreeMap<>();
            for (Map.Entry<String, List<Mention>> e : mentioning.entrySet()) {
                ScoreDoc[] hits = s.search(ofReport(Schema.TYPE_REPORT, e.getKey()), 1, new Sort(SortField.FIELD_DOC)).scoreDocs;
                if (hits.length > 0) {
                    Document d = s.storedFields().document(hits[0].doc, REPORT_FIELDS);
                    inOrder.put(hits[0].doc, Map.entry(d.get(Schema.PATH.fieldName()), new DocumentMentions(e.getKey(),
                            d.get(Schema.TITLE.fieldName()), d.get(Schema.BODY.fieldName()), e.getValue())));
                }
            }
            for (Map.Entry<String, DocumentMentions> e : inOrder.values()) {
                each.accept(e.getKey(), e.getValue());
            }
        }

        @Override
        public FigureLoader loader() {
            return new IndexedFigures(reader, searchers);
        }

        @Override
        public void retain() {
            reader.incRef();
        }

        @Override
        public void release() {
            try {
                if (reader.getRefCount() > 0) {
                    reader.decRef();
                }
            } catch (IOException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(LuceneCorpus.class).warn("cannot release a reader: {}", e.toString());
            }
        }
    }

    /** Whether a report read from its text has been told of in the log (once per process). */
    private static final java.util.concurrent.atomic.AtomicBoolean TOLD_TO_REINDEX = new java.util.concurrent.atomic.AtomicBoolean();

    /** A report document's text with the mentions of its mentions document (the last one, should there be several). */
    private static DocumentMentions withMentions(IndexSearcher s, Document d, String id) throws IOException {
        ScoreDoc[] hits = s.search(ofReport(Schema.TYPE_EXTRACTION, id), 16, new Sort(SortField.FIELD_DOC)).scoreDocs;
        List<Mention> all = hits.length == 0 ? List.of()
                : mentions(s.storedFields().document(hits[hits.length - 1].doc, mentionFields()), id);
        return new DocumentMentions(id, d.get(Schema.TITLE.fieldName()), d.get(Schema.BODY.fieldName()), all);
    }

    private static Set<String> mentionFields() {
        Set<String> fields = new HashSet<>(Set.of(Schema.DOC_ID.fieldName()));
        for (EntityType t : EntityType.values()) {
            fields.add(EntityFields.mentions(t).fieldName());
        }
        return fields;
    }

    /** The regions, organizations and policies of a mentions document, in text order. */
    private static List<Mention> mentions(Document d, String id) {
        List<Mention> all = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            String json = d.get(EntityFields.mentions(t).fieldName());
            if (json != null) {
                all.addAll(MentionSearch.read(json, t, id));
            }
        }
        all.sort(java.util.Comparator.comparingInt(Mention::start));
        return all;
    }

    /** The index documents of one type of report {@code id}. */
    private static Query ofReport(String type, String id) {
        return new BooleanQuery.Builder()
                .add(type(type), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.DOC_ID.fieldName(), id)), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Each live document of one type, its {@code fields} read, with its number, in index order (nothing collected). */
    private static void forEach(IndexSearcher s, String type, Set<String> fields, DocumentConsumer each) throws IOException {
        Weight w = s.createWeight(s.rewrite(type(type)), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = sequential(leaf);
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    each.accept(stored.document(doc, fields), leaf.docBase + doc);
                }
            }
        }
    }

    /**
     * The stored fields of a segment as a merge reads them, for this thread and in document order: each compressed
     * block is decompressed once for all the documents read from it (the figures of a report and its text share
     * blocks), not once for each (a quarter less CPU for the figures of 20,000 reports).
     */
    private static StoredFields sequential(LeafReaderContext leaf) throws IOException {
        if (leaf.reader() instanceof CodecReader codec && codec.getFieldsReader() != null) {
            StoredFieldsReader merging = codec.getFieldsReader().getMergeInstance();
            return new StoredFields() {
                @Override
                public void document(int doc, StoredFieldVisitor visitor) throws IOException {
                    merging.document(doc, visitor);
                }
            };
        }
        return leaf.reader().storedFields();
    }

    @FunctionalInterface
    private interface DocumentConsumer {
        void accept(Document d, int doc) throws IOException;
    }

    private static TermQuery type(String type) {
        return new TermQuery(new Term(Schema.TYPE.fieldName(), type));
    }
}
