package com.policyminer.render;

import com.policyminer.model.Page;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@link PageImages} over the corpus folder: finds the document's stored path and pages through
 * {@link Documents} (the index), its original file under the corpus, renders on a {@link RenderQueue}
 * within the {@link RenderLimits}, keeps renders in a {@link PageImageCache} and outlines a text span
 * on a copy.
 */
public final class OriginalPages implements PageImages, AutoCloseable {

    /** An indexed document as far as its pages go. */
    public record PagedDocument(String id, String path, String format, List<Page> pages) {
    }

    /** Where documents are looked up by id (the index). */
    @FunctionalInterface
    public interface Documents {
        Optional<PagedDocument> find(String id) throws IOException;
    }

    private final Documents documents;
    private final OriginalFiles files;
    private final RenderLimits limits;
    private final PageRenderer renderer;
    private final RenderQueue queue;
    private final PageImageCache cache;

    public OriginalPages(Documents documents, Path corpus, RenderLimits limits) {
        this.documents = documents;
        this.files = new OriginalFiles(corpus);
        this.limits = limits;
        this.renderer = new PageRenderer(limits.maxSidePixels());
        this.queue = new RenderQueue(limits.workers(), limits.queued(), limits.timeout());
        this.cache = new PageImageCache(limits.cacheBytes());
    }

    @Override
    public RenderLimits limits() {
        return limits;
    }

    @Override
    public List<Page> pages(String id) throws PageFailure, IOException {
        return paged(id).pages();
    }

    @Override
    public PageImage image(String id, int number, int dpi, TextSpan outline) throws PageFailure, IOException {
        PagedDocument d = paged(id);
        int last = d.pages().get(d.pages().size() - 1).number();
        if (number < 1 || number > last) {
            throw new PageFailure(PageFailure.Reason.NO_SUCH_PAGE, "document " + id + " has " + last
                    + " pages; there is no page " + number);
        }
        Page page = d.pages().stream().filter(p -> p.number() == number).findFirst().orElse(null);
        return draw(files.locate(d.id(), d.path()), id, number, page, dpi, outline);
    }

    /**
     * Page {@code number} of a PDF file outside the index (the CLI's {@code page FILE N}), outlined from
     * {@code pages} (what parsing the file gave; may be empty). Bounded and timed, not cached.
     */
    public PageImage image(Path pdf, List<Page> pages, int number, int dpi, TextSpan outline) throws PageFailure, IOException {
        Page page = pages.stream().filter(p -> p.number() == number).findFirst().orElse(null);
        return draw(pdf, null, number, page, dpi, outline);
    }

    private PagedDocument paged(String id) throws PageFailure, IOException {
        PagedDocument d = documents.find(id).orElseThrow(() ->
                new PageFailure(PageFailure.Reason.NO_DOCUMENT, "no document with id " + id));
        if (!"pdf".equals(d.format()) || d.pages().isEmpty()) {
            throw new PageFailure(PageFailure.Reason.NOT_PAGED, "document " + id + " (" + d.format()
                    + ") has no pages to show: only PDF documents are paged");
        }
        return d;
    }

    private PageImage draw(Path pdf, String cacheId, int number, Page page, int dpi, TextSpan outline)
            throws PageFailure, IOException {
        if (dpi < limits.minDpi() || dpi > limits.maxDpi()) {
            throw new IllegalArgumentException("dpi must be between " + limits.minDpi() + " and " + limits.maxDpi());
        }
        PageImageCache.Key key = new PageImageCache.Key(cacheId, number, dpi);
        PageImageCache.Entry base = cacheId == null ? null : cache.get(key);
        boolean cached = base != null;
        if (base == null) {
            base = queue.run(deadline -> {
                PageRenderer.Rendered r = renderer.render(pdf, number, dpi, deadline);
                return new PageImageCache.Entry(Png.encode(r.image()), r.image().getWidth(), r.image().getHeight(), r.scale(),
                        r.width(), r.height());
            });
            if (cacheId != null) {
                cache.put(key, base);
            }
        }
        String label = page == null ? Integer.toString(number) : page.label();
        List<PageOutline.Rect> rects = outline == null ? List.of() : PageOutline.of(page, outline.start(), outline.end());
        if (rects.isEmpty()) {
            return new PageImage(base.png(), base.width(), base.height(), number, label, cached, 0);
        }
        // boxes are in the points of the page as the parser measured it; a page whose size it did not
        // record (0) is taken at the PDF's own size
        float scaleX = page.width() > 0 ? base.scale() * base.pageWidth() / page.width() : base.scale();
        float scaleY = page.height() > 0 ? base.scale() * base.pageHeight() / page.height() : base.scale();
        PageImageCache.Entry drawn = base;
        byte[] png = queue.run(deadline -> OutlinePainter.paint(drawn.png(), rects, scaleX, scaleY));
        return new PageImage(png, base.width(), base.height(), number, label, cached, rects.size());
    }

    /** Cached renders: count and PNG bytes (for tests and the log). */
    long cachedBytes() {
        return cache.bytes();
    }

    @Override
    public void close() {
        queue.close();
    }
}
