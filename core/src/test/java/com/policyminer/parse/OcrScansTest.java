package com.policyminer.parse;

import com.policyminer.ingest.IngestOutcome;
import com.policyminer.model.Page;
import com.policyminer.model.ParsedDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OCR of scans as files arrive: a mixed PDF OCRs only its scanned page, an image file is read, a file
 * over its OCR time is reported, and without Tesseract a scan fails with how to install it.
 */
class OcrScansTest {

    private static final Path SEED_000 = FidelityTest.RENDITIONS.resolve("000_f8820dc2aea3848d/plain.pdf");
    private static final Path SEED_002 = FidelityTest.RENDITIONS.resolve("002_62e1a830fce91b89/plain.pdf");
    private static final Path SEED_004 = FidelityTest.RENDITIONS.resolve("004_c3cb54636e7088b5/plain.pdf");
    private static final OcrSettings MISSING = OcrSettings.DEFAULT.withTesseract("/nonexistent/bin/tesseract");

    @Test
    void withoutTesseractAScanFailsSayingHowToInstallIt() throws Exception {
        byte[] scan = ScannedPdf.of(SEED_002, List.of(1), new ScannedPdf.Scan(100, 0, 0));
        TikaDocumentParser parser = new TikaDocumentParser(ParseLimits.DEFAULT, MISSING);
        ParseFailure f = assertThrows(ParseFailure.class, () -> parser.parseBytes(scan, "scan.pdf"));
        assertEquals(ParseFailure.Reason.NEEDS_OCR, f.reason());
        assertEquals(IngestOutcome.FAILED_NEEDS_OCR, IngestOutcome.of(f.reason()));
        assertTrue(f.getMessage().contains(OcrSettings.INSTALL) && f.getMessage().contains("/nonexistent/bin/tesseract"), f.getMessage());

        ParseFailure image = assertThrows(ParseFailure.class, () -> parser.parseBytes(png(SEED_002, 1, 100), "photo.png"));
        assertEquals(ParseFailure.Reason.NEEDS_OCR, image.reason());

        ParsedDocument text = parser.parseBytes(java.nio.file.Files.readAllBytes(SEED_002), "text.pdf");
        assertTrue(text.pages().stream().noneMatch(Page::ocr), "a PDF with its text layer needs no OCR");
    }

    @Test
    @Tag("slow")
    void aMixedPdfOcrsOnlyItsScannedPage() throws Exception {
        assumeTesseract();
        TikaDocumentParser parser = new TikaDocumentParser(ParseLimits.DEFAULT, OcrSettings.DEFAULT.withThreads(1));
        ParsedDocument mixed = parser.parseBytes(ScannedPdf.replacing(SEED_004, List.of(2), ScannedPdf.Scan.CLEAN), "004-mixed.pdf");
        ParsedDocument text004 = parser.parseBytes(java.nio.file.Files.readAllBytes(SEED_004), "004.pdf");
        assertEquals(text004.pages().size(), mixed.pages().size());
        for (Page p : mixed.pages()) {
            assertEquals(p.number() == 2, p.ocr(), "page " + p.number());
        }
        double confidence = mixed.pages().get(1).ocrConfidence();
        assertTrue(confidence > 0.7 && confidence <= 1, "confidence " + confidence);
        assertEquals("1", mixed.metadata().get("ocr_pages"));
        assertNull(mixed.metadata().get(ParsedDocument.SUSPECT_LOSS), "nothing left unread");
        // the text pages are their text layer, character for character; the scanned one close to it
        for (int i = 0; i < mixed.pages().size(); i++) {
            if (i != 1) {
                assertEquals(TextSimilarity.normalize(pageText(text004, i)), TextSimilarity.normalize(pageText(mixed, i)), "page " + (i + 1));
            }
        }
        String want = TextSimilarity.normalize(pageText(text004, 1));
        String got = TextSimilarity.normalize(pageText(mixed, 1));
        double accuracy = 1 - (double) EditDistance.of(want, got) / want.length();
        assertTrue(accuracy >= 0.93, "page 2 read with accuracy " + accuracy + ":\n" + got);
    }

