package com.policyminer.render;

import com.policyminer.model.Page;

import java.io.IOException;
import java.util.List;

/** Port: the original pages of an indexed document, as a list and as images. */
public interface PageImages {

    /** The document's pages in order (number, printed label, size, text span, line boxes). */
    List<Page> pages(String id) throws PageFailure, IOException;

    /**
     * Page {@code number} (physical, 1-based) of the document's original file as a PNG, with the text
     * span {@code outline} outlined on it when it is given and the page knows where its lines are.
     */
    PageImage image(String id, int number, int dpi, TextSpan outline) throws PageFailure, IOException;

    /** The resolution bounds callers are held to. */
    RenderLimits limits();

    /** A span of the document text: {@code [start, end)}. */
    record TextSpan(int start, int end) {
        public TextSpan {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a span needs 0 <= start < end, not " + start + ".." + end);
            }
        }
    }
}
