package com.policyminer.extract;

import com.policyminer.model.Figure;
import com.policyminer.model.OcrBlocks;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags the figures read by OCR from an embedded image of a document without pages (a DOCX's
 * scanned table or screenshot): each one inside an {@link OcrBlocks} block gets that block's
 * confidence, as a figure on a scanned PDF page gets its page's.
 */
final class OcrBlockFigures {

    private OcrBlockFigures() {
    }

    static List<Figure> flag(List<Figure> figures, List<OcrBlocks.Block> blocks) {
        if (blocks.isEmpty()) {
            return figures;
        }
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            Double c = OcrBlocks.at(blocks, f.start());
            out.add(c == null ? f : f.withOcrConfidence(c));
        }
        return out;
    }
}
