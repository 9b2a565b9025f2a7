package com.policyminer.parse;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extraction;
import com.policyminer.extract.Extractors;
import com.policyminer.model.Figure;
import com.policyminer.model.Page;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.RegionMention;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19's measure of OCR: pages of the seeds' PDF renditions ({@code core/src/test/resources/fidelity})
 * rendered here to 300 dpi grey images and assembled into image-only PDFs (no text layer; nothing
 * binary is committed), ingested as any PDF is, and compared with the same pages read from their text
 * layer (which {@link FidelityTest} holds to the source text): character accuracy (1 − edit distance
 * / length, NFKC, whitespace removed), figures found (one of the same unit and kind at the same place
 * among its page's figures) and with the identical normalized value, regions found. Then a bad scan (150 dpi, 1.5° skew, 2% speckle
 * noise) of some of the same pages. A subset of pages, for time (Tesseract reads a page in about 5 s
 * of one core): the table is written to target/ocr-accuracy.md.
 */
@Tag("slow")
class OcrAccuracyTest {

    /** The issue's targets for characters (met). */
    static final double MIN_CHARS = 0.97;
    static final double MIN_CHARS_BAD_SCAN = 0.90;
    /**
     * Figures and regions: the issue asks 0.90 found, 0.95 of them with the same value, 0.95 of the
     * regions. Figures are met since tables and lines the English model misread are read again
     * ({@link ScanRereading}: measured 0.96 and 0.99); regions since names of several regions and aid items
     * are corrected ({@link OcrPlaceNames#regionGroups}, {@link ListItemRereading}: measured 0.957). These
     * floors, at or a little under the measure, catch a change that makes it worse.
     */
    static final double MIN_FIGURES_FOUND = 0.93;
    static final double MIN_FIGURES_SAME_VALUE = 0.97;
    static final double MIN_REGIONS = 0.95;

    /** The pages OCR'd: every kind of seed page (title page, body, tables, a government report, a notice). */
    static final Map<String, List<Integer>> CLEAN = new java.util.LinkedHashMap<>();
    static final Map<String, List<Integer>> BAD = new java.util.LinkedHashMap<>();
    /** Two-column pages (body text in two columns, a title in the left one): read one column after the other. */
    static final Map<String, List<Integer>> TWO_COLUMN = new java.util.LinkedHashMap<>();
    static final double MIN_CHARS_TWO_COLUMN = 0.95;

    static {
        CLEAN.put("000_f8820dc2aea3848d/plain.pdf", List.of(1, 3, 6));
        CLEAN.put("001_a619ee9cd5a0211b/plain.pdf", List.of(2, 5));
        CLEAN.put("002_62e1a830fce91b89/plain.pdf", List.of(1));
        CLEAN.put("004_c3cb54636e7088b5/plain.pdf", List.of(4));
        CLEAN.put("gansu-2026-government-work-report/plain.pdf", List.of(2));
        CLEAN.put("guobanfa-2022-35-business-environment-notice/plain.pdf", List.of(1));
        TWO_COLUMN.put("gansu-2026-government-work-report/two-column.pdf", List.of(2, 3));
        BAD.put("000_f8820dc2aea3848d/plain.pdf", List.of(1, 6));
        BAD.put("beijing-2026-government-work-report/plain.pdf", List.of(2));
    }

    private static final Extractors EXTRACTORS = Extractors.standard();
    private static final HanLPAnalyzer HANLP = new HanLPAnalyzer();
    private static final TikaDocumentParser PARSER = new TikaDocumentParser(ParseLimits.DEFAULT,
            OcrSettings.DEFAULT.withThreads(2).withTimeouts(java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(30))); // a measure, not a limit: the machine may be busy
    private static final List<String> ROWS = new ArrayList<>();

    record Read(ParsedDocument doc, Extraction found) {
    }

    record Totals(long chars, long errors, int figures, int found, int sameValue, int regions, int regionsFound) {
        Totals plus(Totals o) {
            return new Totals(chars + o.chars, errors + o.errors, figures + o.figures, found + o.found, sameValue + o.sameValue,
                    regions + o.regions, regionsFound + o.regionsFound);
        }

        double accuracy() {
            return 1 - (double) errors / chars;
        }

        double figuresFound() {
            return figures == 0 ? 1 : (double) found / figures;
        }

