package com.policyminer.parse;

import com.policyminer.model.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A text file read directly as UTF-8 and the same text saved as GB18030 (which goes through Tika's encoding
 * detectors, made once per parser) give the same document: text, title, date, format, structure and
 * metadata, all but the charset, the id and the size. The seed reports, the held-out reports (one of them HTML
 * saved as .txt, which goes on to Tika's HTML parser) and the report that quotes tags in prose (issue 14: Tika
 * once read it as HTML and lost 92% of it) are the texts.
 */
class TextEncodingsParseTest {

    private static final TikaDocumentParser PARSER = new TikaDocumentParser();
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    private static List<Path> texts() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("corpus", "core/src/test/resources/heldout/reports")) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        files.add(Path.of("core/src/test/resources/fixtures/quoted-tags-report.txt"));
        return files;
    }

    @Test
    void aGb18030CopyParsesAsItsUtf8Original() throws Exception {
        List<Path> files = texts();
        assertTrue(files.size() >= 18, "seeds, held-out reports and the quoted-tags report: " + files);
        int html = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Path utf8 = dir.resolve("utf8-" + name);
            Path gbk = dir.resolve("gb-" + name);
            Files.writeString(utf8, text, StandardCharsets.UTF_8);
            Files.write(gbk, text.getBytes(GB18030));
            ParsedDocument a = PARSER.parse(utf8, name);
            ParsedDocument b = PARSER.parse(gbk, name);
            assertEquals("UTF-8", a.metadata().get("charset"), name);
            assertEquals("GB18030", b.metadata().get("charset"), name);
            assertEquals(a.text(), b.text(), name);
            assertEquals(a.title(), b.title(), name);
            assertEquals(a.date(), b.date(), name);
            assertEquals(a.format(), b.format(), name);
            assertEquals(a.mediaType(), b.mediaType(), name);
            assertEquals(a.blocks(), b.blocks(), name);
            assertEquals(a.tables(), b.tables(), name);
            assertEquals(a.pages(), b.pages(), name);
            assertEquals(withoutCharset(a.metadata()), withoutCharset(b.metadata()), name);
            if (a.mediaType().equals("text/html")) {
                html++;
            }
        }
        assertTrue(html >= 1, "an HTML document saved as .txt is among them");
    }

    @Test
    void theReportThatQuotesTagsKeepsItsTextInBothEncodings() throws Exception {
        Path f = Path.of("core/src/test/resources/fixtures/quoted-tags-report.txt");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        for (Charset cs : List.of(StandardCharsets.UTF_8, GB18030)) {
            Path copy = dir.resolve(cs.name() + ".txt");
            Files.write(copy, text.getBytes(cs));
            ParsedDocument d = PARSER.parse(copy, "quoted-tags-report.txt");
            assertEquals("text/plain", d.mediaType(), cs.name());
            assertTrue(d.text().length() >= text.strip().length() * 0.95, cs.name() + ": " + d.text().length() + " of " + text.length());
            assertTrue(d.text().contains("<script>"), cs.name());
        }
    }

    private static Map<String, String> withoutCharset(Map<String, String> metadata) {
        Map<String, String> m = new LinkedHashMap<>(metadata);
        m.remove("charset");
        return m;
    }
}
