package com.policyminer.parse;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The images of a DOCX ({@code word/media/*}) large enough to hold text — a scanned table, a
 * screenshot of a page pasted into a report — OCR'd before the document is parsed, so that
 * {@link StructuredContentHandler} puts their text where Tika reports each image
 * ({@code <img src="embedded:image1.png">}). An image under {@link #MIN_WIDTH} × {@link #MIN_HEIGHT}
 * pixels (a logo, an icon, a bullet, a signature) is not read: at 300 dpi one line of 10.5 pt Chinese is
 * about 45 pixels high and ten characters 440 wide, so smaller images hold no line worth reading.
 * A document without such images runs no OCR at all.
 */
final class DocxImages {

    static final int MIN_WIDTH = 400;
    static final int MIN_HEIGHT = 100;
    /** Pixels a side at most, as for an image file. */
    private static final int MAX_SIDE = 12_000;

    /** An image's text as read: its page, laid out as a scanned PDF page is, and its mean confidence 0–1. */
    record Text(PdfPageLayout layout, double confidence) {

        /** Writes the image's paragraphs and tables (lines joined by the PDF reader's rules) into {@code out}. */
        void write(StructuredTextBuilder out) {
            List<PdfPageLayout> layouts = List.of(layout);
            PdfParagraphs.write(layouts, PdfRunningText.find(layouts), out);
        }

        /** The image's text in one line (for an image inside a table cell). */
        String inline() {
            StructuredTextBuilder b = new StructuredTextBuilder(Integer.MAX_VALUE);
            write(b);
            return b.text().strip().replace('\n', ' ');
        }
    }

    /** What was read: each image's text by its name in {@code word/media}, and the images that failed, with why. */
    record Result(Map<String, Text> texts, List<String> failures) {
        static final Result NONE = new Result(Map.of(), List.of());
    }

    private DocxImages() {
    }

    /** The images of {@code word/media} at least {@link #MIN_WIDTH} × {@link #MIN_HEIGHT} pixels, by file name. */
    static Map<String, byte[]> large(byte[] docx) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (!name.startsWith("word/media/") || e.isDirectory()) {
                    continue;
                }
                byte[] bytes = zip.readNBytes(64 << 20);
                int[] size = size(bytes);
                if (size != null && size[0] >= MIN_WIDTH && size[1] >= MIN_HEIGHT && size[0] <= MAX_SIDE && size[1] <= MAX_SIDE) {
                    out.put(name.substring("word/media/".length()), bytes);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Map.of(); // not a zip Tika can read either: its parse reports it
        }
        return out;
    }

    /**
     * OCRs the images ({@link #large}); a failure (Tesseract missing, over the time limit, an unreadable
     * image) is reported with its reason and leaves the document's own text as it is.
     */
    static Result read(Map<String, byte[]> images, PageOcr ocr) {
        if (images.isEmpty()) {
            return Result.NONE;
        }
        List<String> names = new ArrayList<>(images.keySet());
        List<PageOcr.Scan> scans = new ArrayList<>();
        List<byte[]> bytes = new ArrayList<>();
        for (String name : names) {
            byte[] b = images.get(name);
            int[] size = size(b);
            scans.add(new PageOcr.Scan(scans.size() + 1, size[0] * 72f / 300, size[1] * 72f / 300, 300));
            bytes.add(b);
        }
        try {
            Map<Integer, OcrPage.Read> reads = ocr.read(scans, n -> {
                java.awt.image.BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes.get(n - 1)));
                if (image == null) {
                    throw new IOException("not a readable image: " + names.get(n - 1));
                }
                return image;
            });
            Map<String, Text> texts = new LinkedHashMap<>();
            for (Map.Entry<Integer, OcrPage.Read> e : reads.entrySet()) {
                if (e.getValue().characters() > 0) {
                    texts.put(names.get(e.getKey() - 1), new Text(PdfPageLayout.of(e.getValue().page()), e.getValue().confidence()));
                }
            }
            return new Result(texts, List.of());
        } catch (ParseFailure f) {
            return new Result(Map.of(), List.of("images " + String.join(", ", names) + " not OCR'd: " + f.getMessage()));
        }
    }

    /** Width and height from the image's header (nothing decoded), or null when no reader knows it. */
    private static int[] size(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                return new int[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