        double sameValueShare() {
            return found == 0 ? 1 : (double) sameValue / found;
        }

        double regionsFoundShare() {
            return regions == 0 ? 1 : (double) regionsFound / regions;
        }
    }

    @BeforeAll
    static void tesseractInstalled() {
        OcrAvailable.assume();
    }

    @Test
    void cleanScansReadAsTheirTextLayer() throws Exception {
        Totals all = new Totals(0, 0, 0, 0, 0, 0, 0);
        for (var e : CLEAN.entrySet()) {
            if (!e.getKey().contains(System.getProperty("ocr.only", ""))) {
                continue;
            }
            all = all.plus(measure(e.getKey(), e.getValue(), ScannedPdf.Scan.CLEAN, "300 dpi"));
        }
        row("**all clean**", "", "300 dpi", all, Double.NaN);
        assertTrue(all.accuracy() >= MIN_CHARS, "character accuracy " + all.accuracy());
        assertTrue(all.figuresFound() >= MIN_FIGURES_FOUND, "figures found " + all.figuresFound());
        assertTrue(all.sameValueShare() >= MIN_FIGURES_SAME_VALUE, "figures with the same value " + all.sameValueShare());
        assertTrue(all.regionsFoundShare() >= MIN_REGIONS, "regions found " + all.regionsFoundShare());
    }

    @Test
    void twoColumnScansReadColumnByColumn() throws Exception {
        Totals all = new Totals(0, 0, 0, 0, 0, 0, 0);
        for (var e : TWO_COLUMN.entrySet()) {
            if (!e.getKey().contains(System.getProperty("ocr.only", ""))) {
                continue;
            }
            all = all.plus(measure(e.getKey(), e.getValue(), ScannedPdf.Scan.CLEAN, "two columns, 300 dpi"));
        }
        row("**all two-column**", "", "two columns", all, Double.NaN);
        assertTrue(all.accuracy() >= MIN_CHARS_TWO_COLUMN, "character accuracy " + all.accuracy());
    }

    @Test
    void badScansStillRead() throws Exception {
        Totals all = new Totals(0, 0, 0, 0, 0, 0, 0);
        for (var e : BAD.entrySet()) {
            if (!e.getKey().contains(System.getProperty("ocr.only", ""))) {
                continue;
            }
            all = all.plus(measure(e.getKey(), e.getValue(), ScannedPdf.Scan.BAD, "bad: 150 dpi, 1.5°, noise"));
        }
        row("**all bad scans**", "", "bad", all, Double.NaN);
        assertTrue(all.accuracy() >= MIN_CHARS_BAD_SCAN, "character accuracy " + all.accuracy());
    }

    private static Totals measure(String rendition, List<Integer> pages, ScannedPdf.Scan scan, String how) throws Exception {
        Path pdf = FidelityTest.RENDITIONS.resolve(rendition);
        Read text = read(subset(pdf, pages), "text-" + rendition);
        long t0 = System.nanoTime();
        Read ocr = read(ScannedPdf.of(pdf, pages, scan), "scan-" + rendition);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(pages.size(), ocr.doc().pages().size());
        assertTrue(ocr.doc().pages().stream().allMatch(Page::ocr), "every page of a scan is OCR'd");
        assertTrue(text.doc().pages().stream().noneMatch(Page::ocr), "no page with a text layer is OCR'd");
        String want = TextSimilarity.normalize(FidelityTest.bodyText(text.doc()));
        String got = TextSimilarity.normalize(FidelityTest.bodyText(ocr.doc()));
        int errors = EditDistance.of(want, got);
        Path debug = Path.of("target/ocr-debug");
        Files.createDirectories(debug);
        String stem = rendition.replace('/', '_') + "_" + pages.toString().replaceAll("[^0-9]+", "-") + (scan == ScannedPdf.Scan.CLEAN ? "" : "_bad");
        Files.writeString(debug.resolve(stem + ".want.txt"), FidelityTest.bodyText(text.doc()), StandardCharsets.UTF_8);
        Files.writeString(debug.resolve(stem + ".got.txt"), FidelityTest.bodyText(ocr.doc()), StandardCharsets.UTF_8);
        Files.writeString(debug.resolve(stem + ".want.figures.tsv"), figureLines(text.found()), StandardCharsets.UTF_8);
        Files.writeString(debug.resolve(stem + ".got.figures.tsv"), figureLines(ocr.found()), StandardCharsets.UTF_8);
        int[] figures = figures(text.found().figures(), ocr.found().figures());
        FidelityTest.Match regions = FidelityTest.Match.of(text.found().regions().stream().map(RegionMention::name).toList(),
                ocr.found().regions().stream().map(RegionMention::name).toList());
        List<String> falseCorrections = falseCorrections(ocr.doc(), want);
        assertEquals(List.of(), falseCorrections, "place names corrected into names the text layer does not have");
        String regionReport = regionDifferences(rendition, pages, how, text, ocr);
        Files.writeString(debug.resolve(stem + ".regions.txt"), regionReport, StandardCharsets.UTF_8);
        System.out.print(regionReport);
        Totals t = new Totals(want.length(), errors, text.found().figures().size(), figures[0], figures[1], regions.source(),
                regions.matched());
        double confidence = ocr.doc().pages().stream().mapToDouble(Page::ocrConfidence).average().orElse(0);
        row(rendition, pages.toString(), how, t, confidence);
        System.out.printf("ocr %s %s %s: accuracy %.4f (%d errors in %d), figures %d/%d same value %d, regions %d/%d, %.1f s%n",
                rendition, pages, how, t.accuracy(), errors, want.length(), figures[0], t.figures(), figures[1], regions.matched(),
                regions.source(), seconds);
        return t;
    }

