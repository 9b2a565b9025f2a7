package com.policyminer.cli;

import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.model.Page;
import com.policyminer.model.ParsedDocument;
import com.policyminer.parse.ParseFailure;
import com.policyminer.parse.TikaDocumentParser;
import com.policyminer.render.OriginalPages;
import com.policyminer.render.PageFailure;
import com.policyminer.render.PageImage;
import com.policyminer.render.PageImages;
import com.policyminer.render.RenderLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "page", description = {"Render one page of a PDF as a PNG: of a file, or of an indexed document by its id.",
        "--start/--end outline that span of the document text on the page (where the page knows its line boxes)."})
final class PageCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    BackendFlags backend;

    @Parameters(index = "0", paramLabel = "FILE_OR_ID", description = "a PDF file, or the id of an indexed document")
    String target;

    @Parameters(index = "1", paramLabel = "N", description = "physical page number, 1-based")
    int number;

    @Option(names = "--out", required = true, paramLabel = "PNG", description = "where to write the image")
    Path out;

    @Option(names = "--dpi", description = "resolution, 50–200 (default 110)")
    Integer dpi;

    @Option(names = "--start", description = "start offset of the span to outline (with --end)")
    Integer start;

    @Option(names = "--end", description = "end offset of the span to outline")
    Integer end;

    @Override
    public Integer call() throws IOException {
        RenderLimits limits = RenderLimits.standard();
        int resolution = dpi == null ? limits.defaultDpi() : dpi;
        if (resolution < limits.minDpi() || resolution > limits.maxDpi()) {
            return usage("--dpi must be between " + limits.minDpi() + " and " + limits.maxDpi());
        }
        if ((start == null) != (end == null) || start != null && (start < 0 || end <= start)) {
            return usage("--start and --end go together, with 0 <= start < end");
        }
        if (number < 1) {
            return usage("N is a page number from 1");
        }
        PageImages.TextSpan span = start == null ? null : new PageImages.TextSpan(start, end);
        Path file = Path.of(target);
        try {
            PageImage image;
            if (Files.isRegularFile(file)) {
                image = ofFile(file, resolution, span, limits);
            } else if (target.matches("[0-9a-f]{64}")) {
                try (Engine engine = Engine.open(common.config(), backend.options(), true)) {
                    engine.requireCurrentIndex();
                    image = engine.pages().image(target, number, resolution, span);
                }
            } else {
                return usage(target + " is neither a file nor a document id (64 hex digits)");
            }
            Files.write(out, image.png());
            System.out.printf("page %d (printed %s), %d × %d px%s → %s%n", image.number(), image.label(), image.width(),
                    image.height(), span == null ? "" : ", " + image.outlined() + " outline rectangles", out);
            return 0;
        } catch (PageFailure f) {
            System.err.println("error: " + f.getMessage() + " (" + f.reason() + ")");
            return 2;
        }
    }

    /** A file is parsed for its pages (labels, line boxes), then drawn within the same bounds as the server's. */
    private PageImage ofFile(Path file, int resolution, PageImages.TextSpan span, RenderLimits limits)
            throws PageFailure, IOException {
        List<Page> pages = List.of();
        try {
            ParsedDocument parsed = new TikaDocumentParser(Config.fromEnvironment().limits(), Config.fromEnvironment().ocr()).parse(file, file.getFileName().toString());
            if (!parsed.format().equals("pdf")) {
                throw new PageFailure(PageFailure.Reason.NOT_PAGED, file + " is a " + parsed.format() + " file; only PDF files have pages to draw");
            }
            pages = parsed.pages();
        } catch (ParseFailure e) {
            // no text layer, or a parse the limits refuse: the page can still be drawn, without label or outline
            System.err.println("note: " + file + ": " + e.getMessage() + " (" + e.reason() + "); drawn without its text");
        }
        try (OriginalPages renderer = new OriginalPages(id -> Optional.empty(), file.toAbsolutePath().getParent(), limits)) {
            return renderer.image(file, pages, number, resolution, span);
        }
    }

    private static int usage(String message) {
        System.err.println("error: " + message);
        return 2;
    }
}
