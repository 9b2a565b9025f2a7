package com.policyminer.api;

import com.policyminer.model.Page;
import com.policyminer.render.PageFailure;
import com.policyminer.render.PageImage;
import com.policyminer.render.PageImages;
import com.policyminer.render.RenderLimits;
import com.policyminer.search.BadQueryException;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** GET /api/documents/{id}/pages (the page list) and /api/documents/{id}/pages/{n} (one page as PNG). */
final class PageHandlers {

    /** A page in the list: its number, printed label, size in points (0: not recorded) and text span. */
    record PageInfo(int number, String label, float width, float height, int start, int end) {
        static PageInfo of(Page p) {
            return new PageInfo(p.number(), p.label(), p.width(), p.height(), p.start(), p.end());
        }
    }

    private final PageImages pages;

    PageHandlers(PageImages pages) {
        this.pages = pages;
    }

    void list(Context ctx) throws IOException {
        String id = DocumentHandlers.id(ctx);
        List<Page> list = call(ctx, () -> pages.pages(id));
        ctx.json(Map.of("id", id, "total", list.size(), "pages", list.stream().map(PageInfo::of).toList()));
    }

    void image(Context ctx) throws IOException {
        String id = DocumentHandlers.id(ctx);
        int number = pageNumber(ctx.pathParam("n"));
        RenderLimits limits = pages.limits();
        int dpi = Params.integer(ctx, "dpi", limits.defaultDpi(), limits.minDpi(), limits.maxDpi());
        PageImages.TextSpan span = span(ctx);
        PageImage image = call(ctx, () -> pages.image(id, number, dpi, span));
        ctx.header("Cache-Control", "private, max-age=3600"); // the id is the file's hash: page n of it never changes
        ctx.header("X-Page-Label", java.net.URLEncoder.encode(image.label(), java.nio.charset.StandardCharsets.UTF_8));
        ctx.header("X-Render-Cache", image.cached() ? "hit" : "miss");
        ctx.header("X-Outline-Boxes", Integer.toString(image.outlined()));
        ctx.contentType("image/png").result(image.png());
    }

    private static int pageNumber(String raw) {
        if (raw.matches("[0-9]{1,9}") && Integer.parseInt(raw) >= 1) {
            return Integer.parseInt(raw);
        }
        throw new BadQueryException("the page number must be a whole number from 1, not '"
                + (raw.length() > 20 ? raw.substring(0, 20) + "…" : raw) + "'");
    }

    /** start and end together, 0 <= start < end; neither: no outline. */
    private static PageImages.TextSpan span(Context ctx) {
        boolean hasStart = ctx.queryParam("start") != null;
        boolean hasEnd = ctx.queryParam("end") != null;
        if (!hasStart && !hasEnd) {
            return null;
        }
        if (hasStart != hasEnd) {
            throw new BadQueryException("parameters 'start' and 'end' go together");
        }
        int start = Params.integer(ctx, "start", -1, 0, Integer.MAX_VALUE - 1);
        int end = Params.integer(ctx, "end", -1, 1, Integer.MAX_VALUE);
        if (start < 0 || end <= start) {
            throw new BadQueryException("'end' must be greater than 'start' (both character offsets into the document text)");
        }
        return new PageImages.TextSpan(start, end);
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws PageFailure, IOException;
    }

    /** Runs a page call; its failure becomes the matching status with a JSON body. */
    private static <T> T call(Context ctx, Call<T> c) throws IOException {
        try {
            return c.run();
        } catch (PageFailure f) {
            if (f.reason() == PageFailure.Reason.TIMEOUT || f.reason() == PageFailure.Reason.BUSY) {
                ctx.header("Retry-After", "5");
            }
            throw switch (f.reason()) {
                case NO_DOCUMENT -> new ApiException(404, "not_found", f.getMessage());
                case NOT_PAGED -> new ApiException(404, "not_paged", f.getMessage());
                case NO_SUCH_PAGE -> new ApiException(404, "no_such_page", f.getMessage());
                case ORIGINAL_MISSING -> new ApiException(404, "original_missing", f.getMessage());
                case UNREADABLE -> new ApiException(422, "unreadable", f.getMessage());
                case TIMEOUT -> new ApiException(503, "render_timeout", f.getMessage());
                case BUSY -> new ApiException(503, "busy", f.getMessage());
            };
        }
    }
}
