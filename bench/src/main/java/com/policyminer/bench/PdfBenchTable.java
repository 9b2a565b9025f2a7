package com.policyminer.bench;

import java.util.List;
import java.util.Locale;

/** The PDF part of the report as Markdown: ours and plain Tika side by side, warm and cold. */
final class PdfBenchTable {

    private PdfBenchTable() {
    }

    static String format(PdfBench.Result r) {
        StringBuilder b = new StringBuilder();
        if (r.skipped() != null) {
            line(b, "PDF parse benchmark skipped: %s", r.skipped());
            return b.toString();
        }
        PdfCorpus.Stats c = r.corpus();
        line(b, "PDF corpus: %d of the generated reports set on A4 by PDFBox %s (font %s, embedded subset; running header,",
                c.files(), org.apache.pdfbox.util.Version.getVersion(), c.font());
        line(b, "page number footer, %d ruled tables): %,d pages, %.1f MB, %,d non-blank characters of text (%,d left out: not in the font).",
                c.tables(), c.pages(), c.mb(), c.sourceChars(), c.missingChars());
        line(b, "ours: %s. Tika: %s.", PdfParsers.OURS.description, PdfParsers.TIKA.description);
        line(b, "Warm: one JVM, one thread, %d untimed rounds over the files, then timed rounds, the two parsers taking turns of %d files;",
                r.warm().warmUpRounds(), PdfWarmBench.TURN);
        line(b, "the median round (by ratio) is shown, with the range of the ratio over the rounds. Cold: a fresh JVM per run");
        line(b, "(PdfParseMain over the whole folder, launch to exit), the two alternating; by CPU: ratio of CPU seconds.");
        line(b, "");
        line(b, "| PDF parse | files | pages | MB | ours s | Tika s | ours pages/s | Tika pages/s | ours MB/s | Tika MB/s | ours / Tika (range) | by CPU |");
        line(b, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        warm(b, "generated reports, warm (" + r.warm().rounds().size() + " rounds)", r.warm());
        if (r.office() != null) {
            warm(b, "LibreOffice-exported (fidelity suite), warm (" + r.office().rounds().size() + " rounds)", r.office());
        }
        PdfColdBench.Result cold = r.cold();
        if (cold != null) {
            double o = cold.median().ours().seconds();
            double t = cold.median().tika().seconds();
            line(b, "| generated reports, cold process (%d rounds) | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f (%.2f–%.2f) | %.2f |",
                    cold.rounds().size(), cold.files(), cold.pages(), cold.mb(), o, t, cold.pages() / o, cold.pages() / t,
                    cold.mb() / o, cold.mb() / t, cold.ratio(), cold.ratioMin(), cold.ratioMax(), cold.cpuRatio());
        }
        line(b, "");
        line(b, "Text produced (non-blank characters, warm): ours %,d, Tika %,d, the reports' own text %,d.",
                r.warm().ours().textChars(), r.warm().tika().textChars(), c.sourceChars());
        if (cold != null && cold.ingest() != null) {
            PdfColdBench.Run i = cold.ingest();
            line(b, "Cold `policy-miner ingest` of the PDF folder (parse, HanLP, extraction, index; all cores): %.1f s, %.1f pages/s%s.",
                    i.seconds(), cold.pages() / i.seconds(), i.exitCode() == 0 ? "" : " — exit " + i.exitCode() + ": " + i.output());
        }
        if (r.officeSkipped() != null) {
            line(b, "Office-exported PDFs not timed: %s.", r.officeSkipped());
        }
        List<String> failed = PdfBench.failures(r);
        if (!failed.isEmpty()) {
            line(b, "Failed parses (%d): %s", failed.size(), String.join("; ", failed.subList(0, Math.min(5, failed.size()))));
        }
        if (cold != null) {
            for (PdfColdBench.Pair p : cold.rounds()) {
                for (PdfColdBench.Run run : List.of(p.ours(), p.tika())) {
                    if (run.exitCode() != 0) {
                        line(b, "Cold %s run: exit %d (%s), see %s", run.what(), run.exitCode(), run.output(), run.log());
                    }
                }
            }
        }
        return b.toString();
    }

    private static void warm(StringBuilder b, String name, PdfWarmBench.Result w) {
        line(b, "| %s | %d | %d | %.1f | %.2f | %.2f | %.1f | %.1f | %.2f | %.2f | %.2f (%.2f–%.2f) | %.2f |", name, w.files(), w.pages(),
                w.mb(), w.ours().seconds(), w.tika().seconds(), w.ours().pagesPerSec(), w.tika().pagesPerSec(),
                w.ours().mbPerSec(), w.tika().mbPerSec(), w.ratio(), w.ratioMin(), w.ratioMax(), w.cpuRatio());
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
