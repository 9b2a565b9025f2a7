package com.policyminer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark's PDF corpus: an evenly spaced sample of the generated reports, each set on A4
 * pages by {@link ReportPdfWriter} with a CJK font found on the machine. Report {@code i} of the
 * text corpus becomes {@code report-i.pdf}, so the sample is the same for the same seed and size.
 */
final class PdfCorpus {

    /** Files this class writes, and only those are ever deleted. */
    static final Pattern FILE_NAME = Pattern.compile("report-\\d{6}\\.pdf");

    /**
     * The rendered sample: files, physical pages, bytes, tables drawn, characters of the reports'
     * text (non-blank) and of it the characters left out because the font lacks them.
     */
    record Stats(String font, int files, int pages, long bytes, double mb, int tables, long sourceChars, long missingChars) {
    }

    record Result(List<Path> files, List<Integer> pages, Stats stats) {
    }

    private PdfCorpus() {
    }

    /**
     * Renders {@code n} of the generator's first {@code docs} reports (evenly spaced: report
     * {@code k * docs / n}) into {@code dir}, after deleting the PDFs an earlier run put there.
     */
    static Result render(CorpusGenerator generator, int docs, int n, Path dir, CjkFontFile font) throws IOException {
        Files.createDirectories(dir);
        clear(dir);
        int count = Math.min(n, docs);
        List<Path> files = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        int tables = 0;
        long bytes = 0;
        long chars = 0;
        long missing = 0;
        try (ReportPdfWriter writer = new ReportPdfWriter(font)) {
            for (int k = 0; k < count; k++) {
                int index = (int) ((long) k * docs / count);
                String text = generator.report(index);
                ReportPdfWriter.Written w = writer.write(ReportBlocks.of(text), dir.resolve(String.format("report-%06d.pdf", index)));
                files.add(w.file());
                pages.add(w.pages());
                tables += w.tables();
                missing += w.missingChars();
                bytes += Files.size(w.file());
                chars += text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
            }
        }
        int total = pages.stream().mapToInt(Integer::intValue).sum();
        return new Result(files, pages, new Stats(font.path().toString(), files.size(), total, bytes,
                bytes / (double) (1 << 20), tables, chars, missing));
    }

    static void clear(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.delete(p);
            }
        }
    }
}
