package com.policyminer.ingest;

import com.policyminer.TestIndexes;
import com.policyminer.app.Engine;
import com.policyminer.parse.DocumentParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PDF with only an owner password opens for anyone, but its owner may forbid copying its text.
 * It is indexed (the text is readable), and it says so: a flag in its metadata and a message in its
 * ingest result (issue 15: it was indexed without a word).
 */
class OwnerPasswordPdfTest {

    @TempDir
    Path dir;

    static byte[] noCopyPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText("Harbour economy report: no copying allowed");
                cs.endText();
            }
            AccessPermission noCopy = new AccessPermission();
            noCopy.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "", noCopy);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfWhoseOwnerForbidsExtractionIsIndexedAndFlagged() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.write(corpus.resolve("no-copy.pdf"), noCopyPdf());
        Files.write(corpus.resolve("plain.pdf"), HostileFiles.pdf("Harbour economy development report", "Blue economy"));
        try (Engine e = TestIndexes.engine(dir, corpus)) {
            IngestReport r = e.ingest().run(corpus, null);
            FileResult noCopy = r.files().stream().filter(f -> f.path().equals("no-copy.pdf")).findFirst().orElseThrow();
            FileResult plain = r.files().stream().filter(f -> f.path().equals("plain.pdf")).findFirst().orElseThrow();
            assertEquals(IngestOutcome.INDEXED, noCopy.outcome());
            assertTrue(noCopy.message().contains("forbid extracting"), noCopy.message());
            assertEquals("", plain.message());
            var parsed = e.pipeline().parser().parse(corpus.resolve("no-copy.pdf"), "no-copy.pdf");
            assertEquals("true", parsed.metadata().get(DocumentParser.EXTRACTION_FORBIDDEN));
            assertTrue(parsed.text().contains("no copying allowed"), parsed.text());
            assertEquals(null, e.pipeline().parser().parse(corpus.resolve("plain.pdf"), "plain.pdf").metadata()
                    .get(DocumentParser.EXTRACTION_FORBIDDEN));
        }
    }
}
