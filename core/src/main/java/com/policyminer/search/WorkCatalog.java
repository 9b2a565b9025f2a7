package com.policyminer.search;

import com.policyminer.index.Schema;
import com.policyminer.works.IncrementalGrouper;
import com.policyminer.works.TextFingerprint;
import com.policyminer.works.WorkGrouper;
import com.policyminer.works.Works;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import com.policyminer.model.Provenance;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The works of the index: every report's fingerprint (binary doc values; stored text is read only to
 * verify a pair whose estimate is near the rule) grouped by {@link WorkGrouper}, once per index version,
 * incrementally ({@link IncrementalGrouper}: a new version compares only the reports added, changed or
 * removed since the last; the fingerprints are in the index, so the works survive a restart and come out
 * the same after a re-ingest). Search collapses hits by the
 * {@link View#workOrdinal work ordinal} of each document.
 */
public final class WorkCatalog {

    /**
     * The works as of one reader.
     *
     * @param works       the works and their links
     * @param workOrdinal top-level document number → index of its work in {@code works.works()}, −1 for
     *                    documents that are not reports
     * @param workOfDoc   content id → work id
     * @param ordinalOfWork work id → index of the work in {@code works.works()}
     * @param provenance  content id → where the file came from
     * @param collections content id → its collections (absent: none)
     * @param tags        content id → its tags (absent: none)
     * @param millis      time taken to read the fingerprints and group them
     */
    public record View(Works works, int[] workOrdinal, Map<String, String> workOfDoc, Map<String, Integer> ordinalOfWork,
                       Map<String, Provenance> provenance, Map<String, List<String>> collections, Map<String, List<String>> tags,
                       long millis) {

        /**
         * The reports in any of these collections and with any of these tags (an empty list does not
         * filter), among {@code docs} when it is not empty; null when neither list filters.
         */
        public List<String> documentsIn(List<String> inCollections, List<String> withTags, List<String> docs) {
            if (inCollections.isEmpty() && withTags.isEmpty()) {
                return null;
            }
            java.util.Set<String> among = docs.isEmpty() ? null : new java.util.HashSet<>(docs);
            return workOfDoc.keySet().stream().sorted()
                    .filter(id -> among == null || among.contains(id))
                    .filter(id -> inCollections.isEmpty() || collections.getOrDefault(id, List.of()).stream().anyMatch(inCollections::contains))
                    .filter(id -> withTags.isEmpty() || tags.getOrDefault(id, List.of()).stream().anyMatch(withTags::contains))
                    .toList();
        }

        /** The work id of a report, or its own id when the report is not known (indexed after this view). */
        public String workOf(String docId) {
            return workOfDoc.getOrDefault(docId, docId);
        }

        /** The work of a report (by the report's id or the work's). */
        public java.util.Optional<Works.Work> work(String id) {
            String workId = workOfDoc.get(id);
            return workId == null ? java.util.Optional.empty()
                    : java.util.Optional.of(works.works().get(ordinalOfWork.get(workId)));
        }
    }

    /** Views of the last few readers: a cursor pages through an older reader while new searches see the newest. */
    private final java.util.LinkedHashMap<IndexReader, View> cached = new java.util.LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<IndexReader, View> eldest) {
            return size() > 3;
        }
    };

    private final ReferenceManager<IndexSearcher> searchers;

    public WorkCatalog(ReferenceManager<IndexSearcher> searchers) {
        this.searchers = searchers;
    }

    /** The works of the index as last refreshed (the index refreshes its searchers at every commit). */
    public View get() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return of(s.getIndexReader());
        } finally {
            searchers.release(s);
        }
    }

    /** The works of the index as this reader sees it (built once per reader). */
    public synchronized View of(IndexReader reader) throws IOException {
        View v = cached.get(reader);
        if (v == null) {
            v = load(reader);
            cached.put(reader, v);
        }
        return v;
    }

    /** The works as of the last reader grouped: each new reader compares only the reports added, changed or removed since. */
    private final IncrementalGrouper grouper = new IncrementalGrouper();

    private View load(IndexReader reader) throws IOException {
        long t0 = System.nanoTime();
        List<WorkGrouper.File> files = new ArrayList<>();
        List<Integer> docs = new ArrayList<>();
        Map<String, Provenance> provenance = new HashMap<>();
        Map<String, List<String>> collections = new HashMap<>();
        Map<String, List<String>> tags = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues prints = leaf.reader().getBinaryDocValues(Schema.FINGERPRINT.fieldName());
            if (prints == null) {
                continue;
            }
            SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.DOC_ID.fieldName());
            SortedDocValues paths = leaf.reader().getSortedDocValues(Schema.PATH.fieldName());
            SortedDocValues names = leaf.reader().getSortedDocValues(Schema.FILE_NAME.fieldName());
            SortedDocValues sources = leaf.reader().getSortedDocValues(Schema.SOURCE_URL.fieldName());
            SortedDocValues uploaders = leaf.reader().getSortedDocValues(Schema.UPLOADER.fieldName());
            NumericDocValues uploaded = leaf.reader().getNumericDocValues(Schema.UPLOADED_AT.fieldName());
            SortedSetDocValues inCollections = leaf.reader().getSortedSetDocValues(Schema.COLLECTION.fieldName());
            SortedSetDocValues withTags = leaf.reader().getSortedSetDocValues(Schema.TAG.fieldName());
            Bits live = leaf.reader().getLiveDocs();
            for (int d = prints.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = prints.nextDoc()) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                BytesRef b = prints.binaryValue();
                TextFingerprint f = TextFingerprint.fromBytes(b.bytes, b.offset, b.length);
                String id = value(ids, d);
                files.add(new WorkGrouper.File(id, value(paths, d), value(names, d), f));
                String source = value(sources, d);
                String at = uploaded != null && uploaded.advanceExact(d)
                        ? java.time.Instant.ofEpochMilli(uploaded.longValue()).toString() : null;
                putValues(collections, id, inCollections, d);
                putValues(tags, id, withTags, d);
                String uploader = value(uploaders, d);
                provenance.put(id, new Provenance(value(paths, d), value(names, d), at, source.isEmpty() ? null : source,
                        uploader.isEmpty() ? null : uploader));
                docs.add(leaf.docBase + d);
            }
        }
        Works works = grouper.update(files, exactJaccard(reader, files, docs));
        Map<String, Integer> ordinalOfWork = new HashMap<>();
        for (int i = 0; i < works.works().size(); i++) {
            ordinalOfWork.put(works.works().get(i).id(), i);
        }
        Map<String, String> workOfDoc = works.workOfDocument();
        int[] ordinal = new int[reader.maxDoc()];
        Arrays.fill(ordinal, -1);
        for (int i = 0; i < files.size(); i++) {
            ordinal[docs.get(i)] = ordinalOfWork.get(workOfDoc.get(files.get(i).docId()));
        }
        return new View(works, ordinal, workOfDoc, ordinalOfWork, provenance, collections, tags, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * The exact shingle Jaccard similarity of two reports, from their stored text (read only for the few
     * pairs whose estimate is near the rule; each text's shingles kept for the rest of this grouping).
     */
    private static WorkGrouper.ExactJaccard exactJaccard(IndexReader reader, List<WorkGrouper.File> files, List<Integer> docs) {
        Map<String, Integer> docOf = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            docOf.put(files.get(i).docId(), docs.get(i));
        }
        Map<String, long[]> shingles = new HashMap<>();
        java.util.function.Function<String, long[]> read = id -> {
            try {
                String text = reader.storedFields().document(docOf.get(id), java.util.Set.of(Schema.BODY.fieldName()))
                        .get(Schema.BODY.fieldName());
                return TextFingerprint.shingleSet(text == null ? "" : text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        return (a, b) -> TextFingerprint.jaccard(shingles.computeIfAbsent(a.docId(), read), shingles.computeIfAbsent(b.docId(), read));
    }

    private static void putValues(Map<String, List<String>> into, String id, SortedSetDocValues dv, int doc) throws IOException {
        if (dv == null || !dv.advanceExact(doc)) {
            return;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < dv.docValueCount(); i++) {
            values.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
        }
        into.put(id, List.copyOf(values));
    }

    /** Every collection with the number of reports in it, by name. */
    public static java.util.SortedMap<String, Integer> collectionCounts(View view) {
        java.util.SortedMap<String, Integer> out = new java.util.TreeMap<>();
        view.collections().values().forEach(cs -> cs.forEach(c -> out.merge(c, 1, Integer::sum)));
        return out;
    }

    private static String value(SortedDocValues dv, int doc) throws IOException {
        return dv != null && dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : "";
    }
}
