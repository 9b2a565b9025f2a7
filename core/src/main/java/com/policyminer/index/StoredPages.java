package com.policyminer.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.model.Page;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's page map as stored for search ({@link Schema#PAGE_MAP}): each page as
 * {@code [number, "label", start, end]}, and for a page read by OCR its mean confidence as a fifth
 * element, without sizes and line boxes, so that giving a passage its page (and telling it came from a
 * scan) costs a few bytes more in the stored-field read that fetches the text anyway.
 *
 * <pre>[[1,"i",0,812],[2,"1",813,2044,0.913]]</pre>
 */
public final class StoredPages {

    private StoredPages() {
    }

    public static String write(List<Page> pages) {
        StringBuilder b = new StringBuilder(pages.size() * 24).append('[');
        for (Page p : pages) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('[').append(p.number()).append(',');
            b.append(StoredJson.write(p.label()));
            b.append(',').append(p.start()).append(',').append(p.end());
            if (p.ocr()) {
                b.append(',').append(p.ocrConfidence());
            }
            b.append(']');
        }
        return b.append(']').toString();
    }

    /** The pages {@link #write} stored (no sizes, no boxes; the OCR confidence of a scanned page); an empty list for null (a report without pages). */
    public static List<Page> read(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            JsonNode all = StoredJson.MAPPER.readTree(json);
            List<Page> out = new ArrayList<>(all.size());
            for (JsonNode p : all) {
                out.add(new Page(p.get(0).asInt(), p.get(1).asText(), p.get(2).asInt(), p.get(3).asInt(), 0f, 0f, List.of(),
                        p.size() > 4 ? p.get(4).asDouble() : null));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
