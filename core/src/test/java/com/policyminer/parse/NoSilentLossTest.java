package com.policyminer.parse;

import com.policyminer.model.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, item 5: a text file is HTML only when it is an HTML document, and a parse that loses text says so. */
class NoSilentLossTest {

    private static final TikaDocumentParser PARSER = new TikaDocumentParser();
    private static final Path QUOTED = Path.of("core/src/test/resources/fixtures/quoted-tags-report.txt");

    @TempDir
    Path dir;

    private ParsedDocument parse(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return PARSER.parse(f, name);
    }

    /** The regression: a report that quotes <script> and <p class=…> in its prose lost everything after the tag. */
    @Test
    void aReportQuotingTagsKeepsEveryCharacter() throws Exception {
        String source = Files.readString(QUOTED);
        assertTrue(source.contains("<script>") && source.contains("<p class=\"MsoNormal\""));
        ParsedDocument d = PARSER.parse(QUOTED, "quoted-tags-report.txt");
        assertEquals(source, d.text());
        assertEquals("txt", d.format());
        assertEquals("text/plain", d.mediaType());
        assertTrue(d.suspectLoss().isEmpty(), d.metadata().toString());
        assertFalse(d.metadata().containsKey("container"));
        assertEquals("关于2023年度省级政府网站和政务新媒体抽查情况的报告", d.title());
    }

    /** The same prose served as .html goes through the HTML parser, which swallows it: the loss is flagged, not silent. */
    @Test
    void theSameProseParsedAsHtmlIsFlaggedSuspect() throws Exception {
        byte[] bytes = Files.readAllBytes(QUOTED);
        ParsedDocument d = parse("quoted-tags-report.html", bytes);
        assertEquals("html", d.format());
        int source = new String(bytes, StandardCharsets.UTF_8).replaceAll("\\s", "").length();
        assertTrue(d.text().replaceAll("\\s", "").length() < source / 5, "the HTML parser kept " + d.text().length());
        String reason = d.suspectLoss().orElseThrow(() -> new AssertionError("no suspect_loss: " + d.metadata()));
        assertTrue(reason.startsWith("kept ") && reason.contains("characters of text outside the HTML tags"), reason);
        assertEquals(reason, d.metadata().get(ParsedDocument.SUSPECT_LOSS));
    }

    @Test
    void htmlDocumentsSavedAsTextAreStillParsedAsHtml() throws Exception {
        String page = "---\ntitle: 区域创新\n---\n\n<!DOCTYPE html>\n<html><head><title>区域创新</title><script>var a = 1;</script></head>"
                + "<body><p>西安研发投入强度达到5.05%。</p><p>兰州技术合同成交额增长较快。</p></body></html>\n";
        ParsedDocument d = parse("page.txt", page.getBytes(StandardCharsets.UTF_8));
        assertEquals("html", d.format());
        assertEquals("text with HTML", d.metadata().get("container"));
        assertFalse(d.text().contains("<p>") || d.text().contains("var a"), d.text());
        assertTrue(d.text().contains("西安研发投入强度达到5.05%。"));
        // seed 002: a Jekyll post whose body is <p> paragraphs, 87% of its text inside matched elements
        assertTrue(HtmlSniffer.coverage(FrontMatter.split(Files.readString(Path.of("corpus/002_62e1a830fce91b89.txt"))).body()) > 0.8);
    }

    @Test
    void markupDensityNotASingleTagDecides() {
        assertTrue(HtmlSniffer.isHtmlDocument("\uFEFF \n<!doctype html><p>正文</p>"));
        assertTrue(HtmlSniffer.isHtmlDocument("<html lang=\"zh\"><body>正文</body></html>"));
        assertTrue(HtmlSniffer.isHtmlDocument("<body>\n正文"));
        assertTrue(HtmlSniffer.isHtmlDocument("导语一句。\n<p>第一段正文，内容较长。</p>\n<p>第二段正文。</p><div><span>第三段</span></div>"));
        assertFalse(HtmlSniffer.isHtmlDocument("页面底部加入<script src=\"a.js\"></script>这样的外链脚本，正文中保留<p class=\"MsoNormal\">这类标记，"
                + "还有<b>加粗</b>和<br>换行，这些都只是被引用的代码，报告本身是纯文本，后面还有很长的正文内容需要保留。"));
        assertFalse(HtmlSniffer.isHtmlDocument("纯文本报告，没有任何标记。"));
        // a script's code is not text a reader sees: it does not make the prose "inside markup"
        assertFalse(HtmlSniffer.isHtmlDocument("标记测试报告\n\n西安市的测试数据为5.2%。<img src=x onerror=\"x()\"><script>document.body.dataset.pwned=2</script>"
                + " <b>粗体</b> &amp; 《关于<i>测试</i>的通知》\n"));
        assertFalse(HtmlSniffer.isHtmlDocument("比较：a<b 且 c>d，不是标签。"));
        // unclosed tags everywhere cost linear time, not quadratic
        String many = "<p>x".repeat(50_000);
        long t0 = System.nanoTime();
        HtmlSniffer.isHtmlDocument(many);
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L);
    }

    @Test
    void htmlWhoseTextIsWrittenByScriptsIsFlagged() throws Exception {
        String script = "<script>var data = \"" + "x".repeat(150_000) + "\";</script>";
        String html = "<!DOCTYPE html><html><head><title>数据发布</title>" + script + "</head><body><div id=\"app\">加载中</div></body></html>";
        ParsedDocument d = parse("app.html", html.getBytes(StandardCharsets.UTF_8));
        String reason = d.suspectLoss().orElseThrow(() -> new AssertionError(d.metadata().toString()));
        assertTrue(reason.contains("may be written by scripts"), reason);
    }

    @Test
    void ordinaryDocumentsAreNotFlagged() throws Exception {
        for (String seed : new String[]{"000_f8820dc2aea3848d.txt", "002_62e1a830fce91b89.txt"}) {
            ParsedDocument d = PARSER.parse(Path.of("corpus", seed), seed);
            assertTrue(d.suspectLoss().isEmpty(), seed + ": " + d.metadata());
        }
        String html = "<html><head><title>报告</title><style>" + "p{margin:0}".repeat(2000) + "</style></head><body>"
                + "<p>西安研发投入强度达到5.05%，居全国前列。</p>".repeat(20) + "</body></html>";
        assertTrue(parse("styled.html", html.getBytes(StandardCharsets.UTF_8)).suspectLoss().isEmpty());
    }

    @Test
    void visibleTextOfHtmlSkipsTagsCommentsAndHiddenElements() {
        assertEquals(4, SuspectLoss.visibleOutsideTags("<p>西安</p><!-- 注释 --><script>var x;</script><b>兰州</b>"));
        assertEquals(3, SuspectLoss.visibleOutsideTags("a&amp;b"));
        // an unclosed <script> hides nothing: prose that quotes it keeps counting
        assertEquals(7, SuspectLoss.visibleOutsideTags("引用<script>标签的正文"));
        assertEquals(3, SuspectLoss.visibleOutsideTags("a<b"));
    }
}
