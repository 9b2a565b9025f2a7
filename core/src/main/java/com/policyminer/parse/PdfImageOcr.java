package com.policyminer.parse;

import com.policyminer.model.OcrBlocks;
import com.policyminer.model.Page;
import com.policyminer.parse.PdfPageReader.Glyph;
import com.policyminer.parse.PdfPageReader.RawPage;
import com.policyminer.parse.PdfPageReader.Ruling;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Large images on PDF pages that have a text layer — a table or a page pasted as a picture into a Word report
 * that was then saved as PDF — OCR'd when {@link OcrSettings#embeddedImages()} is on (off by default, as for a
 * DOCX's images): each image ({@link PdfPageImages}) is read as a scan's page is, its words moved into the box it
 * is drawn in on the page and put among the page's own glyphs before the first one drawn below it, so the PDF
 * reader lays them out with the page (a ruled table in the image becomes a table). The page's own text stays as
 * it is, glyph for glyph. The text read is flagged in {@code ocr_blocks} (from the page map: the lines drawn
 * inside the image's box) with the image's confidence; a failure leaves the page's own text and is reported.
 */
final class PdfImageOcr {

    /** An image read: the page it is on, where it is drawn (points from the page's top-left), its mean confidence 0–1. */
    record Read(int page, float left, float top, float width, float height, double confidence) {

        boolean holds(Page.Box b) {
            float x = b.x() + b.w() / 2;
            float y = b.y() + b.h() / 2;
            return x >= left && x <= left + width && y >= top && y <= top + height;
        }
    }

    /** The images read and the failures (each naming its pages and why). */
    record Result(List<Read> reads, List<String> failures) {

        static final Result NONE = new Result(List.of(), List.of());

        /**
         * {@code ocr_images} (images read), {@code ocr_blocks} (the offsets of their text, from the lines of the
         * page map drawn inside each image) and {@code ocr_confidence} (unless a scanned page's OCR set it).
         */
        void describe(Map<String, String> meta, List<Page> pages) {
            if (reads.isEmpty()) {
                return;
            }
            List<OcrBlocks.Block> blocks = new ArrayList<>();
            for (Read r : reads) {
                for (Page p : pages) {
                    if (p.number() != r.page()) {
                        continue;
                    }
                    int start = -1;
                    int end = -1;
                    for (Page.Box b : p.boxes()) {
                        if (r.holds(b)) {
                            start = start < 0 ? b.start() : Math.min(start, b.start());
                            end = Math.max(end, b.end());
                        }
                    }
                    if (start >= 0 && end > start) {
                        blocks.add(new OcrBlocks.Block(start, end, Math.max(0, Math.min(1, r.confidence()))));
                    }
                }
            }
            meta.put("ocr_images", Integer.toString(reads.size()));
            if (!blocks.isEmpty()) {
                blocks.sort(java.util.Comparator.comparingInt(OcrBlocks.Block::start));
                meta.put(OcrBlocks.METADATA, OcrBlocks.format(blocks));
            }
            double mean = reads.stream().mapToDouble(Read::confidence).filter(c -> !Double.isNaN(c)).average().orElse(0);
            meta.putIfAbsent("ocr_confidence", String.format(Locale.ROOT, "%.3f", mean));
        }
    }

    private record Image(RawPage page, PdfPageImages.Drawn drawn) {
    }

    private PdfImageOcr() {
    }

    /**
     * OCRs the large images of {@code withImages} (pages with a text layer and images) and puts each page's
     * layout, with the images' text, in its place in {@code pages} (where the reader left null).
     */
    static Result read(PDDocument doc, List<RawPage> withImages, List<PdfPageLayout> pages, PageOcr ocr, Runnable ocrStarts) {
        List<Image> images = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (RawPage raw : withImages) {
            try {
                PdfPageImages.large(doc.getPage(raw.number() - 1)).forEach(d -> images.add(new Image(raw, d)));
            } catch (IOException | RuntimeException e) {
                failures.add("the images of page " + raw.number() + " not OCR'd: " + TikaDocumentParser.describe(e));
            }
        }
        Map<Integer, OcrPage.Read> reads = Map.of();
        if (!images.isEmpty()) {
            ocrStarts.run();
            List<PageOcr.Scan> scans = new ArrayList<>();
            for (Image i : images) {
                scans.add(new PageOcr.Scan(scans.size() + 1, i.drawn().width(), i.drawn().height(), i.drawn().dpi()));
            }
            try {
                reads = ocr.read(scans, n -> images.get(n - 1).drawn().image().getImage());
            } catch (ParseFailure f) {
                failures.add("images on page" + (withImages.size() > 1 ? "s " : " ") + numbers(images) + " not OCR'd: " + f.getMessage());
            }
        }
        List<Read> done = new ArrayList<>();
        for (RawPage raw : withImages) {
            List<Glyph> glyphs = new ArrayList<>(raw.glyphs());
            List<Ruling> rulings = new ArrayList<>(raw.rulings());
            for (int n = 1; n <= images.size(); n++) {
                Image i = images.get(n - 1);
                OcrPage.Read read = reads.get(n);
                if (i.page() != raw || read == null || read.characters() == 0) {
                    continue;
                }
                PdfPageImages.Drawn d = i.drawn();
                List<Glyph> moved = new ArrayList<>();
                for (Glyph g : read.page().glyphs()) {
                    moved.add(new Glyph(g.text(), g.x() + d.left(), g.top() + d.top(), g.width(), g.height(), g.baseline() + d.top(),
                            g.size(), g.bold(), g.spaceBefore(), g.font()));
                }
                glyphs.addAll(below(glyphs, d.top() + d.height()), moved);
                for (Ruling r : read.page().rulings()) {
                    rulings.add(new Ruling(r.x1() + d.left(), r.y1() + d.top(), r.x2() + d.left(), r.y2() + d.top()));
                }
                done.add(new Read(raw.number(), d.left(), d.top(), d.width(), d.height(), read.confidence()));
            }
            pages.set(raw.number() - 1, PdfPageLayout.of(new RawPage(raw.number(), raw.width(), raw.height(), glyphs, rulings,
                    raw.unmapped(), raw.hasImages())));
        }
        return new Result(List.copyOf(done), List.copyOf(failures));
    }

    /** Where the image's text goes among the page's glyphs (in the order they are drawn): before the first one below it. */
    private static int below(List<Glyph> glyphs, float bottom) {
        for (int k = 0; k < glyphs.size(); k++) {
            if (glyphs.get(k).top() >= bottom - 1 && !OcrPage.FONT.equals(glyphs.get(k).font())) {
                return k;
            }
        }
        return glyphs.size();
    }

    private static String numbers(List<Image> images) {
        return String.join(", ", images.stream().map(i -> Integer.toString(i.page().number())).distinct().toList());
    }
}
