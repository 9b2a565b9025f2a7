package com.policyminer.parse;

import com.policyminer.model.ParsedDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A born-digital PDF with a scanned page in it, on a machine without Tesseract: the text is read, and
 * the page without text is reported (with how to install OCR), not lost silently. (With Tesseract the
 * page is OCR'd: {@code OcrScansTest}.)
 */
class PdfScannedPageTest {

    @Test
    void aScannedPageInATextPdfIsFlaggedSuspectLoss() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage text = new PDPage(PDRectangle.A4);
            doc.addPage(text);
            try (PDPageContentStream cs = new PDPageContentStream(doc, text)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Regional innovation report: research spending grew in 2020 across the western provinces.");
                cs.endText();
            }
            PDPage scan = new PDPage(PDRectangle.A4);
            doc.addPage(scan);
            BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(Color.BLACK);
            g.drawString("scanned text", 20, 40);
            g.dispose();
            PDImageXObject xo = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, scan)) {
                cs.drawImage(xo, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        ParsedDocument d = new TikaDocumentParser(ParseLimits.DEFAULT, OcrSettings.DEFAULT.withTesseract("/nonexistent/tesseract"))
                .parseBytes(pdf, "mixed.pdf");
        assertTrue(d.text().contains("research spending grew in 2020"), d.text());
        assertEquals(2, d.pages().size());
        String loss = d.metadata().get(ParsedDocument.SUSPECT_LOSS);
        assertTrue(loss != null && loss.contains("page 2 is an image without a text layer"), String.valueOf(loss));
        assertTrue(loss.contains("page 2 not read") && loss.contains(OcrSettings.INSTALL), loss);
        assertTrue(d.pages().stream().noneMatch(com.policyminer.model.Page::ocr));
    }
}
