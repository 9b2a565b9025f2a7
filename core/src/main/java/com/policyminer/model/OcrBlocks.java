package com.policyminer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a document without pages (a DOCX) holds text read by OCR from an embedded image, kept in its
 * metadata as {@value #METADATA} ({@code "120-348 0.912; 901-960 0.874"}: offsets of the text and the mean
 * confidence 0–1), so its figures and mentions there can be flagged as OCR'd.
 */
public final class OcrBlocks {

    public static final String METADATA = "ocr_blocks";

    /** Text read by OCR: {@code text.substring(start, end)}, its mean confidence 0–1. */
    public record Block(int start, int end, double confidence) {
        public Block {
            if (start < 0 || end < start || !(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("bad OCR block " + start + ".." + end + " " + confidence);
            }
        }
    }

    private OcrBlocks() {
    }

    public static String format(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(b.start() + "-" + b.end() + " " + String.format(Locale.ROOT, "%.3f", b.confidence()));
        }
        return String.join("; ", out);
    }

    /** The blocks a metadata value lists; none for null, blank or a value not written by {@link #format}. */
    public static List<Block> parse(String value) {
        List<Block> out = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        try {
            for (String item : value.split(";")) {
                String[] parts = item.strip().split("[- ]");
                out.add(new Block(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Double.parseDouble(parts[2])));
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /** The confidence of the block holding {@code offset}, or null when it is in none. */
    public static Double at(List<Block> blocks, int offset) {
        for (Block b : blocks) {
            if (offset >= b.start() && offset < b.end()) {
                return b.confidence();
            }
        }
        return null;
    }
}
