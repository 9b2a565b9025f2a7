package com.policyminer.parse;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.index.IndexedReport;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.Figure;
import com.policyminer.model.Page;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.Table;
import com.policyminer.model.TableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 6: the formats Chinese offices use, on the fixtures {@code core/src/build/make-format-fixtures.py}
 * made from the seeds (see the fixtures README): each gives the seed's text, spreadsheets give tables
 * whose figures bind their headers as the seed's own table does, OFD is read in reading order with pages.
 */
class FormatsTest {

    private static final TikaDocumentParser PARSER = new TikaDocumentParser();
    private static final Path FIXTURES = Path.of("core/src/test/resources/fixtures/formats");
    private static final DocumentPipeline PIPELINE = new DocumentPipeline(PARSER, new HanLPAnalyzer(), Extractors.standard());

    @TempDir
    Path dir;

    private static ParsedDocument fixture(String name) throws ParseFailure {
        return PARSER.parse(FIXTURES.resolve(name), name);
    }

    private static ParsedDocument seed(String prefix) throws Exception {
        try (var files = Files.list(Path.of("corpus"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return PARSER.parse(p, p.getFileName().toString());
        }
    }

    /** White space removed: the comparison the issue asks for. */
    private static String normalized(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    /** Equal texts, or a failure that shows where they part (not two 3,000-character strings). */
    private static void assertSameText(String expected, String actual, String name) {
        int i = 0;
        while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        if (i < expected.length() || i < actual.length()) {
            throw new AssertionError(String.format("%s: the text parts at %d of %d/%d characters: expected …%s… but was …%s…", name, i,
                    expected.length(), actual.length(), expected.substring(Math.max(0, i - 20), Math.min(expected.length(), i + 40)),
                    actual.substring(Math.max(0, i - 20), Math.min(actual.length(), i + 40))));
        }
    }

    @Test
    void wordLikeFormatsGiveTheSeedText() throws Exception {
        ParsedDocument source = seed("002_");
        String expected = normalized(source.title() + source.text());
        Map<String, String> formats = Map.of("report.doc", "doc", "report.wps", "wps", "report-ooxml.wps", "wps",
                "report.rtf", "rtf", "report.odt", "odt", "report.epub", "epub");
        for (var e : formats.entrySet()) {
            ParsedDocument d = fixture(e.getKey());
            assertEquals(e.getValue(), d.format(), e.getKey());
            // pandoc's EPUB opens with a title page, and its chapter repeats the title as a heading
            assertSameText(e.getKey().endsWith(".epub") ? normalized(source.title()) + expected : expected, normalized(d.text()), e.getKey());
            assertEquals(source.title(), d.title(), e.getKey());
            assertTrue(d.suspectLoss().isEmpty(), e.getKey());
        }
        assertEquals("application/msword", fixture("report.wps").mediaType(), "an old .wps is a Word 97 document");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", fixture("report-ooxml.wps").mediaType());
    }

    @Test
    void aWpsFileThatIsNoWordDocumentFailsWithAReason() throws Exception {
        Path notWord = dir.resolve("表格.wps");
        Files.copy(FIXTURES.resolve("statistics.xls"), notWord);
        ParseFailure f = assertThrows(ParseFailure.class, () -> PARSER.parse(notWord, "表格.wps"));
        assertEquals(ParseFailure.Reason.UNSUPPORTED, f.reason());
        assertTrue(f.getMessage().startsWith("not a WPS Writer document in a Word format") && f.getMessage().contains("application/vnd.ms-excel"),
                f.getMessage());
        Path noise = dir.resolve("old.wps");
        byte[] bytes = new byte[4096];
        new java.util.Random(14).nextBytes(bytes);
        Files.write(noise, bytes);
        ParseFailure g = assertThrows(ParseFailure.class, () -> PARSER.parse(noise, "old.wps"));
        assertEquals(ParseFailure.Reason.UNSUPPORTED, g.reason(), g.getMessage());
        assertTrue(g.getMessage().contains("WPS"), g.getMessage());
    }

    /** Seed 000's 表1 as a sheet: a table with its rows and offsets, captioned by the sheet name and its title row. */
    @Test
    void eachSheetIsATableCaptionedByItsName() throws Exception {
        for (String name : new String[]{"statistics.xlsx", "statistics.xls"}) {
            ParsedDocument d = fixture(name);
            assertEquals(name.substring(name.indexOf('.') + 1), d.format());
            assertEquals(1, d.tables().size(), name);
            Table t = d.tables().get(0);
            assertEquals("科技创新基本情况 表1 主要地区2020年科技创新基本情况", t.caption(), name);
            assertEquals(22, t.rows().size(), "a header row and 21 provinces");
            assertEquals(List.of("梯队分布", "省市", "地区生产总值（亿元）", "人均地区生产总值（元）", "R&D经费内部支出（万元）",
                    "R&D人员（人）", "R&D经费投入强度（%）", "专利授权数（件）"), t.rows().get(0).stream().map(TableCell::text).toList());
            assertEquals(List.of("第Ⅰ梯队", "山东", "73129", "72151", "16818915", "518955", "2.30", "238778"),
                    t.rows().get(1).stream().map(TableCell::text).toList(), name + ": numbers as Excel shows them");
            assertEquals("", t.rows().get(2).get(0).text(), "an empty cell keeps its column");
            for (List<TableCell> row : t.rows()) {
                row.forEach(c -> assertEquals(c.text(), d.text().substring(c.start(), c.end())));
            }
            assertTrue(d.text().startsWith("科技创新基本情况\n表1 主要地区2020年科技创新基本情况\n梯队分布\t省市"), d.text());
            assertEquals("表1 主要地区2020年科技创新基本情况", d.title());
        }
    }

    /** The figures of the sheet are those of the seed's own table: same subjects, indicators, year and values. */
    @Test
    void figuresFromASheetBindTheirHeadersAsInTheSeed() throws Exception {
        ParsedDocument seed = seed("000_");
        Table seedTable = seed.tables().get(0);
        Set<String> expected = tableFigures(PIPELINE.process(seed), seedTable);
        assertEquals(126, expected.size(), "21 provinces × 6 numeric columns");
        for (String name : new String[]{"statistics.xlsx", "statistics.xls"}) {
            IndexedReport r = PIPELINE.process(FIXTURES.resolve(name), name);
            Table sheet = r.analyzed().document().tables().get(0);
            assertEquals(expected, tableFigures(r, sheet), name);
            Figure shandong = r.extraction().figures().stream()
                    .filter(f -> f.indicator().equals("R&D经费投入强度") && f.subject().equals("山东省")).findFirst().orElseThrow();
            assertEquals(2020, shandong.year());
            assertEquals(0.023, shandong.normalizedValue(), 1e-12);
            assertEquals("ratio", shandong.normalizedUnit());
            assertEquals("2.30", shandong.surface());
        }
    }

    private static Set<String> tableFigures(IndexedReport r, Table t) {
        return r.extraction().figures().stream().filter(f -> f.start() >= t.start() && f.end() <= t.end())
                .map(f -> f.subject() + "|" + f.indicator() + "|" + f.year() + "|" + f.normalizedValue() + "|" + f.normalizedUnit())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Seed 003 written as OFD, its page-number footers first in each content stream: read by position, footers as labels. */
    @Test
    void ofdIsReadInReadingOrderWithPages() throws Exception {
        ParsedDocument source = seed("003_");
        ParsedDocument d = fixture("report.ofd");
        assertEquals("ofd", d.format());
        assertEquals("application/ofd", d.mediaType());
        assertSameText(normalized(source.text()), normalized(d.text()), "report.ofd");
        assertEquals("科技创新塑造区域发展新动能、新优势", d.title());
        assertFalse(java.util.regex.Pattern.compile("(?m)^— \\d+ —$").matcher(d.text()).find(), "page-number footers are labels, not body text");
        assertTrue(d.pages().size() >= 2, "pages: " + d.pages().size());
        for (int i = 0; i < d.pages().size(); i++) {
            Page p = d.pages().get(i);
            assertEquals(i + 1, p.number());
            assertEquals(String.valueOf(i + 1), p.label(), "the printed page number");
            assertEquals(595.3f, p.width(), 0.1f, "A4 in points");
            assertEquals(841.9f, p.height(), 0.1f);
            assertFalse(p.boxes().isEmpty());
            for (Page.Box b : p.boxes()) {
                assertTrue(b.start() >= p.start() && b.end() <= p.end() && b.x() > 0 && b.y() > 0 && b.y() < p.height(), b.toString());
            }
        }
        // each line of the layout is a box over its text, the first one the top line of page 1
        Page.Box first = d.pages().get(0).boxes().get(0);
        assertEquals(source.text().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElseThrow(), d.text().substring(first.start(), first.end()));
        // a paragraph wrapped over several lines is one block again
        assertTrue(d.text().contains("区域创新体系是国家创新体系建设的重要组成部分。党的十八大以来,我国区域创新体系建设取得积极成效"), d.text());
        assertEquals(1, d.pageAt(0).number());
        assertEquals(d.pages().size(), d.pageAt(d.text().length() - 1).number());
    }

    /** Producers often write one text object per glyph, in any order: the reader puts them back by position. */
    @Test
    void ofdGlyphsWrittenOneByOneInAnyOrderAreReadByPosition() throws Exception {
        String[] lines = {"2020年西安R&D经费投入强度达到5.05%，", "居全国第6位。", "　　兰州技术合同成交额增长较快。"};
        List<String> objects = new java.util.ArrayList<>();
        int id = 10;
        for (int l = 0; l < lines.length; l++) {
            double x = 25;
            for (int k = 0; k < lines[l].length(); k++) {
                char c = lines[l].charAt(k);
                double w = c < 0x2E80 ? 1.85 : 3.7;
                if (c != '　') {
                    objects.add(String.format(java.util.Locale.ROOT, "<ofd:TextObject ID=\"%d\" Boundary=\"%.2f %.2f 5 5\" Font=\"2\" Size=\"3.7\">"
                            + "<ofd:TextCode X=\"0\" Y=\"3.7\">%s</ofd:TextCode></ofd:TextObject>", id++, x, 30 + 6.0 * l, c == '&' ? "&amp;" : String.valueOf(c)));
                }
                x += w;
            }
        }
        java.util.Collections.shuffle(objects, new java.util.Random(14));
        Path ofd = dir.resolve("glyphs.ofd");
        Files.write(ofd, ofd(String.join("", objects)));
        ParsedDocument d = PARSER.parse(ofd, "glyphs.ofd");
        assertEquals("2020年西安R&D经费投入强度达到5.05%，居全国第6位。\n兰州技术合同成交额增长较快。\n", d.text());
        assertEquals(1, d.pages().size());
        assertEquals(3, d.pages().get(0).boxes().size(), "one box per line");
    }

    /** A one-page OFD package around the given text objects. */
    private static byte[] ofd(String objects) throws java.io.IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody>"
                + "<ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        files.put("Doc_0/Document.xml", "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID>"
                + "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
                + "</ofd:CommonData><ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>");
        files.put("Doc_0/PublicRes.xml", "<ofd:Res xmlns:ofd=\"http://www.ofdspec.org/2016\" BaseLoc=\"Res\"><ofd:Fonts>"
                + "<ofd:Font ID=\"2\" FontName=\"宋体\"/></ofd:Fonts></ofd:Res>");
        files.put("Doc_0/Pages/Page_0/Content.xml", "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"3\">"
                + objects + "</ofd:Layer></ofd:Content></ofd:Page>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + e.getValue()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void brokenOfdFilesFailNamingOfd() throws Exception {
        Path notZip = dir.resolve("公文.ofd");
        Files.writeString(notZip, "这不是 OFD 文件");
        ParseFailure f = assertThrows(ParseFailure.class, () -> PARSER.parse(notZip, "公文.ofd"));
        assertEquals(ParseFailure.Reason.CORRUPT, f.reason());
        assertTrue(f.getMessage().contains("OFD (GB/T 33190)"), f.getMessage());

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("OFD.xml"));
            z.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path truncated = dir.resolve("broken.ofd");
        Files.write(truncated, zip.toByteArray());
        ParseFailure g = assertThrows(ParseFailure.class, () -> PARSER.parse(truncated, "broken.ofd"));
        assertEquals(ParseFailure.Reason.CORRUPT, g.reason(), g.getMessage());
        assertTrue(g.getMessage().contains("OFD (GB/T 33190)"), g.getMessage());
    }

    @Test
    void ofdIsDetectedByContentNotName() throws Exception {
        Path renamed = dir.resolve("公文.zip");
        Files.copy(FIXTURES.resolve("report.ofd"), renamed);
        assertEquals("ofd", PARSER.parse(renamed, "公文.zip").format());
        assertTrue(OfdReader.isOfd(Files.readAllBytes(FIXTURES.resolve("report.ofd"))));
        assertFalse(OfdReader.isOfd(Files.readAllBytes(FIXTURES.resolve("report-ooxml.wps"))), "a docx is a zip without OFD.xml");
    }
}
