package com.policyminer.parse;

import com.policyminer.model.ParsedDocument;
import com.policyminer.model.Table;
import com.policyminer.model.TextBlock;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TikaDocumentParserTest {

    private static final TikaDocumentParser PARSER = new TikaDocumentParser();

    @TempDir
    Path dir;

    private ParsedDocument parse(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return PARSER.parse(f, name);
    }

    @Test
    void parsesOneAfterAnotherReuseAThreadNamedAfterTheFileWhileParsing() throws Exception {
        java.util.Set<Thread> before = poolThreads();
        for (int i = 0; i < 30; i++) {
            assertTrue(parse("r" + i + ".txt", ("第" + i + "份报告。西安市研发投入强度5.18%。").getBytes(StandardCharsets.UTF_8))
                    .text().contains("西安市"));
        }
        java.util.Set<Thread> started = new java.util.HashSet<>(poolThreads());
        started.removeAll(before);
        assertTrue(started.size() <= 1, "30 parses one after another start at most one thread, not " + started.size());
        assertTrue(!poolThreads().isEmpty(), "parses run on the pool's threads");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("tika-parse")),
                "an idle thread no longer carries the name of the file it parsed");
    }

    private static java.util.Set<Thread> poolThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("tika-pool-"))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void frontMatterGivesTitleAndDateAndHtmlTagsDoNotReachTheText() throws Exception {
        ParsedDocument d = PARSER.parse(Path.of("corpus/002_62e1a830fce91b89.txt"), "002_62e1a830fce91b89.txt");
        assertEquals("多地争创科创中心 国家区域协同创新提速", d.title());
        assertEquals(LocalDate.of(2022, 3, 11), d.date());
        assertFalse(d.text().contains("<p>"), "raw tags leaked");
        assertFalse(d.text().contains("layout: post"), "front matter leaked");
        assertFalse(d.text().contains("quote.eastmoney.com"), "link targets leaked");
        assertTrue(d.text().contains("科技部等九部门研究制定的《“十四五”东西部科技合作实施方案》"));
        assertTrue(d.blocks().size() > 10, "paragraph structure kept");
        assertEquals("emnews", d.metadata().get("categories"));
        // printed and stored in the same order every run (not Map.copyOf's order, which changes per JVM)
        assertEquals(List.of("categories", "charset", "container", "dateSource", "layout", "tags"), List.copyOf(d.metadata().keySet()));
        assertEquals("front-matter", d.metadata().get("dateSource"));
    }

    @Test
    void plainTextKeepsTabTablesAndFindsTheirCaption() throws Exception {
        ParsedDocument d = PARSER.parse(Path.of("corpus/001_a619ee9cd5a0211b.txt"), "001.txt");
        assertEquals(3, d.tables().size());
        Table t = d.tables().get(0);
        assertTrue(t.caption().startsWith("表 1"), t.caption());
        assertEquals("区域", t.rows().get(0).get(0).text());
        assertEquals(13, t.rows().size());
        t.rows().forEach(row -> row.forEach(c -> assertEquals(c.text(), d.text().substring(c.start(), c.end()))));
        assertEquals(LocalDate.of(2022, 5, 7), PARSER.parse(Path.of("corpus/004_c3cb54636e7088b5.txt"), "004.txt").date());
    }

    /** Reports open with series names, issue numbers, authors and dates: the title is found past them. */
    @Test
    void titlesOfTheSeedReports() throws Exception {
        java.util.Map<String, String> expected = java.util.Map.of(
                "000_f8820dc2aea3848d.txt", "构建西安兰州国家区域科技创新中心的考虑",
                "001_a619ee9cd5a0211b.txt", "四大城市群产业链创新链融合发展比较研究",
                "002_62e1a830fce91b89.txt", "多地争创科创中心 国家区域协同创新提速",
                "003_b94fa3ae733f63a0.txt", "科技创新塑造区域发展新动能、新优势",
                "004_c3cb54636e7088b5.txt", "关于推动建设国家区域科技创新中心和 科技成果转移转化示范区的思考与建议");
        for (var e : expected.entrySet()) {
            assertEquals(e.getValue(), PARSER.parse(Path.of("corpus", e.getKey()), e.getKey()).title(), e.getKey());
        }
    }

    @Test
    void gbkTextIsDetectedNotAssumed() throws Exception {
        String text = "关于推动建设国家区域科技创新中心的思考与建议\n西安研发投入强度达到5.05%，技术合同成交额超过2300亿元。\n";
        for (String cs : new String[] {"GBK", "GB18030", "UTF-16LE", "UTF-8"}) {
            byte[] bytes = text.getBytes(Charset.forName(cs));
            if (cs.equals("UTF-16LE")) {
                byte[] bom = {(byte) 0xFF, (byte) 0xFE};
                byte[] all = new byte[bytes.length + 2];
                System.arraycopy(bom, 0, all, 0, 2);
                System.arraycopy(bytes, 0, all, 2, bytes.length);
                bytes = all;
            }
            ParsedDocument d = parse("report-" + cs + ".txt", bytes);
            assertEquals(text, d.text(), cs);
            assertEquals("关于推动建设国家区域科技创新中心的思考与建议", d.title(), cs);
        }
    }

    @Test
    void markdownWithFrontMatter() throws Exception {
        String md = "---\ntitle: \"长三角科技创新共同体\"\ndate: 2023-09-22\n---\n# 长三角科技创新共同体\n\n长三角研发投入强度达到3.0%。\n";
        ParsedDocument d = parse("post.md", md.getBytes(StandardCharsets.UTF_8));
        assertEquals("长三角科技创新共同体", d.title());
        assertEquals(LocalDate.of(2023, 9, 22), d.date());
        assertTrue(d.text().startsWith("# 长三角科技创新共同体"));
        assertFalse(d.text().contains("title:"));
    }

    @Test
    void htmlKeepsParagraphsAndTablesWithoutMarkup() throws Exception {
        String html = "<html><head><title>区域创新报告</title><style>p{color:red}</style><script>var x=1;</script></head><body>"
                + "<h1>区域创新报告</h1><p>西安研发投入强度达到<b>5.05%</b>，\n  居全国前列。</p>"
                + "<table><tr><th>地区</th><th>R&amp;D经费投入强度（%）</th></tr><tr><td>山东</td><td>2.30</td></tr></table>"
                + "<p>下一段</p></body></html>";
        ParsedDocument d = parse("report.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("区域创新报告", d.title());
        assertEquals("html", d.format());
        assertTrue(d.text().contains("西安研发投入强度达到5.05%，居全国前列。"), d.text());
        assertFalse(d.text().contains("color:red") || d.text().contains("var x"));
        assertEquals(1, d.tables().size());
        Table t = d.tables().get(0);
        assertEquals("R&D经费投入强度（%）", t.rows().get(0).get(1).text());
        assertEquals("2.30", t.rows().get(1).get(1).text());
        assertEquals("2.30", d.text().substring(t.rows().get(1).get(1).start(), t.rows().get(1).get(1).end()));
        assertTrue(d.blocks().stream().anyMatch(b -> b.kind() == TextBlock.Kind.HEADING));
    }

    @Test
    void htmlNestedLikeAnExpansionBombIsRejectedAsTikaWould() {
        String html = "<html><body>" + "<table><tr><td>".repeat(40) + "西安" + "</td></tr></table>".repeat(40) + "</body></html>";
        ParseFailure f = assertThrows(ParseFailure.class, () -> parse("deep.html", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ParseFailure.Reason.TOO_LARGE, f.reason(), f.getMessage());
    }

    @Test
    void aMailSavedAsTextIsDecodedNotIndexedAsHeaders() throws Exception {
        String body = java.util.Base64.getMimeEncoder().encodeToString("西安市研发投入强度达到5.18%。".getBytes(StandardCharsets.UTF_8));
        String mail = "From: office@example.org\r\nTo: analyst@example.org\r\nSubject: report\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body + "\r\n";
        ParsedDocument d = parse("mail.txt", mail.getBytes(StandardCharsets.US_ASCII));
        assertTrue(d.text().contains("西安市研发投入强度达到5.18%。"), d.text());
        assertFalse(d.text().contains(body), "base64 body leaked");
        assertFalse(d.text().contains("Content-Transfer-Encoding"), "headers leaked");
    }

    @Test
    void docxParagraphsAndTables() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle("西咸新区研究");
            doc.createParagraph().createRun().setText("西咸新区研究院课题组");
            doc.createParagraph().createRun().setText("2021年西安技术合同成交额达到2346.13亿元。");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("城市");
            table.getRow(0).getCell(1).setText("专利授权数（件）");
            table.getRow(1).getCell(0).setText("西安");
            table.getRow(1).getCell(1).setText("64 000");
            doc.write(out);
        }
        ParsedDocument d = parse("report.docx", out.toByteArray());
        assertEquals("docx", d.format());
        assertEquals("西咸新区研究", d.title());
        assertTrue(d.text().contains("2021年西安技术合同成交额达到2346.13亿元。"));
        assertEquals(1, d.tables().size());
        assertEquals("64 000", d.tables().get(0).rows().get(1).get(1).text());
    }

    /**
     * A Chinese PDF (made with PDFBox and WenQuanYi Micro Hei, letter-spaced so that extraction
     * inserts a space between every glyph, and with lines broken mid-sentence): the text comes
     * out in reading order with the spaces and the broken lines repaired.
     */
    @Test
    void pdfSpacingAndBrokenLinesAreRepaired() throws Exception {
        Path pdf = Path.of("core/src/test/resources/fixtures/report-zh.pdf");
        ParsedDocument d = PARSER.parse(pdf, "report-zh.pdf");
        assertEquals("pdf", d.format());
        assertEquals("构建西安兰州国家区域科技创新中心的考虑", d.title());
        assertTrue(d.text().contains("2020年，兰州市和西安市R&D经费内部支出分别为61.21亿元、506.06亿元。西安研发投入强度达到5.05%，居全国第6位。"),
                d.text());
        assertTrue(d.text().contains("技术合同成交额超过2300亿元。"));
    }

    /** A Word 97 .doc (converted from HTML with LibreOffice once, committed as a fixture). */
    @Test
    void legacyWordDocumentWithTable() throws Exception {
        ParsedDocument d = PARSER.parse(Path.of("core/src/test/resources/fixtures/report-zh.doc"), "report-zh.doc");
        assertEquals("doc", d.format());
        assertEquals("关中平原城市群科技创新报告", d.title());
        assertTrue(d.text().contains("2021年，西安技术合同成交额达到2346.13亿元，同比增长35.6%。"), d.text());
        assertEquals(1, d.tables().size());
        assertEquals("64000", d.tables().get(0).rows().get(1).get(1).text());
    }

    @Test
    void idIsTheSha256OfTheBytes() throws Exception {
        byte[] bytes = "西安".getBytes(StandardCharsets.UTF_8);
        ParsedDocument d = parse("a.txt", bytes);
        assertEquals(ContentId.of(bytes), d.id());
        assertEquals(64, d.id().length());
        assertEquals(d.id(), parse("b.txt", bytes).id());
    }

    @Test
    void brokenInputsFailWithTypedReasons() throws IOException {
        assertReason(ParseFailure.Reason.EMPTY, "empty.pdf", new byte[0]);
        assertReason(ParseFailure.Reason.CORRUPT, "truncated.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        ParseFailure f = assertThrows(ParseFailure.class, () -> parse("noise.bin", noise));
        assertTrue(f.reason() == ParseFailure.Reason.UNSUPPORTED || f.reason() == ParseFailure.Reason.NOT_TEXT
                || f.reason() == ParseFailure.Reason.CORRUPT, f.reason().toString());
        assertFalse(f.getMessage().isBlank());
    }

    private void assertReason(ParseFailure.Reason reason, String name, byte[] bytes) {
        ParseFailure f = assertThrows(ParseFailure.class, () -> parse(name, bytes));
        assertEquals(reason, f.reason(), f.getMessage());
    }
}
