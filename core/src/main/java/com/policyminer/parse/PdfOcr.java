package com.policyminer.parse;

import com.policyminer.model.Page;
import com.policyminer.parse.PdfPageReader.RawPage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of a PDF that have no usable text layer — an image and no text (a scan), or glyphs
 * without Unicode text — drawn at {@link OcrSettings#dpi()} and OCR'd ({@link PageOcr}); every other
 * page keeps its text layer, so a mixed PDF OCRs only its scanned pages. Without Tesseract, a PDF that
 * is all scans fails ({@link ParseFailure.Reason#NEEDS_OCR}); one with text pages too keeps them and
 * says which pages were not read.
 */
final class PdfOcr {

    /**
     * The confidence of each OCR'd page by number, why pages were not OCR'd (null: they were), and the
     * place names corrected on each page.
     */
    record Result(Map<Integer, Double> confidence, String unavailable, Map<Integer, List<OcrPlaceNames.Correction>> corrections) {

        /** What the OCR of these pages found. */
        static Result of(java.util.Collection<OcrPage.Read> reads) {
            Map<Integer, Double> confidence = new LinkedHashMap<>();
            Map<Integer, List<OcrPlaceNames.Correction>> corrections = new LinkedHashMap<>();
            for (OcrPage.Read r : reads) {
                confidence.put(r.page().number(), r.confidence());
                if (!r.corrections().isEmpty()) {
                    corrections.put(r.page().number(), r.corrections());
                }
            }
            return new Result(confidence, null, corrections);
        }

        /** The pages with their OCR confidence set. */
        List<Page> flag(List<Page> pages) {
            if (confidence.isEmpty()) {
                return pages;
            }
            List<Page> out = new ArrayList<>(pages.size());
            for (Page p : pages) {
                Double c = confidence.get(p.number());
                out.add(c == null ? p : p.withOcrConfidence(c.isNaN() ? 0 : c));
            }
            return out;
        }

        /** {@code ocr_pages} (how many pages were OCR'd) and {@code ocr_confidence} (their mean) in the metadata. */
        void describe(Map<String, String> meta) {
            if (confidence.isEmpty()) {
                return;
            }
            meta.put("ocr_pages", Integer.toString(confidence.size()));
            double mean = confidence.values().stream().filter(c -> !c.isNaN()).mapToDouble(Double::doubleValue).average().orElse(0);
            meta.put("ocr_confidence", String.format(java.util.Locale.ROOT, "%.3f", mean));
            if (!corrections.isEmpty()) {
                List<String> made = new ArrayList<>();
                corrections.forEach((page, list) -> list.forEach(c -> made.add("p" + page + " " + c)));
                meta.put("ocr_corrections", String.join("; ", made));
            }
        }
    }

    static final Result EMPTY = new Result(Map.of(), null, Map.of());

    private PdfOcr() {
    }

    /** A page without a usable text layer: an image and no text, or mostly glyphs without Unicode. */
    static boolean needsOcr(RawPage raw) {
        return raw.glyphs().isEmpty() && raw.unmapped() == 0 && raw.hasImages()
                || raw.unmapped() >= 20 && raw.unmapped() > raw.glyphs().size();
    }

    /**
     * OCRs the scanned pages and puts their layouts in their places in {@code pages} (where the
     * reader left null).
     */
    static Result read(PDDocument doc, List<RawPage> scanned, List<PdfPageLayout> pages, PageOcr ocr) throws ParseFailure {
        List<PageOcr.Scan> scans = new ArrayList<>();
        for (RawPage r : scanned) {
            scans.add(new PageOcr.Scan(r.number(), r.width(), r.height(), dpi(doc.getPage(r.number() - 1), ocr.settings().dpi())));
        }
        Map<Integer, Integer> dpis = new java.util.HashMap<>();
        scans.forEach(s -> dpis.put(s.number(), s.dpi()));
        PDFRenderer renderer = new PDFRenderer(doc);
        Map<Integer, OcrPage.Read> reads;
        try {
            reads = ocr.read(scans, n -> {
                java.awt.image.BufferedImage own = pageImage(doc.getPage(n - 1));
                return own != null ? own : renderer.renderImageWithDPI(n - 1, dpis.get(n), ImageType.RGB);
            });
        } catch (ParseFailure e) {
            boolean anyText = pages.stream().anyMatch(p -> p != null && p.glyphs() > 0);
            if (e.reason() != ParseFailure.Reason.NEEDS_OCR || !anyText) {
                throw e;
            }
            for (RawPage r : scanned) {
                pages.set(r.number() - 1, PdfPageLayout.of(r));
            }
            return new Result(Map.of(), "page" + (scanned.size() > 1 ? "s " : " ") + numbers(scanned) + " not read: " + e.getMessage(), Map.of());
        }
        for (RawPage r : scanned) {
            pages.set(r.number() - 1, PdfPageLayout.of(reads.get(r.number()).page()));
        }
        return Result.of(reads.values());
    }

    /**
     * The page's scan itself, pixel for pixel, when the page is one image the shape of the page (a
     * scanner's PDF): drawing it again at another resolution would blur it (Tesseract then reads 6.2%
     * as 6.296). Null for any other page, which is drawn.
     */
    static java.awt.image.BufferedImage pageImage(PDPage page) throws java.io.IOException {
        PDImageXObject only = null;
        PDResources resources = page.getResources();
        if (resources == null) {
            return null;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                if (only != null) {
                    return null;
                }
                only = image;
            } else {
                return null;
            }
        }
        if (only == null || page.getRotation() != 0) {
            return null;
        }
        PDRectangle box = page.getCropBox();
        double shape = box.getWidth() / box.getHeight();
        double image = (double) only.getWidth() / only.getHeight();
        return Math.abs(shape - image) <= 0.02 * shape ? only.getImage() : null;
    }

    /**
     * The resolution to draw a page at: its scan's own when that is lower than {@code dpi} (a 150 dpi
     * scan drawn at 150, pixel for pixel, so its speckle can be taken out before it is enlarged), else
     * {@code dpi}.
     */
    static int dpi(PDPage page, int dpi) {
        int largest = 0;
        try {
            PDResources resources = page.getResources();
            if (resources != null) {
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        largest = Math.max(largest, Math.max(image.getWidth(), image.getHeight()));
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return dpi;
        }
        PDRectangle box = page.getCropBox();
        int own = Math.round(largest * 72f / Math.max(box.getWidth(), box.getHeight()));
        return own >= 100 && own < dpi ? own : dpi;
    }

    private static String numbers(List<RawPage> pages) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < pages.size() && i < 10; i++) {
            s.add(Integer.toString(pages.get(i).number()));
        }
        return String.join(", ", s) + (pages.size() > 10 ? " and " + (pages.size() - 10) + " more" : "");
    }
}