    @Test
    @Tag("slow")
    void anImageFileIsReadAsAOnePageDocument() throws Exception {
        assumeTesseract();
        TikaDocumentParser parser = new TikaDocumentParser(ParseLimits.DEFAULT, OcrSettings.DEFAULT.withThreads(1));
        ParsedDocument d = parser.parseBytes(png(SEED_002, 2, 300), "page2.png");
        assertEquals("png", d.format());
        assertEquals(1, d.pages().size());
        assertTrue(d.pages().get(0).ocr());
        ParsedDocument text = parser.parseBytes(java.nio.file.Files.readAllBytes(SEED_002), "002.pdf");
        String want = TextSimilarity.normalize(pageText(text, 1));
        double accuracy = 1 - (double) EditDistance.of(want, TextSimilarity.normalize(d.text())) / want.length();
        assertTrue(accuracy >= 0.95, "accuracy " + accuracy + ":\n" + d.text());
    }

    @Test
    @Tag("slow")
    void aScannedTablesUnitsAreReadAsUnits() throws Exception {
        assumeTesseract();
        java.awt.image.BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(SEED_000.toFile())) {
            page = new PDFRenderer(doc).renderImageWithDPI(2, 300, ImageType.GRAY); // page 3: table 1, ruled, units under the column names
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page.getSubimage(0, 2550, page.getWidth(), 800), "png", png);
        TikaDocumentParser parser = new TikaDocumentParser(ParseLimits.DEFAULT, OcrSettings.DEFAULT.withThreads(1));
        ParsedDocument d = parser.parseBytes(png.toByteArray(), "table1.png");
        String text = d.text().replace("(", "（").replace(")", "）");
        for (String header : List.of("地区生产总值（亿元）", "R&D人员（人）", "专利授权数（件）", "经费投入强度（%）")) {
            assertTrue(text.contains(header), header + " in\n" + d.text());
        }
        String corrections = d.metadata().getOrDefault("ocr_corrections", "");
        assertTrue(corrections.contains("→（人）") && corrections.contains("→（件）"), corrections); // the English model's reading, replaced
    }

    @Test
    @Tag("slow")
    void aScanOverItsOcrTimeIsReportedNotWaitedFor() throws Exception {
        assumeTesseract();
        OcrSettings quick = OcrSettings.DEFAULT.withThreads(1).withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(600));
        byte[] scan = ScannedPdf.of(SEED_002, List.of(1, 2), ScannedPdf.Scan.CLEAN);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("scan", ".pdf");
        try {
            java.nio.file.Files.write(file, scan);
            long t0 = System.nanoTime();
            ParseFailure f = assertThrows(ParseFailure.class, () -> new TikaDocumentParser(ParseLimits.DEFAULT, quick).parse(file, "scan.pdf"));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(ParseFailure.Reason.TIMEOUT, f.reason(), f.getMessage());
            assertTrue(f.getMessage().contains("POLICYMINER_OCR_PAGE_TIMEOUT_S"), f.getMessage());
            assertTrue(seconds < 20, "reported after " + seconds + " s");

            OcrSettings shortFile = OcrSettings.DEFAULT.withThreads(1).withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(1));
            ParseFailure g = assertThrows(ParseFailure.class, () -> new TikaDocumentParser(ParseLimits.DEFAULT, shortFile).parse(file, "scan.pdf"));
            assertEquals(ParseFailure.Reason.TIMEOUT, g.reason(), g.getMessage());
            assertTrue(g.getMessage().contains("POLICYMINER_OCR_FILE_TIMEOUT_S"), g.getMessage());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    static void assumeTesseract() {
        OcrAvailable.assume();
    }

    static String pageText(ParsedDocument d, int index) {
        Page p = d.pages().get(index);
        return d.text().substring(p.start(), p.end());
    }

    static byte[] png(Path pdf, int page, int dpi) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.GRAY), "png", b);
            return b.toByteArray();
        }
    }
}
