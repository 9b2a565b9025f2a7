package com.policyminer.cli;

import com.policyminer.compare.TextTable;

/** Table cells for the terminal: text cut to a width, numbers as they are. */
final class Cells {

    private Cells() {
    }

    /** A figure's page as printed, and on a scanned page its OCR confidence ("3 OCR 90%"): check it against the page. */
    static String page(com.policyminer.model.Figure f) {
        if (f.pageLabel() == null) {
            return f.ocr() ? "OCR " + Math.round(100 * f.ocrConfidence()) + "%" : ""; // from an image in a DOCX
        }
        return f.ocr() ? f.pageLabel() + " OCR " + Math.round(100 * f.ocrConfidence()) + "%" : f.pageLabel();
    }

    static Object[] clip(int width, Object... cells) {
        Object[] out = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = cells[i] instanceof CharSequence s ? TextTable.clip(s.toString(), width) : cells[i] == null ? "" : cells[i];
        }
        return out;
    }
}
