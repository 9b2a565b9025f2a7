package com.policyminer.parse;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extraction;
import com.policyminer.extract.Extractors;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.Figure;
import com.policyminer.model.OcrBlocks;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.Token;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table pasted as a picture into an office report saved as PDF: a page with a text layer and, below its text,
 * a large image of a table. With embedded images asked for, the image alone is OCR'd and its text laid out with
 * the page's (the page's own text unchanged), flagged in {@code ocr_blocks}, its figures flagged; by default
 * nothing is OCR'd. The PDF is made in the test (nothing binary committed): seed 003's last page, whose text
 * fills its top fifth, with seed 000's table 1 drawn at 300 dpi in the space below.
 */
class PdfImageOcrTest {

    private static final Path SEED_000 = FidelityTest.RENDITIONS.resolve("000_f8820dc2aea3848d/plain.pdf");
    private static final Path SEED_003 = FidelityTest.RENDITIONS.resolve("003_b94fa3ae733f63a0/plain.pdf");
    /** Seed 000's table 1 on its page 3, caption and all, in points from the page's top-left: x, y, width, height. */
    private static final float[] TABLE = {50, 620, 495, 180};
    private static final float IMAGE_TOP = 220;

    @Test
    @Tag("slow")
    void aTableImageOnATextPageIsReadInItsPlaceAndItsFiguresAreFlagged() throws Exception {
        OcrAvailable.assume();
        byte[] pdf = officePdf();
        ParsedDocument plain = new TikaDocumentParser(ParseLimits.DEFAULT, OcrSettings.DEFAULT.withThreads(1)).parseBytes(pdf, "report.pdf");
        ParsedDocument doc = new TikaDocumentParser(ParseLimits.DEFAULT, OcrSettings.DEFAULT.withEmbeddedImages(true).withThreads(1))
                .parseBytes(pdf, "report.pdf");

        assertEquals("1", doc.metadata().get("ocr_images"), doc.metadata().toString());
        assertNull(doc.metadata().get("ocr_pages"), "the page is not a scan");
        assertFalse(doc.pages().get(0).ocr(), "the page keeps its text layer");
        List<OcrBlocks.Block> blocks = OcrBlocks.parse(doc.metadata().get(OcrBlocks.METADATA));
        assertEquals(1, blocks.size(), doc.metadata().toString());
        OcrBlocks.Block block = blocks.get(0);
        assertTrue(block.confidence() > 0.7, "confidence " + block.confidence());
        String own = plain.text().strip();
        assertTrue(doc.text().startsWith(own), "the page's own text first, unchanged:\n" + doc.text());
        assertTrue(block.start() >= own.length(), "the image's text after it (drawn below it): " + block);
        assertFalse(doc.tables().isEmpty(), "the table in the image is a table");

        ParsedDocument source = new TikaDocumentParser(ParseLimits.DEFAULT, OcrSettings.DEFAULT).parseBytes(
                OcrAccuracyTest.subset(SEED_000, List.of(3)), "000-p3.pdf");
        String sourceText = source.text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("表\\s*1\\s*主要地区").matcher(sourceText);
        int caption = m.find() ? m.start() : -1;
        assertTrue(caption > 0, "seed 000's page 3 has table 1");
        String want = TextSimilarity.normalize(sourceText.substring(caption));
        String got = TextSimilarity.normalize(doc.text().substring(block.start(), block.end()));
        double accuracy = 1 - (double) EditDistance.of(want, got) / want.length();

        Extraction fromImage = extract(doc);
        List<Figure> inBlock = fromImage.figures().stream().filter(f -> f.start() >= block.start() && f.start() < block.end()).toList();
        List<Figure> inTable = extract(source).figures().stream().filter(f -> f.start() >= caption).toList();
        assertTrue(inBlock.stream().allMatch(f -> f.ocr() && f.ocrConfidence() == block.confidence()), "figures from the image flagged");
        assertTrue(fromImage.figures().stream().filter(f -> f.start() < block.start()).noneMatch(Figure::ocr), "the page's own are not");
        int found = matched(values(inTable), values(inBlock));
        System.out.printf("PDF image OCR: accuracy %.4f, figures %d/%d, confidence %.3f%n", accuracy, found, inTable.size(), block.confidence());
        assertTrue(accuracy >= 0.95, "character accuracy " + accuracy + ":\n" + got + "\nwanted:\n" + want);
        assertTrue(inTable.size() >= 20 && found >= 0.9 * inTable.size(), found + " of " + inTable.size() + " figures found");
    }

