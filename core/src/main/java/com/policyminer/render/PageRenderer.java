package com.policyminer.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws one page of a PDF file with PDFBox's {@link PDFRenderer}: at the asked resolution, or smaller
 * when the longest side would pass the pixel cap, and only until a deadline. The deadline is checked
 * before every operator of the page's content stream, so a render past its time stops within one
 * operator (one glyph run, one path, one image) instead of running on after its caller gave up.
 */
public final class PageRenderer {

    /**
     * A drawn page: the image, how many pixels one PDF point takes (the same along x and y), and the
     * page's size in points (its crop box, turned as the page is shown).
     */
    public record Rendered(BufferedImage image, float scale, float width, float height) {
    }

    /** Thrown inside PDFBox when the deadline passed or the worker was interrupted; unchecked, so no catch in PDFBox keeps it. */
    static final class DeadlinePassed extends RuntimeException {
        DeadlinePassed() {
            super("page render stopped at its time limit", null, false, false);
        }
    }

    private final int maxSidePixels;

    public PageRenderer(int maxSidePixels) {
        this.maxSidePixels = maxSidePixels;
    }

    /**
     * @param pdf           the file
     * @param number        physical page number, 1-based
     * @param dpi           resolution (pixels per inch; a PDF point is 1/72 inch)
     * @param deadlineNanos {@link System#nanoTime()} past which the render stops with {@link DeadlinePassed}
     * @throws PageFailure  NO_SUCH_PAGE when the file has fewer pages, UNREADABLE when PDFBox cannot open it
     */
    public Rendered render(Path pdf, int number, int dpi, long deadlineNanos) throws PageFailure, IOException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(pdf.toFile());
        } catch (IOException e) {
            if (!pdf.toFile().isFile()) {
                throw e;
            }
            throw new PageFailure(PageFailure.Reason.UNREADABLE, "PDFBox cannot open " + pdf.getFileName() + ": " + e.getMessage(), e);
        }
        try (doc) {
            if (number < 1 || number > doc.getNumberOfPages()) {
                throw new PageFailure(PageFailure.Reason.NO_SUCH_PAGE, "page " + number + " of " + doc.getNumberOfPages());
            }
            PDPage page = doc.getPage(number - 1);
            PDRectangle crop = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            float width = turned ? crop.getHeight() : crop.getWidth();
            float height = turned ? crop.getWidth() : crop.getHeight();
            if (!(width > 0 && height > 0)) {
                throw new PageFailure(PageFailure.Reason.UNREADABLE, "page " + number + " has no size");
            }
            float scale = Math.min(dpi / 72f, maxSidePixels / Math.max(width, height));
            BufferedImage image = new DeadlineRenderer(doc, deadlineNanos).renderImage(number - 1, scale, ImageType.RGB);
            return new Rendered(image, scale, width, height);
        }
    }

    /** A renderer whose page drawer checks the deadline (and the thread's interrupt) before each operator. */
    private static final class DeadlineRenderer extends PDFRenderer {
        private final long deadlineNanos;

        DeadlineRenderer(PDDocument doc, long deadlineNanos) {
            super(doc);
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    if (System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted()) {
                        throw new DeadlinePassed();
                    }
                    super.processOperator(operator, operands);
                }
            };
        }
    }
}
