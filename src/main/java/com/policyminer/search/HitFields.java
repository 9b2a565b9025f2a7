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

/**
 * Reads a hit's id, path, title, date and format from doc values: no stored-field block has to be
 * decompressed to list a page of hits (only the highlighter reads the stored text).
 */
final class HitFields {

    record Values(String id, String path, String title, String date, String format) {
    }

    private HitFields() {
    }

    static Values read(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        int local = doc - leaf.docBase;
        LeafReader r = leaf.reader();
        NumericDocValues date = r.getNumericDocValues(Schema.DATE.fieldName());
        String day = date != null && date.advanceExact(local) ? LocalDate.ofEpochDay(date.longValue()).toString() : null;
        return new Values(sorted(r, Schema.DOC_ID.fieldName(), local), sorted(r, Schema.PATH.fieldName(), local),
                sorted(r, Schema.TITLE.fieldName(), local), day, sorted(r, Schema.FORMAT.fieldName(), local));
    }

    private static String sorted(LeafReader r, String field, int doc) throws IOException {
        SortedDocValues dv = r.getSortedDocValues(field); // null in a segment written without them
        return dv != null && dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
    }
}
