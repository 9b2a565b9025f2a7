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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a hit's id, path, title, date and format from doc values: no stored-field block has to be
 * decompressed to list a page of hits (only the highlighter reads the stored text). Each value,
 * once decoded, is kept per segment by its ordinal (a few strings per report; dropped with the
 * segment), since every search lists ten hits and the same reports come up again and again.
 */
final class HitFields {

    record Values(String id, String path, String title, String date, String format) {
    }

    private static final List<String> FIELDS = List.of(Schema.DOC_ID.fieldName(), Schema.PATH.fieldName(),
            Schema.TITLE.fieldName(), Schema.FORMAT.fieldName());

    /** Segment core → field (in {@link #FIELDS} order) → value by ordinal, filled as hits are read. */
    private final Map<Object, String[][]> decoded = new ConcurrentHashMap<>();

    Values read(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        int local = doc - leaf.docBase;
        LeafReader r = leaf.reader();
        NumericDocValues date = r.getNumericDocValues(Schema.DATE.fieldName());
        String day = date != null && date.advanceExact(local) ? LocalDate.ofEpochDay(date.longValue()).toString() : null;
        String[][] cache = cacheOf(r);
        return new Values(value(r, 0, local, cache), value(r, 1, local, cache), value(r, 2, local, cache), day,
                value(r, 3, local, cache));
    }

    private String[][] cacheOf(LeafReader r) {
        var helper = r.getCoreCacheHelper();
        if (helper == null) {
            return new String[FIELDS.size()][];
        }
        return decoded.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(decoded::remove);
            return new String[FIELDS.size()][];
        });
    }

    private static String value(LeafReader r, int field, int doc, String[][] cache) throws IOException {
        SortedDocValues dv = r.getSortedDocValues(FIELDS.get(field)); // null in a segment written without them
        if (dv == null || !dv.advanceExact(doc)) {
            return null;
        }
        int ord = dv.ordValue();
        String[] byOrd = cache[field];
        if (byOrd == null) {
            byOrd = new String[dv.getValueCount()];
            cache[field] = byOrd; // a racing reader may make its own array: both hold the same values
        }
        String v = byOrd[ord];
        if (v == null) {
            v = dv.lookupOrd(ord).utf8ToString();
            byOrd[ord] = v; // strings are immutable: another thread sees null or the whole value
        }
        return v;
    }
}
