package com.policyminer.extract;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.index.IndexedReport;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;
import com.policyminer.model.Page;
import com.policyminer.model.ParsedDocument;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real three-page PDF (seed 000's paragraphs, exported by LibreOffice with forced page breaks; see
 * {@code core/src/build/make-paged-report.py}): every figure and mention found in it is on the page its
 * paragraph was put on, as the HTML it was made from says. Independent of how the PDF's text is read.
 */
class PagedReportTest {

    private static final Path FIXTURES = Path.of("core/src/test/resources/fixtures");
    private static IndexedReport report;
    /** Page number → the text of that page in the source, without white space. */
    private static Map<Integer, String> source;

    @BeforeAll
    static void extract() throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(new TikaDocumentParser(), new HanLPAnalyzer(), Extractors.standard());
        report = pipeline.process(FIXTURES.resolve("report-paged.pdf"), "report-paged.pdf");
        source = sourcePages(FIXTURES.resolve("report-paged.html"));
    }

    static Map<Integer, String> sourcePages(Path html) throws IOException {
        Map<Integer, String> pages = new TreeMap<>();
        Matcher m = Pattern.compile("<section data-page=\"(\\d+)\">(.*?)</section>", Pattern.DOTALL).matcher(Files.readString(html));
        while (m.find()) {
            String text = m.group(2).replaceAll("<[^>]+>", "").replace("&quot;", "\"").replace("&#x27;", "'")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            pages.put(Integer.parseInt(m.group(1)), squeeze(text));
        }
        return pages;
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The source pages that hold {@code text} (white space ignored). */
    private static List<Integer> pagesHolding(String text) {
        List<Integer> out = new ArrayList<>();
        source.forEach((n, t) -> {
            if (t.contains(squeeze(text))) {
                out.add(n);
            }
        });
        return out;
    }

    @Test
    void theDocumentHasItsThreePagesInOrder() {
        ParsedDocument d = report.analyzed().document();
        assertEquals(3, source.size());
        assertEquals(List.of(1, 2, 3), d.pages().stream().map(Page::number).toList());
        assertEquals(3, DocumentView.of(d, report.extraction()).pageCount());
        assertTrue(squeeze(d.text().substring(d.pages().get(1).start(), d.pages().get(1).end())).contains("北京研发投入强度达到6.44%"));
    }

    @Test
    void everyFigureIsOnThePageItsSentenceWasPutOn() {
        List<Figure> figures = report.extraction().figures();
        Map<Integer, Integer> perPage = new TreeMap<>();
        for (Figure f : figures) {
            List<Integer> where = pagesHolding(f.sentence());
            assertEquals(1, where.size(), "the sentence of " + f.surface() + " is on one source page: " + f.sentence());
            assertEquals(where.get(0), f.page(), f.surface() + " in " + f.sentence());
            assertEquals(String.valueOf(where.get(0)), f.pageLabel());
            perPage.merge(f.page(), 1, Integer::sum);
        }
        assertTrue(perPage.getOrDefault(2, 0) >= 10 && perPage.getOrDefault(3, 0) >= 10, "figures per page: " + perPage);
        assertEquals(2, figure("6.44%").page(), "北京研发投入强度达到6.44% is on page 2");
        assertEquals(3, figure("1730亿元").page());
    }

    private static Figure figure(String surface) {
        return report.extraction().figures().stream().filter(f -> squeeze(f.surface()).equals(surface)).findFirst().orElseThrow();
    }

    /** Every mention whose surroundings are found once in the PDF's text (a heading read twice is left out). */
    @Test
    void everyMentionIsOnThePageItWasPutOn() {
        String text = report.analyzed().document().text();
        List<Mention> all = new ArrayList<>();
        all.addAll(report.extraction().regions());
        all.addAll(report.extraction().organizations());
        all.addAll(report.extraction().policies());
        int checked = 0;
        for (Mention m : all) {
            String around = text.substring(m.start(), Math.min(text.length(), m.start() + 12)).split("\n")[0];
            if (text.indexOf(around) != text.lastIndexOf(around)) {
                continue;
            }
            List<Integer> where = pagesHolding(around);
            if (where.size() != 1) {
                continue;
            }
            assertEquals(where.get(0), m.page(), m.surface() + " at " + m.start() + ": " + around);
            checked++;
        }
        assertTrue(checked >= 20, "mentions checked: " + checked + " of " + all.size());
        assertTrue(report.extraction().regions().stream().anyMatch(r -> r.page() == 3), "regions on page 3");
        assertTrue(report.extraction().policies().stream().allMatch(p -> p.page() != null), "every policy mention has its page");
    }

    /** The date is the 落款's (二〇二三年五月十二日), not the day LibreOffice wrote the file, which stays metadata. */
    @Test
    void theDateComesFromTheTextNotFromThePdfsCreationDate() {
        ParsedDocument d = report.analyzed().document();
        assertEquals(LocalDate.of(2023, 5, 12), d.date());
        assertEquals("signature", d.metadata().get("dateSource"));
        assertTrue(d.metadata().get("created").startsWith("20"), "the creation date is kept: " + d.metadata());
        assertNotEquals("2023-05-12", d.metadata().get("created").substring(0, 10));
    }
}
