package com.policyminer.parse;

import com.policyminer.model.Page;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An image file — a photo or scan of pages: PNG, JPEG, or TIFF (each frame a page) — OCR'd page by
 * page ({@link PageOcr}) and laid out like a PDF's pages (running text, paragraphs, tables, a page
 * map with each page's OCR confidence). An image's resolution is the one its file records, else
 * 300 dpi is assumed (a page's size in points only scales its layout).
 */
final class ImageScans {

    static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/tiff");

    /** Pixels a side at most: a page at 600 dpi is about 7,000 × 9,900. */
    private static final int MAX_SIDE = 12_000;

    record Result(List<Page> pages, String title, Map<String, String> metadata) {
    }

    private ImageScans() {
    }

    static Result read(byte[] bytes, StructuredTextBuilder out, PageOcr ocr) throws ParseFailure {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ParseFailure(ParseFailure.Reason.CORRUPT, "not a readable image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                int frames = reader.getNumImages(true);
                List<PageOcr.Scan> scans = new ArrayList<>();
                for (int i = 0; i < frames; i++) {
                    int w = reader.getWidth(i);
                    int h = reader.getHeight(i);
                    if (w > MAX_SIDE || h > MAX_SIDE) {
                        throw new ParseFailure(ParseFailure.Reason.TOO_LARGE, "image page " + (i + 1) + " is " + w + " × " + h
                                + " pixels, over " + MAX_SIDE + " a side");
                    }
                    int dpi = dpi(reader.getImageMetadata(i));
                    scans.add(new PageOcr.Scan(i + 1, w * 72f / dpi, h * 72f / dpi, dpi));
                }
                Map<Integer, OcrPage.Read> reads = ocr.read(scans, n -> reader.read(n - 1));
                List<PdfPageLayout> layouts = new ArrayList<>();
                for (OcrPage.Read r : reads.values()) {
                    layouts.add(PdfPageLayout.of(r.page()));
                }
                PdfRunningText.Result running = PdfRunningText.find(layouts);
                PdfParagraphs.Result written = PdfParagraphs.write(layouts, running, out);
                PdfOcr.Result ocrd = PdfOcr.Result.of(reads.values());
                Map<String, String> meta = new LinkedHashMap<>();
                meta.put("pages", Integer.toString(frames));
                ocrd.describe(meta);
                return new Result(ocrd.flag(written.pages()), written.title(), meta);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ParseFailure(ParseFailure.Reason.CORRUPT, "corrupt or unreadable image: " + TikaDocumentParser.describe(e), e);
        }
    }

    /** The resolution the image file records (its standard metadata's pixel size), else 300. */
    static int dpi(IIOMetadata meta) {
        try {
            if (meta != null && meta.isStandardMetadataFormatSupported()) {
                Node root = meta.getAsTree("javax_imageio_1.0");
                for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n.getNodeName().equals("Dimension")) {
                        for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                            if (d.getNodeName().equals("HorizontalPixelSize")) {
                                NamedNodeMap a = d.getAttributes();
                                float mm = Float.parseFloat(a.getNamedItem("value").getNodeValue());
                                int dpi = Math.round(25.4f / mm);
                                return dpi >= 72 && dpi <= 1200 ? dpi : 300;
                            }
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            return 300; // metadata a reader cannot give: the usual scan resolution
        }
        return 300;
    }
}
