package com.policyminer.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/** Draws outline rectangles on a copy of a page image: a translucent fill and a firmer border. */
final class OutlinePainter {

    static final Color FILL = new Color(224, 64, 47, 48);
    static final Color BORDER = new Color(224, 64, 47, 220);
    /** Pixels the outline stands off the glyphs, so the border does not cover them. */
    private static final int PAD = 2;

    private OutlinePainter() {
    }

    /**
     * @param png    the page image (left untouched: the cache holds it)
     * @param rects  rectangles in PDF points from the page's top-left
     * @param scaleX pixels per point along x
     * @param scaleY pixels per point along y
     * @return the outlined image as PNG
     */
    static byte[] paint(byte[] png, List<PageOutline.Rect> rects, float scaleX, float scaleY) throws IOException {
        BufferedImage image = Png.decode(png); // a fresh image: the copy we draw on
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(2f));
            for (PageOutline.Rect r : rects) {
                int x = Math.round(r.x() * scaleX) - PAD;
                int y = Math.round(r.y() * scaleY) - PAD;
                int w = Math.max(1, Math.round(r.w() * scaleX)) + 2 * PAD;
                int h = Math.max(1, Math.round(r.h() * scaleY)) + 2 * PAD;
                g.setColor(FILL);
                g.fillRect(x, y, w, h);
                g.setColor(BORDER);
                g.drawRect(x, y, w, h);
            }
        } finally {
            g.dispose();
        }
        return Png.encode(image);
    }
}
