package com.policyminer.bench;

import com.policyminer.app.Config;
import com.policyminer.model.Page;
import com.policyminer.model.ParsedDocument;
import com.policyminer.parse.OcrSettings;
import com.policyminer.parse.ParseFailure;
import com.policyminer.parse.TikaDocumentParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code bench --ocr}: OCR speed. The first pages of the seeds' PDF renditions
 * ({@code core/src/test/resources/fidelity/}*{@code /plain.pdf}, so run it from the repository root) drawn at
 * 300 dpi into one image-only PDF, parsed with one OCR thread (pages a minute per core) and with the
 * configured threads (pages a minute in all). Rendering the scan is not timed; parsing it is (drawing
 * each page again, preparing it, Tesseract, layout).
 */
public final class OcrBench {

    /** One run: threads, pages, seconds, mean page confidence. */
    public record Run(int threads, int pages, double seconds, double confidence) {
        double pagesPerMinute() {
            return pages * 60 / seconds;
        }
    }

    private OcrBench() {
    }

    public static List<Run> run(Path renditions, int pages, int threads, PrintStream log) throws IOException, ParseFailure {
        byte[] scan = scan(renditions, pages);
        log.printf("ocr: %d scanned pages (300 dpi, no text layer), %.1f MB%n", pages, scan.length / 1e6);
        Config config = Config.fromEnvironment();
        Run one = parse(scan, config, 1, log);
        Run all = threads > 1 ? parse(scan, config, threads, log) : one;
        return threads > 1 ? List.of(one, all) : List.of(one);
    }

    private static Run parse(byte[] scan, Config config, int threads, PrintStream log) throws ParseFailure {
        OcrSettings ocr = config.ocr().withThreads(threads).withTimeouts(config.ocr().pageTimeout(), java.time.Duration.ofHours(1));
        TikaDocumentParser parser = new TikaDocumentParser(config.limits(), ocr);
        long t0 = System.nanoTime();
        ParsedDocument d = parser.parseBytes(scan, "ocr-bench.pdf");
        double seconds = (System.nanoTime() - t0) / 1e9;
        double confidence = d.pages().stream().filter(Page::ocr).mapToDouble(Page::ocrConfidence).average().orElse(0);
        Run r = new Run(threads, d.pages().size(), seconds, confidence);
        log.printf("ocr: %d thread%s: %d pages in %.1f s = %.1f pages/minute (%.1f per core), mean confidence %.3f%n", threads,
                threads == 1 ? "" : "s", r.pages(), seconds, r.pagesPerMinute(), r.pagesPerMinute() / threads, confidence);
        return r;
    }

    /** The first pages of each rendition, in turn, until {@code pages}: each drawn at 300 dpi as an image page. */
    static byte[] scan(Path renditions, int pages) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(renditions)) {
            pdfs = s.map(d -> d.resolve("plain.pdf")).filter(Files::isRegularFile).sorted().toList();
        }
        if (pdfs.isEmpty()) {
            throw new IOException("no " + renditions + "/*/plain.pdf: run bench --ocr from the repository root");
        }
        try (PDDocument out = new PDDocument()) {
            for (int k = 0; out.getNumberOfPages() < pages; k++) {
                Path pdf = pdfs.get(k % pdfs.size());
                try (PDDocument in = Loader.loadPDF(pdf.toFile())) {
                    int n = k / pdfs.size();
                    if (n >= in.getNumberOfPages()) {
                        if (k > pdfs.size() * 50) {
                            break;
                        }
                        continue;
                    }
                    PDRectangle box = in.getPage(n).getMediaBox();
                    PDImageXObject image = LosslessFactory.createFromImage(out,
                            new PDFRenderer(in).renderImageWithDPI(n, 300, ImageType.GRAY));
                    PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                    out.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                        cs.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                    }
                }
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            out.save(b);
            return b.toByteArray();
        }
    }
}
