package com.policyminer.render;

import com.policyminer.model.Page;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a span of the document text lies on a page: one rectangle per line box the span touches, in
 * PDF points from the page's top-left (the boxes' own coordinates). A box the span covers in part gets
 * the same fraction of its width: the characters of a line are taken as evenly spaced, which holds for
 * CJK text (every ideograph is one em wide) and roughly for mixed text (a Latin letter or digit is
 * about half an em, so an outline over a number in Chinese prose may be off by a character or two).
 * A page without boxes gives no rectangles. Pure: no I/O.
 */
public final class PageOutline {

    /** A rectangle in PDF points from the page's top-left corner. */
    public record Rect(float x, float y, float w, float h) {
    }

    private PageOutline() {
    }

    /** The rectangles of {@code [start, end)} on {@code page}; empty when the span misses its boxes. */
    public static List<Rect> of(Page page, int start, int end) {
        List<Rect> out = new ArrayList<>();
        if (page == null || end <= start) {
            return out;
        }
        for (Page.Box b : page.boxes()) {
            int from = Math.max(start, b.start());
            int to = Math.min(end, b.end());
            if (from >= to) {
                continue; // the span misses this box (or the box holds no text)
            }
            float perChar = b.w() / (b.end() - b.start());
            out.add(new Rect(b.x() + perChar * (from - b.start()), b.y(), perChar * (to - from), b.h()));
        }
        return out;
    }
}
