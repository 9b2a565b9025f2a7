package com.policyminer.render;

import com.policyminer.model.Page;
import com.policyminer.model.ParsedDocument;
import com.policyminer.parse.TikaDocumentParser;
import com.policyminer.parse.ParseLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Page images of a real six-page PDF in a corpus folder, with the pages its parse gives (today: Tika's
 * page divs, no boxes) and with synthetic line boxes: cache, outline, time limit, and every failure.
 */
class OriginalPagesTest {

    @TempDir
    static Path corpus;
    static String id;
    static List<Page> parsed;

    @BeforeAll
    static void copyAndParse() throws Exception {
        Path file = Files.createDirectories(corpus.resolve("reports")).resolve("seed-004-pages.pdf");
        Files.copy(PageRendererTest.SIX_PAGES, file);
        ParsedDocument d = new TikaDocumentParser(new ParseLimits(10_000_000, 1_000_000, Duration.ofSeconds(60)))
                .parse(file, "reports/seed-004-pages.pdf");
        id = d.id();
        parsed = d.pages();
        assertEquals(6, parsed.size(), "Tika's page divs");
    }

    private static OriginalPages over(Map<String, OriginalPages.PagedDocument> docs, RenderLimits limits) {
        return new OriginalPages(i -> Optional.ofNullable(docs.get(i)), corpus, limits);
    }

    private static OriginalPages over(List<Page> pages) {
        return over(Map.of(id, new OriginalPages.PagedDocument(id, "reports/seed-004-pages.pdf", "pdf", pages)), RenderLimits.standard());
    }