    @Test
    void byDefaultAnImageOnATextPageIsNotOcrd() throws Exception {
        byte[] pdf = officePdf();
        // OCR tried would fail loudly: no Tesseract there
        OcrSettings missing = OcrSettings.DEFAULT.withTesseract("/nonexistent/bin/tesseract");
        ParsedDocument doc = new TikaDocumentParser(ParseLimits.DEFAULT, missing).parseBytes(pdf, "report.pdf");
        assertNull(doc.metadata().get("ocr_images"), doc.metadata().toString());
        assertNull(doc.metadata().get(ParsedDocument.SUSPECT_LOSS), doc.metadata().toString());
        assertFalse(doc.text().contains("梯队"), "the table in the image is not read");

        ParsedDocument asked = new TikaDocumentParser(ParseLimits.DEFAULT, missing.withEmbeddedImages(true)).parseBytes(pdf, "report.pdf");
        assertEquals(doc.text(), asked.text(), "without Tesseract the page keeps its own text");
        String warning = asked.metadata().get(ParsedDocument.SUSPECT_LOSS);
        assertTrue(warning != null && warning.contains("images on page 1 not OCR'd") && warning.contains(OcrSettings.INSTALL), warning);
    }

    @Test
    void findsTheBoxAnImageIsDrawnIn() throws Exception {
        try (PDDocument d = Loader.loadPDF(officePdf())) {
            List<PdfPageImages.Drawn> drawn = PdfPageImages.large(d.getPage(0));
            assertEquals(1, drawn.size());
            PdfPageImages.Drawn i = drawn.get(0);
            assertEquals(TABLE[0], i.left(), 0.5);
            assertEquals(IMAGE_TOP, i.top(), 0.5);
            assertEquals(TABLE[2], i.width(), 0.5);
            assertEquals(TABLE[3], i.height(), 0.5);
            assertEquals(300, i.dpi(), 1);
        }
    }

    /** Seed 003's last page (text in its top fifth) with seed 000's table 1, drawn at 300 dpi, below its text. */
    static byte[] officePdf() throws IOException {
        BufferedImage table;
        try (PDDocument in = Loader.loadPDF(SEED_000.toFile())) {
            BufferedImage page = new PDFRenderer(in).renderImageWithDPI(2, 300, ImageType.GRAY);
            float px = 300f / 72;
            table = page.getSubimage(Math.round(TABLE[0] * px), Math.round(TABLE[1] * px), Math.round(TABLE[2] * px), Math.round(TABLE[3] * px));
        }
        try (PDDocument in = Loader.loadPDF(SEED_003.toFile()); PDDocument out = new PDDocument()) {
            PDPage page = out.importPage(in.getPage(in.getNumberOfPages() - 1));
            page.setResources(in.getPage(in.getNumberOfPages() - 1).getResources());
            PDImageXObject image = LosslessFactory.createFromImage(out, table);
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream s = new PDPageContentStream(out, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                s.drawImage(image, TABLE[0], height - IMAGE_TOP - TABLE[3], TABLE[2], TABLE[3]);
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            out.save(b);
            return b.toByteArray();
        }
    }

    private static final Extractors EXTRACTORS = Extractors.standard();
    private static final HanLPAnalyzer HANLP = new HanLPAnalyzer();

    private static Extraction extract(ParsedDocument doc) {
        return EXTRACTORS.extract(new AnalyzedDocument(doc, HANLP.segment(doc.text(), Token::new)));
    }

    private static List<String> values(List<Figure> figures) {
        return figures.stream().map(f -> f.normalizedValue() + " " + f.normalizedUnit()).toList();
    }

    /** How many of {@code want} are in {@code got}, as multisets. */
    private static int matched(List<String> want, List<String> got) {
        List<String> left = new ArrayList<>(got);
        int n = 0;
        for (String w : want) {
            n += left.remove(w) ? 1 : 0;
        }
        return n;
    }
}
