package com.policyminer.parse;

import com.policyminer.ingest.HostileFiles;
import com.policyminer.model.ParsedDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-file bounds really hold: time, characters, bytes, zip expansion, text quality. */
@Tag("slow")
class ParseBoundsTest {

    @TempDir
    Path tmp;

    /** Many paragraphs of HTML: seconds of parsing, with SAX events all along. */
    private Path bigHtml(int paragraphs) throws IOException {
        StringBuilder b = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
        for (int i = 0; i < paragraphs; i++) {
            b.append("<p>第").append(i).append("段。").append(HostileFiles.CHINESE).append("</p>\n");
        }
        return Files.writeString(tmp.resolve("big.html"), b.append("</body></html>"));
    }

    @Test
    void aParseOverItsTimeLimitIsReportedAndActuallyStops() throws Exception {
        Path html = bigHtml(400_000);
        TikaDocumentParser parser = new TikaDocumentParser(new ParseLimits(500L << 20, 200_000_000, Duration.ofMillis(300)));
        long t0 = System.nanoTime();
        ParseFailure f = assertThrows(ParseFailure.class, () -> parser.parse(html, "big.html"));
        assertEquals(ParseFailure.Reason.TIMEOUT, f.reason());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "the caller is answered at the time limit");
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (parseThreadsAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(parseThreadsAlive(), "the parsing thread stops soon after the time limit");
    }

    private static boolean parseThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("tika-parse") && t.isAlive());
    }

    @Test
    void textOverTheCharacterCapIsTruncatedAndFlagged() throws Exception {
        Path html = bigHtml(20_000);
        TikaDocumentParser parser = new TikaDocumentParser(new ParseLimits(500L << 20, 100_000, Duration.ofSeconds(30)));
        ParsedDocument doc = parser.parse(html, "big.html");
        assertTrue(doc.text().length() <= 100_000, "length " + doc.text().length());
        assertEquals("true", doc.metadata().get("truncated"));

        Path txt = Files.write(tmp.resolve("line.txt"), HostileFiles.hugeLine(500_000));
        ParsedDocument line = parser.parse(txt, "line.txt");
        assertEquals(100_000, line.text().length());
    }

    @Test
    void aFileOverTheByteCapIsRefusedUnread() throws Exception {
        Path txt = Files.write(tmp.resolve("big.txt"), HostileFiles.hugeLine(2_000));
        TikaDocumentParser parser = new TikaDocumentParser(new ParseLimits(1000, 1_000_000, Duration.ofSeconds(5)));
        assertEquals(ParseFailure.Reason.TOO_LARGE, assertThrows(ParseFailure.class, () -> parser.parse(txt, "big.txt")).reason());
    }

    @Test
    void aZipBombIsRejectedBeforeTikaInflatesIt() throws Exception {
        Path bomb = Files.write(tmp.resolve("bomb.docx"), HostileFiles.zipBombDocx(300));
        long t0 = System.nanoTime();
        ParseFailure f = assertThrows(ParseFailure.class, () -> new TikaDocumentParser().parse(bomb, "bomb.docx"));
        assertEquals(ParseFailure.Reason.TOO_LARGE, f.reason());
        assertTrue(f.getMessage().contains("zip bomb"), f.getMessage());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "a 300 MB expansion is stopped early");
    }

    @Test
    void deeplyNestedHtmlWithoutDeclaredCharsetIsReadAsUtf8() throws Exception {
        Path html = Files.write(tmp.resolve("nested.html"), HostileFiles.nestedHtml(100_000));
        ParsedDocument doc = new TikaDocumentParser().parse(html, "nested.html");
        assertEquals(HostileFiles.CHINESE, doc.text().strip());
    }

    @Test
    void garbageTextIsNotText() {
        assertEquals(ParseFailure.Reason.NOT_TEXT, assertThrows(ParseFailure.class,
                () -> TextQuality.check("\uFFFD\uFFFD\u0001\u0002 abc \uFFFD\uFFFD\uFFFD\uE000\uE001")).reason());
        assertEquals(ParseFailure.Reason.NOT_TEXT, assertThrows(ParseFailure.class,
                () -> TextQuality.check("#$%^&*()_+{}|:<>?~`!@#$%^&*()_+{}|:<>?~`!@")).reason());
        assertEquals(ParseFailure.Reason.NOT_TEXT, assertThrows(ParseFailure.class,
                () -> TextQuality.check(new String("推进区域科技创新中心建设".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))).reason(),
                "UTF-8 read as ISO-8859-1 is mojibake");
    }

    @Test
    void goodTextPassesTheQualityCheck() throws ParseFailure {
        TextQuality.check(HostileFiles.CHINESE + " GDP 增长 6.5%，2023 年。");
        TextQuality.check("Regional innovation centre report, 2023.");
    }
}
