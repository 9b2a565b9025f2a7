package com.policyminer.bench;

import java.nio.file.Path;

/**
 * What the PDF part of a benchmark run does.
 *
 * @param docs        generated reports rendered to PDF (an evenly spaced sample of the text corpus); 0 skips the PDF part
 * @param warmUp      untimed rounds over the PDFs before the timed ones (in-JVM)
 * @param rounds      timed rounds (in-JVM), ours and Tika alternating file by file
 * @param coldRounds  fresh-process runs of each parser over the whole folder, alternating
 * @param ingest      whether to time one cold {@code ingest} of the PDF folder as well
 * @param officePdfs  folder searched for LibreOffice-exported PDFs timed as a second, small set
 *                    (the fidelity renditions in a source checkout); skipped when absent
 */
public record PdfBenchSettings(int docs, int warmUp, int rounds, int coldRounds, boolean ingest, Path officePdfs) {

    public static final int FULL_DOCS = 150;
    public static final int QUICK_DOCS = 20;
    public static final Path FIDELITY = Path.of("core", "src", "test", "resources", "fidelity");

    public PdfBenchSettings {
        if (docs < 0 || warmUp < 0 || rounds < 1 || coldRounds < 0) {
            throw new IllegalArgumentException("docs, warm-up and cold rounds must not be negative, timed rounds at least 1");
        }
    }

    /** Defaults of a full or quick run; {@code docs} overrides the number of PDFs when set. */
    static PdfBenchSettings of(Integer docs, boolean quick) {
        int n = docs != null ? docs : quick ? QUICK_DOCS : FULL_DOCS;
        return quick ? new PdfBenchSettings(n, 1, 1, 1, false, FIDELITY) : new PdfBenchSettings(n, 2, 5, 3, true, FIDELITY);
    }

    static PdfBenchSettings off() {
        return new PdfBenchSettings(0, 0, 1, 0, false, FIDELITY);
    }

    boolean enabled() {
        return docs > 0;
    }
}
