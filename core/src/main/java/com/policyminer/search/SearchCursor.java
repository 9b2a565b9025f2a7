package com.policyminer.search;

import org.apache.lucene.search.FieldDoc;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Opaque position after the last hit of a page, for {@code searchAfter} paging past the window that
 * page numbers allow. It holds the hit's sort values (date, score) and its document key (from the content id), which
 * breaks ties: not Lucene's internal doc number, which changes when the index does. So a cursor stays valid
 * while reports are added or updated.
 */
final class SearchCursor {

    private static final int ID_BYTES = 8;

    private SearchCursor() {
    }

    /** @param last a hit sorted by ([date,] score, doc_key) */
    static String encode(FieldDoc last, boolean byDate, long version) {
        ByteBuffer b = ByteBuffer.allocate(1 + 8 + 4 + ID_BYTES + 8);
        b.put((byte) (byDate ? 'd' : 'r'));
        b.putLong(byDate ? (Long) last.fields[0] : 0L);
        b.putFloat((Float) last.fields[byDate ? 1 : 0]);
        b.putLong((Long) last.fields[byDate ? 2 : 1]);
        b.putLong(version);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    /** The version of the point-in-time view the cursor pages through (see ReportSearch). */
    static long version(String cursor) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(cursor);
            if (raw.length != 1 + 8 + 4 + ID_BYTES + 8) {
                throw new BadQueryException("invalid cursor");
            }
            return ByteBuffer.wrap(raw, raw.length - 8, 8).getLong();
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("invalid cursor");
        }
    }

    static FieldDoc decode(String cursor, boolean byDate) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(cursor);
            if (raw.length != 1 + 8 + 4 + ID_BYTES + 8) {
                throw new BadQueryException("invalid cursor");
            }
            ByteBuffer b = ByteBuffer.wrap(raw);
            char kind = (char) b.get();
            long date = b.getLong();
            float score = b.getFloat();
            long docKey = b.getLong();
            if (kind != (byDate ? 'd' : 'r') || Float.isNaN(score)) {
                throw new BadQueryException("cursor does not belong to this sort order");
            }
            Object[] fields = byDate ? new Object[] {date, score, docKey} : new Object[] {score, docKey};
            return new FieldDoc(Integer.MAX_VALUE, score, fields);
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw new BadQueryException("invalid cursor");
        }
    }
}