    /**
     * Figures of the text layer found in the OCR text, page by page and in reading order: the two
     * lists of figures aligned (longest common subsequence) on unit and kind, so a figure is found
     * where the OCR text has a figure of its unit and kind at its place among the page's figures,
     * whatever its value; {found, found with the identical normalized value}.
     */
    static int[] figures(List<Figure> want, List<Figure> got) {
        int found = 0;
        int same = 0;
        java.util.Set<Integer> pages = new java.util.TreeSet<>();
        want.forEach(f -> pages.add(f.page() == null ? 0 : f.page()));
        for (int page : pages) {
            List<Figure> a = onPage(want, page);
            List<Figure> b = onPage(got, page);
            int[][] lcs = new int[a.size() + 1][b.size() + 1];
            for (int i = a.size() - 1; i >= 0; i--) {
                for (int j = b.size() - 1; j >= 0; j--) {
                    lcs[i][j] = key(a.get(i)).equals(key(b.get(j))) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
                if (key(a.get(i)).equals(key(b.get(j)))) {
                    found++;
                    same += a.get(i).normalizedValue() == b.get(j).normalizedValue() ? 1 : 0;
                    i++;
                    j++;
                } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
        }
        return new int[] {found, same};
    }

    /** Figures (page, surface, normalized value and unit, kind) and regions of a read, one a line: what target/ocr-debug shows to compare. */
    private static String figureLines(Extraction found) {
        StringBuilder b = new StringBuilder();
        for (Figure f : found.figures()) {
            b.append(f.page()).append('\t').append(f.surface()).append('\t').append(f.normalizedValue()).append('\t')
                    .append(f.normalizedUnit()).append('\t').append(f.kind()).append('\n');
        }
        for (RegionMention r : found.regions()) {
            b.append("region\t").append(r.name()).append('\n');
        }
        return b.toString();
    }

    /**
     * Why regions differ: each region the text layer has more often than the OCR text (every mention of it in the
     * text layer, in its context, and the OCR text's mentions of it), each region only the OCR text has (in its
     * context), and the corrections the OCR made ({@code ocr_corrections}). What target/ocr-debug/*.regions.txt holds.
     */
    static String regionDifferences(String rendition, List<Integer> pages, String how, Read text, Read ocr) {
        Map<String, List<RegionMention>> want = byName(text.found().regions());
        Map<String, List<RegionMention>> got = byName(ocr.found().regions());
        StringBuilder b = new StringBuilder("regions " + rendition + " " + pages + " " + how + "\n");
        for (var e : want.entrySet()) {
            List<RegionMention> read = got.getOrDefault(e.getKey(), List.of());
            if (read.size() < e.getValue().size()) {
                b.append("  missing ").append(e.getKey()).append(": ").append(e.getValue().size() - read.size()).append(" of ")
                        .append(e.getValue().size()).append('\n');
                e.getValue().forEach(m -> b.append("    text ").append(context(text.doc().text(), m)).append('\n'));
                read.forEach(m -> b.append("    ocr  ").append(context(ocr.doc().text(), m)).append('\n'));
            }
        }
        for (var e : got.entrySet()) {
            int extra = e.getValue().size() - want.getOrDefault(e.getKey(), List.of()).size();
            if (extra > 0) {
                b.append("  extra ").append(e.getKey()).append(": ").append(extra).append('\n');
                e.getValue().forEach(m -> b.append("    ocr  ").append(context(ocr.doc().text(), m)).append('\n'));
            }
        }
        b.append("  corrections: ").append(ocr.doc().metadata().getOrDefault("ocr_corrections", "none")).append('\n');
        b.append("  false corrections (a name the text layer does not have): ")
                .append(falseCorrections(ocr.doc(), TextSimilarity.normalize(FidelityTest.bodyText(text.doc())))).append('\n');
        return b.toString();
    }

    /**
     * The place-name corrections of an OCR'd document ({@code ocr_corrections}: Chinese read → Chinese name; a table's
     * words read again hold Latin letters and are not counted) whose name the text layer ({@code want}, normalized)
     * does not have: a correction that made a name up (建设西兰 → 建新西兰).
     */
    static List<String> falseCorrections(com.policyminer.model.ParsedDocument ocr, String want) {
        List<String> out = new ArrayList<>();
        String made = ocr.metadata().get("ocr_corrections");
        if (made == null) {
            return out;
        }
        for (String c : made.split("; ")) {
            String[] parts = c.substring(c.indexOf(' ') + 1).split("→");
            if (parts.length == 2 && parts[0].codePoints().allMatch(OcrAccuracyTest::han)
                    && parts[1].codePoints().allMatch(OcrAccuracyTest::han) && !want.contains(TextSimilarity.normalize(parts[1]))) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static Map<String, List<RegionMention>> byName(List<RegionMention> mentions) {
        Map<String, List<RegionMention>> m = new java.util.TreeMap<>();
        mentions.forEach(r -> m.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r));
        return m;
    }

    /** A mention in its text: eight characters either side, the surface in brackets, line breaks shown as ⏎. */
    private static String context(String text, RegionMention m) {
        return (text.substring(Math.max(0, m.start() - 8), m.start()) + "[" + text.substring(m.start(), m.end()) + "]"
                + text.substring(m.end(), Math.min(text.length(), m.end() + 8))).replace("\n", "⏎").replace("\t", "⇥")
                + " (" + m.rule() + ", p" + m.page() + ")";
    }

    private static List<Figure> onPage(List<Figure> figures, int page) {
        return figures.stream().filter(f -> (f.page() == null ? 0 : f.page()) == page)
                .sorted(java.util.Comparator.comparingInt(Figure::start)).toList();
    }

    private static String key(Figure f) {
        return f.normalizedUnit() + "|" + f.kind();
    }

    private static Read read(byte[] pdf, String name) throws ParseFailure {
        ParsedDocument doc = PARSER.parseBytes(pdf, name + ".pdf");
        return new Read(doc, EXTRACTORS.extract(new com.policyminer.model.AnalyzedDocument(doc, HANLP.segment(doc.text(), com.policyminer.model.Token::new))));
    }

    /** The pages of a PDF as a PDF of their own, text layer and all. */
    static byte[] subset(Path pdf, List<Integer> pages) throws IOException {
        try (PDDocument in = Loader.loadPDF(pdf.toFile()); PDDocument out = new PDDocument()) {
            for (int n : pages) {
                out.importPage(in.getPage(n - 1));
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            out.save(b);
            return b.toByteArray();
        }
    }

    private static synchronized void row(String rendition, String pages, String how, Totals t, double confidence) {
        ROWS.add(String.format("| %s | %s | %s | %.4f | %d/%d | %d/%d | %d/%d | %s |", rendition, pages, how, t.accuracy(), t.found(),
                t.figures(), t.sameValue(), t.found(), t.regionsFound(), t.regions(), Double.isNaN(confidence) ? "" : String.format("%.3f", confidence)));
    }

    @AfterAll
    static void writeTable() throws IOException {
        if (ROWS.isEmpty()) {
            return;
        }
        String md = "| rendition | pages | scan | character accuracy | figures found | same value | regions | mean confidence |\n"
                + "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n" + String.join("\n", ROWS) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/ocr-accuracy.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
    }
}
