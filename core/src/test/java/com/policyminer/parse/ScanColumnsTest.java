package com.policyminer.parse;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a page image is cut so that its columns are read one after the other (no Tesseract needed). */
class ScanColumnsTest {

    /** An A4 page at 100 dpi with "lines" of text: dark dashes 14 px high, 2-pixel gaps every 14 px (characters). */
    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(827, 1169, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 827, 1169);
        g.dispose();
        return img;
    }

    private static void line(BufferedImage img, int x0, int x1, int y) {
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        for (int x = x0; x + 12 <= x1; x += 14) {
            g.fillRect(x, y, 12, 14);
        }
        g.dispose();
    }

    @Test
    void aTitleAcrossThenTwoColumnsIsReadTitleLeftRight() {
        BufferedImage img = page();
        line(img, 250, 580, 100); // a title across the middle
        for (int y = 200; y < 1000; y += 24) {
            line(img, 80, 400, y);
            line(img, 430, 750, y);
        }
        List<Rectangle> parts = ScanColumns.parts(img, List.of());
        assertEquals(3, parts.size(), parts.toString());
        assertEquals(827, parts.get(0).width, "the title's band, whole");
        assertEquals(0, parts.get(1).x, "then the left column");
        assertEquals(parts.get(1).y, parts.get(2).y, "then the right one, beside it");
        assertEquals(parts.get(1).width, parts.get(2).x);
        assertEquals(true, parts.get(1).width > 400 && parts.get(1).width < 430, "cut in the gutter: " + parts.get(1));
    }

    @Test
    void oneColumnIsOnePart() {
        BufferedImage img = page();
        for (int y = 100; y < 1000; y += 24) {
            line(img, 80, y % 240 == 100 ? 500 : 750, y); // a few short lines (paragraph ends)
        }
        assertEquals(List.of(new Rectangle(0, 0, 827, 1169)), ScanColumns.parts(img, List.of()));
    }

    @Test
    void aTableWithRulesIsNotColumns() {
        BufferedImage img = page();
        for (int y = 200; y < 1000; y += 24) {
            line(img, 80, 400, y);
            line(img, 430, 750, y);
        }
        List<PdfPageReader.Ruling> rules = List.of(new PdfPageReader.Ruling(415, 190, 415, 1010));
        assertEquals(1, ScanColumns.parts(img, rules).size());
    }

    @Test
    void anEmptyPageIsOnePart() {
        assertEquals(1, ScanColumns.parts(page(), List.of()).size());
    }
}
