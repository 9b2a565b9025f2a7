package com.policyminer.search;

import com.policyminer.index.Schema;
import com.policyminer.model.Provenance;
import com.policyminer.works.TextFingerprint;
import com.policyminer.works.WorkGrouper;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports of one index segment as the works need them — path, file name, provenance, collections, tags —
 * read once: a segment never changes after it is written (deletions aside, which the caller applies), so a new
 * index version reads only its new segments (those a commit wrote or a merge made). The fingerprints are not kept
 * here (a kilobyte a report): {@link #fingerprints} reads them for the grouping when it needs them.
 *
 * @param docs        segment document numbers of the reports, ascending
 * @param files       each report as the grouping takes it, without its fingerprint
 * @param provenance  where each came from
 * @param collections each one's collections (empty: none)
 * @param tags        each one's tags (empty: none)
 */
record SegmentReports(int[] docs, WorkGrouper.File[] files, Provenance[] provenance, List<List<String>> collections,
                      List<List<String>> tags) {

    static SegmentReports read(LeafReader reader) throws IOException {
        BinaryDocValues prints = reader.getBinaryDocValues(Schema.FINGERPRINT.fieldName());
        List<Integer> docs = new ArrayList<>();
        List<WorkGrouper.File> files = new ArrayList<>();
        List<Provenance> provenance = new ArrayList<>();
        List<List<String>> collections = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        if (prints != null) {
            SortedDocValues ids = reader.getSortedDocValues(Schema.DOC_ID.fieldName());
            SortedDocValues paths = reader.getSortedDocValues(Schema.PATH.fieldName());
            SortedDocValues names = reader.getSortedDocValues(Schema.FILE_NAME.fieldName());
            SortedDocValues sources = reader.getSortedDocValues(Schema.SOURCE_URL.fieldName());
            SortedDocValues uploaders = reader.getSortedDocValues(Schema.UPLOADER.fieldName());
            NumericDocValues uploaded = reader.getNumericDocValues(Schema.UPLOADED_AT.fieldName());
            SortedSetDocValues inCollections = reader.getSortedSetDocValues(Schema.COLLECTION.fieldName());
            SortedSetDocValues withTags = reader.getSortedSetDocValues(Schema.TAG.fieldName());
            for (int d = prints.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = prints.nextDoc()) {
                String path = value(paths, d);
                String name = value(names, d);
                files.add(new WorkGrouper.File(value(ids, d), path, name, null));
                String source = value(sources, d);
                String uploader = value(uploaders, d);
                String at = uploaded != null && uploaded.advanceExact(d)
                        ? java.time.Instant.ofEpochMilli(uploaded.longValue()).toString() : null;
                provenance.add(new Provenance(path, name, at, source.isEmpty() ? null : source, uploader.isEmpty() ? null : uploader));
                collections.add(values(inCollections, d));
                tags.add(values(withTags, d));
                docs.add(d);
            }
        }
        return new SegmentReports(docs.stream().mapToInt(Integer::intValue).toArray(), files.toArray(WorkGrouper.File[]::new),
                provenance.toArray(Provenance[]::new), collections, tags);
    }

    /** What is done with each report's fingerprint as it is read. */
    @FunctionalInterface
    interface FingerprintSink {
        void accept(int k, TextFingerprint f);
    }

    /**
     * Reads the fingerprint of each report whose document is set in {@code which} (null: every report) and hands it
     * on, with the report's index into {@link #docs}: one at a time, so that a segment of every report (a compaction's)
     * is not held on the heap at once.
     */
    void fingerprints(LeafReader reader, Bits which, FingerprintSink sink) throws IOException {
        BinaryDocValues prints = reader.getBinaryDocValues(Schema.FINGERPRINT.fieldName());
        for (int k = 0; k < docs.length; k++) {
            if (which != null && !which.get(docs[k])) {
                continue;
            }
            if (prints == null || !prints.advanceExact(docs[k])) {
                throw new IOException("report " + files[k].docId() + " has no fingerprint");
            }
            BytesRef b = prints.binaryValue();
            sink.accept(k, TextFingerprint.fromBytes(b.bytes, b.offset, b.length));
        }
    }

    /** A report with its fingerprint, for the grouping. */
    WorkGrouper.File withFingerprint(int k, TextFingerprint f) {
        WorkGrouper.File file = files[k];
        return new WorkGrouper.File(file.docId(), file.path(), file.fileName(), f);
    }

    private static List<String> values(SortedSetDocValues dv, int doc) throws IOException {
        if (dv == null || !dv.advanceExact(doc)) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < dv.docValueCount(); i++) {
            values.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
        }
        return List.copyOf(values);
    }

    private static String value(SortedDocValues dv, int doc) throws IOException {
        return dv != null && dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : "";
    }
}
