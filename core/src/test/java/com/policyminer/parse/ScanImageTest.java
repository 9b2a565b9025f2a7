package com.policyminer.parse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Image preparation before OCR, on pages of the seeds' renditions drawn at 150 dpi (no Tesseract needed). */
class ScanImageTest {

    private static final Path FIDELITY = FidelityTest.RENDITIONS;

    private static BufferedImage page(String rendition, int n, int dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(FIDELITY.resolve(rendition).toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(n - 1, dpi, ImageType.GRAY);
        }
    }

    @Test
    void findsTheSkewOfATurnedPageAndLevelsIt() throws IOException {
        BufferedImage straight = page("gansu-2026-government-work-report/plain.pdf", 2, 150);
        assertEquals(0, ScanImage.skew(straight), 0.1);
        for (double angle : new double[] {1.5, -2.0}) {
            BufferedImage turned = ScanImage.rotate(straight, angle);
            assertEquals(angle, ScanImage.skew(turned), 0.15, "turned by " + angle);
            ScanImage.Prepared p = ScanImage.prepare(turned, 300);
            assertEquals(0, ScanImage.skew(p.grey()), 0.15, "levelled");
        }
    }

    @Test
    void takesTableRulesOutAsRulingsAndLeavesTextAlone() throws IOException {
        BufferedImage text = page("gansu-2026-government-work-report/plain.pdf", 2, 300);
        long darkBefore = dark(text);
        assertEquals(List.of(), ScanImage.takeOutRules(text, 180), "a page of text has no rules");
        assertEquals(darkBefore, dark(text), "and keeps every pixel");

        BufferedImage table = page("000_f8820dc2aea3848d/plain.pdf", 3, 300); // table 1, ruled on every side
        List<PdfPageReader.Ruling> rules = ScanImage.takeOutRules(table, 180);
        long across = rules.stream().filter(PdfPageReader.Ruling::horizontal).count();
        long down = rules.stream().filter(PdfPageReader.Ruling::vertical).count();
        assertTrue(across >= 5 && down >= 5, "rules of the table: " + across + " across, " + down + " down");
        assertEquals(List.of(), ScanImage.takeOutRules(table, 180), "and they are gone from the image");
    }

    @Test
    void enlargesALowResolutionScan() throws IOException {
        ScanImage.Prepared p = ScanImage.prepare(page("002_62e1a830fce91b89/plain.pdf", 1, 150), 150);
        assertEquals(300, p.dpi());
        assertEquals(Math.round(595 / 72.0 * 300), p.grey().getWidth(), 3);
    }

    private static long dark(BufferedImage g) {
        long n = 0;
        for (int y = 0; y < g.getHeight(); y++) {
            for (int x = 0; x < g.getWidth(); x++) {
                n += g.getRaster().getSample(x, y, 0) < 150 ? 1 : 0;
            }
        }
        return n;
    }
}
