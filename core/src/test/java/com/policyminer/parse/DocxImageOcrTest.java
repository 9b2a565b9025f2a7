package com.policyminer.parse;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extraction;
import com.policyminer.extract.Extractors;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.Figure;
import com.policyminer.model.OcrBlocks;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.RegionMention;
import com.policyminer.model.Token;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Images in a DOCX: a scanned page pasted into a Word report is OCR'd and its text put where the image is,
 * flagged with its confidence, its figures and regions found; a DOCX of text only, or with only small
 * images (a logo), runs no OCR; without Tesseract the document keeps its text and says which images were not read.
 * The DOCX is made in the test with Apache POI from a seed page drawn by PDFBox (nothing binary committed).
 */
class DocxImageOcrTest {

    private static final Path SEED_000 = FidelityTest.RENDITIONS.resolve("000_f8820dc2aea3848d/plain.pdf");
    /** Embedded images asked for, and a Tesseract that is not there: any OCR tried fails loudly. */
    private static final OcrSettings MISSING = OcrSettings.DEFAULT.withEmbeddedImages(true).withTesseract("/nonexistent/bin/tesseract");
    private static final String BEFORE = "以下为扫描件附件的内容，请以原件为准。";
    private static final String AFTER = "附件内容到此为止，正文继续说明有关情况。";

    @Test
    @Tag("slow")
    void aScannedPageInADocxIsReadWhereItIsAndItsFiguresAreFlagged() throws Exception {
        OcrAvailable.assume();
        TikaDocumentParser parser = new TikaDocumentParser(ParseLimits.DEFAULT, OcrSettings.DEFAULT.withEmbeddedImages(true).withThreads(1));
        ParsedDocument doc = parser.parseBytes(docx(page(SEED_000, 3, 300)), "report-with-scan.docx");
        ParsedDocument source = parser.parseBytes(Files.readAllBytes(SEED_000), "000.pdf");

        assertEquals("1", doc.metadata().get("ocr_images"));
        List<OcrBlocks.Block> blocks = OcrBlocks.parse(doc.metadata().get(OcrBlocks.METADATA));
        assertEquals(1, blocks.size(), doc.metadata().toString());
        OcrBlocks.Block block = blocks.get(0);
        assertTrue(block.confidence() > 0.7, "confidence " + block.confidence());
        int before = doc.text().indexOf(BEFORE);
        int after = doc.text().indexOf(AFTER);
        assertTrue(before >= 0 && before < block.start() && block.end() <= after, "the image's text is where the image is: "
                + before + " < " + block + " < " + after);
        assertTrue(doc.text().strip().endsWith(AFTER), "nothing after the last paragraph (no image name, no second OCR)");
        assertFalse(doc.tables().isEmpty(), "the scanned table is a table");

        String want = TextSimilarity.normalize(pageText(source, 2));
        String got = TextSimilarity.normalize(doc.text().substring(block.start(), block.end()));
        double accuracy = 1 - (double) EditDistance.of(want, got) / want.length();
        assertTrue(accuracy >= 0.95, "character accuracy " + accuracy + ":\n" + got);

        Extraction fromImage = extract(doc);
        Extraction fromText = extract(source);
        List<Figure> inBlock = fromImage.figures().stream().filter(f -> f.start() >= block.start() && f.start() < block.end()).toList();
        List<Figure> onPage = fromText.figures().stream().filter(f -> f.page() != null && f.page() == 3).toList();
        assertTrue(inBlock.stream().allMatch(f -> f.ocr() && f.ocrConfidence() == block.confidence()), "figures flagged");
        assertTrue(fromImage.figures().stream().filter(f -> f.start() < block.start() || f.start() >= block.end()).noneMatch(Figure::ocr));
        int found = matched(values(onPage), values(inBlock));
        assertTrue(onPage.size() >= 10 && found >= 0.9 * onPage.size(), found + " of " + onPage.size() + " figures found");

        List<String> regionsWanted = regions(fromText.regions().stream().filter(r -> r.page() != null && r.page() == 3).toList());
        List<String> regionsFound = regions(fromImage.regions().stream().filter(r -> r.start() >= block.start() && r.start() < block.end()).toList());
        int regions = matched(regionsWanted, regionsFound);
        System.out.printf("DOCX image OCR: accuracy %.4f, figures %d/%d, regions %d/%d, confidence %.3f%n", accuracy, found, onPage.size(),
                regions, regionsWanted.size(), block.confidence());
        assertTrue(regionsWanted.size() >= 5 && regions >= 0.9 * regionsWanted.size(), regions + " of " + regionsWanted + " in " + regionsFound);
    }

