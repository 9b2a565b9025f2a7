package com.policyminer.parse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Scans made in the test from a born-digital PDF: chosen pages rendered to grey images and put into a
 * new PDF as one image per page, without any text layer. A "bad scan" is rendered at a lower
 * resolution, turned by a small angle and given speckle noise (seeded: the same bytes every run).
 */
final class ScannedPdf {

    /** How a page is scanned: resolution, skew in degrees, share of pixels flipped to noise. */
    record Scan(int dpi, double skewDegrees, double noise) {
        static final Scan CLEAN = new Scan(300, 0, 0);
        static final Scan BAD = new Scan(150, 1.5, 0.02);
    }

    private ScannedPdf() {
    }

    /** An image-only PDF of the given pages (1-based) of {@code source}. */
    static byte[] of(Path source, List<Integer> pages, Scan scan) throws IOException {
        try (PDDocument in = Loader.loadPDF(Files.readAllBytes(source)); PDDocument out = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(in);
            for (int n : pages) {
                PDRectangle box = in.getPage(n - 1).getMediaBox();
                BufferedImage image = degrade(renderer.renderImageWithDPI(n - 1, scan.dpi(), ImageType.GRAY), scan, n);
                addImagePage(out, image, box);
            }
            return bytes(out);
        }
    }

    /** {@code source} with the given pages (1-based) replaced by their scans: the mixed PDF. */
    static byte[] replacing(Path source, List<Integer> scannedPages, Scan scan) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(source))) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int n : scannedPages) {
                BufferedImage image = degrade(renderer.renderImageWithDPI(n - 1, scan.dpi(), ImageType.GRAY), scan, n);
                PDPage old = doc.getPage(n - 1);
                PDPage page = new PDPage(old.getMediaBox());
                PDImageXObject x = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, old.getMediaBox().getWidth(), old.getMediaBox().getHeight());
                }
                doc.getPages().insertBefore(page, old);
                doc.removePage(old);
            }
            return bytes(doc);
        }
    }

    private static void addImagePage(PDDocument out, BufferedImage image, PDRectangle box) throws IOException {
        PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
        out.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(out, image);
        try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
            cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
        }
    }

    static BufferedImage degrade(BufferedImage image, Scan scan, long seed) {
        if (scan.skewDegrees() == 0 && scan.noise() == 0) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(scan.skewDegrees()), out.getWidth() / 2.0, out.getHeight() / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        Random random = new Random(seed);
        int flips = (int) (out.getWidth() * (long) out.getHeight() * scan.noise());
        for (int i = 0; i < flips; i++) {
            int x = random.nextInt(out.getWidth());
            int y = random.nextInt(out.getHeight());
            out.getRaster().setSample(x, y, 0, random.nextBoolean() ? 0 : 255);
        }
        return out;
    }

    private static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        doc.save(b);
        return b.toByteArray();
    }
}