    @Test
    void theSecondLookAtAPageComesFromTheCache() throws Exception {
        try (OriginalPages pages = over(parsed)) {
            for (int n = 1; n <= 6; n++) {
                long t0 = System.nanoTime();
                PageImage first = pages.image(id, n, 110, null);
                long t1 = System.nanoTime();
                PageImage again = pages.image(id, n, 110, null);
                long t2 = System.nanoTime();
                System.out.printf("page %d at 110 dpi: %d × %d px, %d KB; first %.1f ms, cached %.2f ms%n", n,
                        first.width(), first.height(), first.png().length / 1024, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
                assertFalse(first.cached());
                assertTrue(again.cached());
                assertArrayEquals(first.png(), again.png());
                assertTrue(t2 - t1 < t1 - t0, "the cached answer was not faster");
                assertEquals(Integer.toString(n), first.label());
                BufferedImage img = Png.decode(first.png());
                assertEquals(first.width(), img.getWidth());
            }
            assertTrue(pages.cachedBytes() > 0);
            assertFalse(pages.image(id, 1, 150, null).cached(), "another resolution is another render");
        }
    }

    @Test
    void theCacheStaysWithinItsBytes() throws Exception {
        long one;
        try (OriginalPages pages = over(parsed)) {
            one = pages.image(id, 1, 60, null).png().length;
        }
        long budget = one * 3 / 2;
        var docs = Map.of(id, new OriginalPages.PagedDocument(id, "reports/seed-004-pages.pdf", "pdf", parsed));
        try (OriginalPages pages = over(docs, RenderLimits.standard().withCacheBytes(budget))) {
            for (int n = 1; n <= 3; n++) {
                pages.image(id, n, 60, null);
                assertTrue(pages.cachedBytes() <= budget, pages.cachedBytes() + " > " + budget);
            }
            assertTrue(pages.image(id, 3, 60, null).cached());
            assertFalse(pages.image(id, 1, 60, null).cached(), "page 1 should have been evicted");
        }
    }

    @Test
    void pagesWithoutBoxesGiveThePlainImage() throws Exception {
        List<Page> boxless = parsed.stream().map(p -> new Page(p.number(), p.label(), p.start(), p.end(), 0, 0, List.of())).toList();
        try (OriginalPages pages = over(boxless)) {
            Page p2 = parsed.get(1);
            PageImage plain = pages.image(id, 2, 110, null);
            PageImage asked = pages.image(id, 2, 110, new PageImages.TextSpan(p2.start() + 5, p2.start() + 20));
            assertEquals(0, asked.outlined());
            assertArrayEquals(plain.png(), asked.png());
        }
    }

    @Test
    void aSpanIsOutlinedWhereTheBoxesSayOnACopyOfTheCachedPage() throws Exception {
        // one line box of 20 characters at (72, 100) pt, 360 pt wide: characters 5..10 are at x 162..252
        Page boxed = new Page(1, "iii", 0, 40, 595.304f, 841.89f, List.of(new Page.Box(0, 20, 72, 100, 360, 14)));
        Page sizeless = new Page(1, "iii", 0, 40, 0, 0, boxed.boxes());
        try (OriginalPages pages = over(withFirst(boxed))) {
            PageImage plain = pages.image(id, 1, 72, null);
            PageImage outlined = pages.image(id, 1, 72, new PageImages.TextSpan(5, 10));
            assertEquals(1, outlined.outlined());
            assertEquals("iii", outlined.label());
            assertNotEquals(Arrays.hashCode(plain.png()), Arrays.hashCode(outlined.png()));
            assertArrayEquals(plain.png(), pages.image(id, 1, 72, null).png(), "the cached page was drawn on");
            BufferedImage a = Png.decode(plain.png());
            BufferedImage b = Png.decode(outlined.png());
            // at 72 dpi a point is a pixel: inside the outline is tinted red, far outside is untouched
            int inside = b.getRGB(200, 107);
            assertTrue((inside >> 16 & 0xff) > (inside & 0xff) + 20, Integer.toHexString(inside));
            assertEquals(a.getRGB(400, 400), b.getRGB(400, 400));
            assertEquals(a.getRGB(120, 107), b.getRGB(120, 107), "left of the span, same line");
            assertNotEquals(a.getRGB(160, 107), b.getRGB(160, 107), "the border at x 160");
            // a page whose size was not recorded takes it from the PDF: the same outline
            try (OriginalPages bare = over(withFirst(sizeless))) {
                assertArrayEquals(outlined.png(), bare.image(id, 1, 72, new PageImages.TextSpan(5, 10)).png());
            }
        }
    }

    @Test
    void eachFailureHasItsReason(@TempDir Path elsewhere) throws Exception {
        String txtId = "b".repeat(64);
        String goneId = "c".repeat(64);
        String changedId = "d".repeat(64);
        String outsideId = "e".repeat(64);
        Files.writeString(corpus.resolve("changed.pdf"), "not the indexed bytes");
        var docs = Map.of(
                id, new OriginalPages.PagedDocument(id, "reports/seed-004-pages.pdf", "pdf", parsed),
                txtId, new OriginalPages.PagedDocument(txtId, "a.txt", "txt", List.of()),
                goneId, new OriginalPages.PagedDocument(goneId, "gone.pdf", "pdf", parsed),
                changedId, new OriginalPages.PagedDocument(changedId, "changed.pdf", "pdf", parsed),
                outsideId, new OriginalPages.PagedDocument(outsideId, "../" + elsewhere.getFileName() + "/x.pdf", "pdf", parsed));
        try (OriginalPages pages = over(docs, RenderLimits.standard())) {
            assertEquals(PageFailure.Reason.NO_DOCUMENT, reason(() -> pages.image("f".repeat(64), 1, 110, null)));
            assertEquals(PageFailure.Reason.NO_DOCUMENT, reason(() -> pages.pages("f".repeat(64))));
            assertEquals(PageFailure.Reason.NOT_PAGED, reason(() -> pages.image(txtId, 1, 110, null)));
            assertEquals(PageFailure.Reason.NOT_PAGED, reason(() -> pages.pages(txtId)));
            assertEquals(PageFailure.Reason.NO_SUCH_PAGE, reason(() -> pages.image(id, 7, 110, null)));
            assertEquals(PageFailure.Reason.NO_SUCH_PAGE, reason(() -> pages.image(id, 0, 110, null)));
            assertEquals(PageFailure.Reason.ORIGINAL_MISSING, reason(() -> pages.image(goneId, 1, 110, null)));
            assertEquals(PageFailure.Reason.ORIGINAL_MISSING, reason(() -> pages.image(changedId, 1, 110, null)));
            assertEquals(PageFailure.Reason.ORIGINAL_MISSING, reason(() -> pages.image(outsideId, 1, 110, null)));
            assertThrows(IllegalArgumentException.class, () -> pages.image(id, 1, 20, null));
        }
    }

    @Test
    void aFileChangedAfterItWasSeenIsNoLongerServed(@TempDir Path tmp) throws Exception {
        Path file = corpus.resolve("later.pdf");
        Files.copy(PageRendererTest.SIX_PAGES, file);
        var docs = Map.of(id, new OriginalPages.PagedDocument(id, "later.pdf", "pdf", parsed));
        try (OriginalPages pages = over(docs, RenderLimits.standard().withCacheBytes(0))) {
            pages.image(id, 1, 60, null);
            Files.copy(PageRendererTest.ONE_PAGE, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertEquals(PageFailure.Reason.ORIGINAL_MISSING, reason(() -> pages.image(id, 1, 60, null)));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aRenderPastTheTimeLimitIsATimeout() throws Exception {
        var docs = Map.of(id, new OriginalPages.PagedDocument(id, "reports/seed-004-pages.pdf", "pdf", parsed));
        try (OriginalPages pages = over(docs, RenderLimits.standard().withTimeout(Duration.ofMillis(1)))) {
            long t0 = System.nanoTime();
            assertEquals(PageFailure.Reason.TIMEOUT, reason(() -> pages.image(id, 1, 200, null)));
            assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "the caller waited past the limit");
        }
    }

    private static List<Page> withFirst(Page first) {
        List<Page> pages = new java.util.ArrayList<>(parsed);
        pages.set(0, first);
        return pages;
    }

    @FunctionalInterface
    interface Call {
        Object run() throws Exception;
    }

    private static PageFailure.Reason reason(Call c) {
        try {
            c.run();
        } catch (PageFailure f) {
            return f.reason();
        } catch (Exception e) {
            throw new AssertionError("expected a PageFailure, got " + e, e);
        }
        throw new AssertionError("expected a PageFailure");
    }
}
