package com.policyminer.model;

import java.util.List;

/**
 * One page of a paged document (PDF): where its body text sits in the document text, the number
 * printed on it, its size and the boxes of its text lines.
 *
 * @param number physical page number, 1-based (the n of {@code /api/documents/{id}/pages/{n}})
 * @param label  the page number as printed on the page ("3", "iii", "第3页" → "3"); the physical
 *               number as text when the page prints none
 * @param start  offset of the page's first body character in the document text
 * @param end    offset after its last body character ({@code start == end} for a page without body text)
 * @param width  page width in PDF points (1/72 inch), after rotation
 * @param height page height in PDF points
 * @param boxes  the page's body text lines: their text offsets and where they are drawn
 * @param ocrConfidence for a page whose text was read by OCR (a scan), the mean confidence of its
 *               characters, 0–1; null for a page read from its text layer
 */
public record Page(int number, String label, int start, int end, float width, float height, List<Box> boxes,
                   Double ocrConfidence) {

    /** A page read from its text layer (not OCR'd). */
    public Page(int number, String label, int start, int end, float width, float height, List<Box> boxes) {
        this(number, label, start, end, width, height, boxes, null);
    }

    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page number must be >= 1: " + number);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad page offsets " + start + ".." + end);
        }
        label = label == null || label.isBlank() ? Integer.toString(number) : label;
        boxes = boxes == null ? List.of() : List.copyOf(boxes);
        if (ocrConfidence != null && !(ocrConfidence >= 0 && ocrConfidence <= 1)) {
            throw new IllegalArgumentException("OCR confidence must be 0-1: " + ocrConfidence);
        }
    }

    /** Whether the page's text was read by OCR (JSON: {@code "ocr": true}, left out for other pages). */
    public boolean ocr() {
        return ocrConfidence != null;
    }

    /** The same page, read by OCR with this mean confidence (0–1, rounded to three places). */
    public Page withOcrConfidence(double confidence) {
        return new Page(number, label, start, end, width, height, boxes, Math.round(confidence * 1000) / 1000.0);
    }

    /**
     * A run of text drawn on a page: {@code text.substring(start, end)} lies inside the rectangle
     * (x, y) – (x + w, y + h), in PDF points from the page's top-left corner.
     */
    public record Box(int start, int end, float x, float y, float w, float h) {
        public Box {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad box offsets " + start + ".." + end);
            }
        }
    }

    /** The page holding {@code offset}, or null when it is on no page (or the document has none). */
    public static Page at(List<Page> pages, int offset) {
        int lo = 0;
        int hi = pages.size() - 1;
        Page found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Page p = pages.get(mid);
            if (p.start() <= offset) {
                found = p;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found; // an offset between one page's end and the next page's start (a separator) stays on the earlier page
    }
}
