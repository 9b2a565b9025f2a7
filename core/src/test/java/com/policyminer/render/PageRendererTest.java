package com.policyminer.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PDFBox renders of real PDFs: size from the resolution, the pixel cap, ink on the page, the deadline, bad input. */
class PageRendererTest {

    static final Path ONE_PAGE = Path.of("core/src/test/resources/fixtures/report-zh.pdf");
    static final Path SIX_PAGES = Path.of("core/src/test/resources/fixtures/seed-004-pages.pdf"); // A4, 595.304 × 841.89 pt

    private static long far() {
        return System.nanoTime() + 60_000_000_000L;
    }

    @Test
    void aPageIsDrawnAtTheAskedResolution() throws Exception {
        PageRenderer.Rendered r = new PageRenderer(2500).render(SIX_PAGES, 2, 110, far());
        assertEquals(909, r.image().getWidth()); // 595.3 pt at 110 dpi
        assertEquals(1286, r.image().getHeight());
        assertEquals(110 / 72f, r.scale(), 1e-6);
        assertTrue(darkShare(r.image()) > 0.005, "no text drawn: " + darkShare(r.image()));
        assertTrue(darkShare(r.image()) < 0.5, "page mostly dark: " + darkShare(r.image()));
    }

    @Test
    void aPageOverThePixelCapIsDrawnSmaller() throws Exception {
        PageRenderer.Rendered r = new PageRenderer(500).render(SIX_PAGES, 1, 200, far());
        assertEquals(500, Math.max(r.image().getWidth(), r.image().getHeight()), 1);
        assertEquals(500f / 841.89f, r.scale(), 1e-5);
    }

    @Test
    void aChinesePageWithAnEmbeddedSubsetRenders() throws Exception {
        PageRenderer.Rendered r = new PageRenderer(2500).render(ONE_PAGE, 1, 72, far());
        assertTrue(r.image().getWidth() > 100 && darkShare(r.image()) > 0.001);
    }

    @Test
    void aPagePastTheLastIsNoSuchPage() {
        PageFailure f = assertThrows(PageFailure.class, () -> new PageRenderer(2500).render(SIX_PAGES, 7, 110, far()));
        assertEquals(PageFailure.Reason.NO_SUCH_PAGE, f.reason());
    }

    @Test
    void aRenderPastItsDeadlineStops() {
        assertThrows(PageRenderer.DeadlinePassed.class,
                () -> new PageRenderer(2500).render(SIX_PAGES, 1, 110, System.nanoTime() - 1));
    }

    @Test
    void aFileThatIsNoPdfIsUnreadable(@TempDir Path tmp) throws Exception {
        Path txt = Files.writeString(tmp.resolve("x.pdf"), "西安市研发投入强度5.05%");
        PageFailure f = assertThrows(PageFailure.class, () -> new PageRenderer(2500).render(txt, 1, 110, far()));
        assertEquals(PageFailure.Reason.UNREADABLE, f.reason());
        Path cut = tmp.resolve("cut.pdf");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(SIX_PAGES), 2000));
        assertEquals(PageFailure.Reason.UNREADABLE,
                assertThrows(PageFailure.class, () -> new PageRenderer(2500).render(cut, 1, 110, far())).reason());
    }

    /** Share of pixels darker than mid-grey. */
    static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return dark / (double) (image.getWidth() * (long) image.getHeight());
    }
}
