package com.policyminer.bench;

import com.policyminer.model.ParsedDocument;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PDF benchmark on three generated reports: the PDFs are real reports (our parser reads their
 * text, title and tables back), the same bytes each time, and both timings produce their numbers.
 * Skipped on a machine without a CJK TrueType font (the benchmark itself then says so and goes on).
 */
class PdfBenchTest {

    private static final long SEED = 20261121L;
    private static CorpusGenerator generator;
    private static Optional<CjkFontFile> font;

    @TempDir
    static Path dir;
    private static PdfCorpus.Result corpus;

    @BeforeAll
    static void render() throws Exception {
        font = CjkFontFile.find();
        generator = new CorpusGenerator(SeedText.read(Path.of("corpus")), SEED);
        if (font.isPresent()) {
            corpus = PdfCorpus.render(generator, 2000, 3, dir.resolve("pdf"), font.get());
        }
    }

    @Test
    void renderedReportsReadBackWithTheirTextTitleAndTables() throws Exception {
        assumeTrue(font.isPresent(), "no CJK TrueType font: " + CjkFontFile.searched());
        assertEquals(List.of("report-000000.pdf", "report-000666.pdf", "report-001333.pdf"),
                corpus.files().stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(corpus.stats().pages() >= 3 * 3, "pages: " + corpus.stats().pages());
        TikaDocumentParser parser = new TikaDocumentParser();
        int tables = 0;
        for (int k = 0; k < 3; k++) {
            Path pdf = corpus.files().get(k);
            String source = generator.report(List.of(0, 666, 1333).get(k));
            ParsedDocument d = parser.parse(pdf, pdf.getFileName().toString());
            assertEquals(source.lines().findFirst().orElseThrow(), d.title(), pdf.toString());
            assertEquals(corpus.pages().get(k), d.pages().size(), pdf + " page map");
            long want = PdfParsers.nonBlank(source);
            long got = PdfParsers.nonBlank(d.text());
            // the running header and the page numbers are not body text; a few glyphs the font lacks are left out
            assertTrue(Math.abs(got - want) <= want / 100, pdf + ": " + got + " of " + want + " characters");
            tables += d.tables().size();
        }
        assertTrue(tables >= 1 && corpus.stats().tables() >= 1, "tables drawn " + corpus.stats().tables() + ", read " + tables);
    }

    @Test
    void sameReportSameBytes() throws Exception {
        assumeTrue(font.isPresent(), "no CJK TrueType font");
        PdfCorpus.Result again = PdfCorpus.render(generator, 2000, 3, dir.resolve("again"), font.get());
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(Files.readAllBytes(corpus.files().get(k)), Files.readAllBytes(again.files().get(k)));
        }
    }

    @Test
    void warmBenchTimesBothParsersOnTheSameFiles() throws Exception {
        assumeTrue(font.isPresent(), "no CJK TrueType font");
        PdfWarmBench.Result r = new PdfWarmBench(corpus.files(), corpus.stats().pages(), 0, 2).run();
        assertEquals(List.of(), r.failures());
        assertEquals(2, r.rounds().size());
        for (PdfWarmBench.Side s : List.of(r.ours(), r.tika())) {
            assertTrue(s.seconds() > 0 && s.pagesPerSec() > 0 && s.mbPerSec() > 0, s.toString());
            assertTrue(s.textChars() > corpus.stats().sourceChars() * 0.9, s.toString());
        }
        assertEquals(r.tika().seconds() / r.ours().seconds(), r.ratio(), 1e-9);
        assertTrue(r.ratioMin() <= r.ratio() && r.ratio() <= r.ratioMax());
        String table = PdfBenchTable.format(new PdfBench.Result(null, corpus.stats(), r, null, null, "not asked"));
        assertTrue(table.contains("| generated reports, warm (2 rounds) | 3 | " + corpus.stats().pages() + " |"), table);
    }

    @Test
    @Tag("slow")
    void coldBenchRunsFreshProcesses() throws Exception {
        assumeTrue(font.isPresent(), "no CJK TrueType font");
        Path work = Files.createDirectories(dir.resolve("cold"));
        PdfColdBench.Result r = new PdfColdBench(dir.resolve("pdf"), 3, corpus.stats().pages(), corpus.stats().mb(), work)
                .run(1, false);
        PdfColdBench.Pair p = r.median();
        for (PdfColdBench.Run run : List.of(p.ours(), p.tika())) {
            assertEquals(0, run.exitCode(), run + ": " + Files.readString(Path.of(run.log())));
            assertTrue(run.output().startsWith("files=3 failed=0 chars="), run.output());
            assertTrue(run.seconds() > 0 && run.cpuSeconds() > 0, run.toString());
        }
        assertEquals(p.tika().seconds() / p.ours().seconds(), r.ratio(), 1e-9);
    }

    @Test
    void skippedRunSaysWhy() {
        assertEquals("PDF parse benchmark skipped: no CJK TrueType font found\n",
                PdfBenchTable.format(PdfBench.Result.skipped("no CJK TrueType font found")));
    }
}
