package com.policyminer.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The PDF part of the benchmark: renders a sample of the generated reports to PDF
 * ({@link PdfCorpus}), then times our PDF parse against plain Tika on those files, warm in this
 * JVM ({@link PdfWarmBench}) and cold in fresh processes ({@link PdfColdBench}); and, warm, on the
 * LibreOffice-exported PDFs of the fidelity suite when the source tree is there. Without a CJK
 * TrueType font on the machine the part is skipped, and the result says why.
 */
final class PdfBench {

    /**
     * @param skipped why the PDF part did not run (null when it did)
     * @param office  the warm comparison on the office-exported PDFs (null when not run: {@code officeSkipped} says why)
     */
    record Result(String skipped, PdfCorpus.Stats corpus, PdfWarmBench.Result warm, PdfColdBench.Result cold,
                  PdfWarmBench.Result office, String officeSkipped) {

        static Result skipped(String why) {
            return new Result(why, null, null, null, null, null);
        }
    }

    private final PdfBenchSettings settings;
    private final CorpusGenerator generator;
    private final int textDocs;
    private final Path out;
    private final PrintStream log;

    PdfBench(PdfBenchSettings settings, CorpusGenerator generator, int textDocs, Path out, PrintStream log) {
        this.settings = settings;
        this.generator = generator;
        this.textDocs = textDocs;
        this.out = out;
        this.log = log;
    }

    Result run() throws IOException {
        if (!settings.enabled()) {
            return Result.skipped("PDF benchmark not asked for (--pdf-docs 0)");
        }
        Optional<CjkFontFile> font = CjkFontFile.find();
        if (font.isEmpty()) {
            String why = "no CJK TrueType font found (looked at " + CjkFontFile.searched()
                    + "); install fonts-wqy-microhei or set " + CjkFontFile.ENV;
            log.println("PDF benchmark skipped: " + why);
            return Result.skipped(why);
        }
        Path dir = out.resolve("pdf-corpus");
        log.printf("pdf: rendering %d of the %d reports to PDF with %s …%n", Math.min(settings.docs(), textDocs), textDocs,
                font.get().path());
        PdfCorpus.Result corpus = PdfCorpus.render(generator, textDocs, settings.docs(), dir, font.get());
        PdfCorpus.Stats s = corpus.stats();
        log.printf("pdf: %d files, %d pages, %.1f MB, %d tables%n", s.files(), s.pages(), s.mb(), s.tables());

        log.printf("pdf warm: ours vs plain Tika, %d warm-up + %d timed rounds …%n", settings.warmUp(), settings.rounds());
        PdfWarmBench.Result warm = new PdfWarmBench(corpus.files(), s.pages(), settings.warmUp(), settings.rounds()).run();
        log.printf("  ours %.1f pages/s, Tika %.1f pages/s: %.2f× (%.2f–%.2f)%n", warm.ours().pagesPerSec(),
                warm.tika().pagesPerSec(), warm.ratio(), warm.ratioMin(), warm.ratioMax());

        PdfWarmBench.Result office = null;
        String officeSkipped = null;
        List<Path> officeFiles = pdfsUnder(settings.officePdfs());
        if (officeFiles.isEmpty()) {
            officeSkipped = "no PDFs under " + settings.officePdfs() + " (run from a source checkout to time them)";
        } else {
            log.printf("pdf warm, office-exported: %d files …%n", officeFiles.size());
            office = new PdfWarmBench(officeFiles, pages(officeFiles), settings.warmUp(), settings.rounds()).run();
        }

        PdfColdBench.Result cold = null;
        if (settings.coldRounds() > 0) {
            log.printf("pdf cold: %d fresh processes each%s …%n", settings.coldRounds(), settings.ingest() ? ", then one ingest" : "");
            Path work = Files.createDirectories(out.resolve("pdf-cold"));
            cold = new PdfColdBench(dir, s.files(), s.pages(), s.mb(), work).run(settings.coldRounds(), settings.ingest());
        }
        return new Result(null, s, warm, cold, office, officeSkipped);
    }

    private static List<Path> pdfsUnder(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static int pages(List<Path> files) throws IOException {
        int pages = 0;
        for (Path f : files) {
            try (var doc = org.apache.pdfbox.Loader.loadPDF(f.toFile())) {
                pages += doc.getNumberOfPages();
            }
        }
        return pages;
    }

    /** The files of a list that failed in either parser, for the table's note. */
    static List<String> failures(Result r) {
        List<String> f = new ArrayList<>();
        if (r.warm() != null) {
            f.addAll(r.warm().failures());
        }
        if (r.office() != null) {
            f.addAll(r.office().failures());
        }
        return f;
    }
}
