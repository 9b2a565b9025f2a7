package com.policyminer.search;

import com.policyminer.index.Schema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a hit's id, path, file name, title, date and format from doc values: no stored-field block has to be
 * decompressed to list a page of hits (only the highlighter reads the stored text). A report's
 * values, once read, are kept with its segment (a few short strings per report; dropped with the
 * segment): every search lists ten hits, and the same reports come up again and again.
 */
final class HitFields {

    record Values(String id, String path, String fileName, String title, String date, String format) {
    }

    /** Segment core → values by document number within the segment, filled as hits are read. */
    private final Map<Object, Values[]> segments = new ConcurrentHashMap<>();

    /** The values of each document (top-level doc numbers), in the order given. */
    List<Values> read(IndexReader reader, List<Integer> docs) throws IOException {
        Map<Integer, Values> found = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        Map<Integer, List<Integer>> byLeaf = new HashMap<>();
        for (int doc : docs) {
            byLeaf.computeIfAbsent(ReaderUtil.subIndex(doc, leaves), k -> new ArrayList<>()).add(doc);
        }
        for (Map.Entry<Integer, List<Integer>> e : byLeaf.entrySet()) {
            LeafReaderContext leaf = leaves.get(e.getKey());
            Values[] kept = kept(leaf.reader());
            LeafFields fields = null; // opened only if a value is not kept yet
            List<Integer> inOrder = new ArrayList<>(e.getValue());
            inOrder.sort(null); // doc values iterators only move forward
            for (int doc : inOrder) {
                int local = doc - leaf.docBase;
                Values v = kept == null ? null : kept[local];
                if (v == null) {
                    fields = fields == null ? new LeafFields(leaf.reader()) : fields;
                    v = fields.read(local);
                    if (kept != null) {
                        kept[local] = v; // a record of final fields: another thread sees null or the whole of it
                    }
                }
                found.put(doc, v);
            }
        }
        return docs.stream().map(found::get).toList();
    }

    private Values[] kept(LeafReader r) {
        var helper = r.getCoreCacheHelper();
        if (helper == null) {
            return null;
        }
        return segments.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(segments::remove);
            return new Values[r.maxDoc()];
        });
    }

    /** The doc values of one segment, opened once for a page of hits. */
    private static final class LeafFields {
        private final SortedDocValues id;
        private final SortedDocValues path;
        private final SortedDocValues fileName;
        private final SortedDocValues title;
        private final SortedDocValues format;
        private final NumericDocValues date;

        LeafFields(LeafReader r) throws IOException {
            id = r.getSortedDocValues(Schema.DOC_ID.fieldName()); // null in a segment written without them
            path = r.getSortedDocValues(Schema.PATH.fieldName());
            fileName = r.getSortedDocValues(Schema.FILE_NAME.fieldName());
            title = r.getSortedDocValues(Schema.TITLE_SORT.fieldName());
            format = r.getSortedDocValues(Schema.FORMAT.fieldName());
            date = r.getNumericDocValues(Schema.DATE.fieldName());
        }

        Values read(int doc) throws IOException {
            String day = date != null && date.advanceExact(doc) ? LocalDate.ofEpochDay(date.longValue()).toString() : null;
            return new Values(value(id, doc), value(path, doc), value(fileName, doc), value(title, doc), day, value(format, doc));
        }

        private static String value(SortedDocValues dv, int doc) throws IOException {
            return dv != null && dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
        }
    }
}
