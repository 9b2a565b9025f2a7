package com.policyminer.search;

import org.apache.lucene.search.FieldDoc;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Opaque position after the last hit of a page (its sort values and doc), for {@code searchAfter}
 * paging past the window that page numbers allow.
 */
final class SearchCursor {

    private SearchCursor() {
    }

    static String encode(FieldDoc last, boolean byDate) {
        ByteBuffer b = ByteBuffer.allocate(1 + 8 + 4 + 4);
        b.put((byte) (byDate ? 'd' : 'r'));
        b.putLong(byDate ? (Long) last.fields[0] : 0L);
        b.putFloat(byDate ? (Float) last.fields[1] : (Float) last.fields[0]);
        b.putInt(last.doc);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    static FieldDoc decode(String cursor, boolean byDate) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor));
            char kind = (char) b.get();
            long date = b.getLong();
            float score = b.getFloat();
            int doc = b.getInt();
            if (kind != (byDate ? 'd' : 'r') || doc < 0) {
                throw new BadQueryException("cursor does not belong to this sort order");
            }
            Object[] fields = byDate ? new Object[] {date, score, doc} : new Object[] {score, doc};
            return new FieldDoc(doc, score, fields);
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw new BadQueryException("invalid cursor");
        }
    }
}