    @Test
    void aDocxOfTextOrWithOnlySmallImagesRunsNoOcr() throws Exception {
        TikaDocumentParser parser = new TikaDocumentParser(ParseLimits.DEFAULT, MISSING); // OCR tried would fail loudly
        for (byte[] file : List.of(docx(null), docx(logo()))) {
            ParsedDocument doc = parser.parseBytes(file, "report.docx");
            assertEquals(BEFORE + "\n" + AFTER, doc.text().strip(), "no image name, nothing Tika's own OCR made of the logo");
            assertNull(doc.metadata().get("ocr_images"), doc.metadata().toString());
            assertNull(doc.metadata().get(OcrBlocks.METADATA));
            assertNull(doc.metadata().get(ParsedDocument.SUSPECT_LOSS), doc.metadata().toString());
        }
        assertTrue(DocxImages.large(docx(logo())).isEmpty(), "a 300 × 80 logo is under the size that holds text");
    }

    @Test
    void byDefaultAnImageInADocxIsNotOcrd() throws Exception {
        assertFalse(OcrSettings.DEFAULT.embeddedImages(), "the issue: embedded images only when a setting asks for it");
        TikaDocumentParser parser = new TikaDocumentParser(ParseLimits.DEFAULT,
                OcrSettings.DEFAULT.withTesseract("/nonexistent/bin/tesseract")); // OCR tried would fail loudly
        ParsedDocument doc = parser.parseBytes(docx(page(SEED_000, 1, 100)), "report-with-scan.docx");
        assertEquals(BEFORE + "\n" + AFTER, doc.text().strip(), "the text, no image name, nothing Tika's own OCR made of it");
        assertNull(doc.metadata().get("ocr_images"), doc.metadata().toString());
        assertNull(doc.metadata().get(ParsedDocument.SUSPECT_LOSS), doc.metadata().toString());
        assertTrue(com.policyminer.app.Config.fromEnvironment(java.util.Map.of("POLICYMINER_OCR_EMBEDDED_IMAGES", "TRUE"))
                .ocr().embeddedImages());
        assertThrows(IllegalArgumentException.class,
                () -> com.policyminer.app.Config.fromEnvironment(java.util.Map.of("POLICYMINER_OCR_EMBEDDED_IMAGES", "yes")));
    }

    @Test
    void withoutTesseractADocxKeepsItsTextAndNamesTheImageNotRead() throws Exception {
        TikaDocumentParser parser = new TikaDocumentParser(ParseLimits.DEFAULT, MISSING);
        ParsedDocument doc = parser.parseBytes(docx(page(SEED_000, 1, 100)), "report-with-scan.docx");
        assertTrue(doc.text().contains(BEFORE) && doc.text().contains(AFTER));
        assertEquals("0", doc.metadata().get("ocr_images"));
        String warning = doc.metadata().get(ParsedDocument.SUSPECT_LOSS);
        assertTrue(warning != null && warning.contains("image1.png") && warning.contains(OcrSettings.INSTALL), String.valueOf(warning));
    }

    /** A Word report: a paragraph, the image (if any) in a paragraph of its own, a paragraph. */
    static byte[] docx(BufferedImage image) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText(BEFORE);
            if (image != null) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                int widthPt = 450;
                int heightPt = Math.round(450f * image.getHeight() / image.getWidth());
                try {
                    d.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG,
                            "scan.png", Units.toEMU(widthPt), Units.toEMU(heightPt));
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new IOException(e);
                }
            }
            d.createParagraph().createRun().setText(AFTER);
            d.write(out);
            return out.toByteArray();
        }
    }

    /** A page of a PDF drawn in grey at {@code dpi}: a scan of it. */
    static BufferedImage page(Path pdf, int number, int dpi) throws IOException {
        try (PDDocument in = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(in).renderImageWithDPI(number - 1, dpi, ImageType.GRAY);
        }
    }

    /** A logo: a dark band with a light one, 300 × 80 pixels. */
    private static BufferedImage logo() {
        BufferedImage logo = new BufferedImage(300, 80, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = logo.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 300, 80);
        g.setColor(java.awt.Color.DARK_GRAY);
        g.fillRect(10, 10, 280, 30);
        g.dispose();
        return logo;
    }

    private static final Extractors EXTRACTORS = Extractors.standard();
    private static final HanLPAnalyzer HANLP = new HanLPAnalyzer();

    private static Extraction extract(ParsedDocument doc) {
        return EXTRACTORS.extract(new AnalyzedDocument(doc, HANLP.segment(doc.text(), Token::new)));
    }

    private static String pageText(ParsedDocument d, int index) {
        com.policyminer.model.Page p = d.pages().get(index);
        return d.text().substring(p.start(), p.end());
    }

    private static List<String> values(List<Figure> figures) {
        return figures.stream().map(f -> f.normalizedValue() + " " + f.normalizedUnit()).toList();
    }

    private static List<String> regions(List<RegionMention> regions) {
        return regions.stream().map(RegionMention::name).toList();
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
