package com.policyminer.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds hostile and broken files at test time, so no binary fixture has to be committed. */
public final class HostileFiles {

    /** A sentence that segments into ordinary words; used to make good files. */
    public static final String CHINESE = "推进区域科技创新中心建设，促进区域协调发展，打造创新主引擎。";

    private HostileFiles() {
    }

    /** A one-page PDF with English text in a standard font (fonts for Chinese glyphs would need embedding). */
    public static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF that opens only with a user password. */
    public static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText("Secret regional innovation plan");
                cs.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A well-formed PDF whose only text is character codes with no glyph and no Unicode mapping:
     * it parses without error and yields control characters, as damaged PDFs do.
     */
    public static byte[] garbagePdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            page.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            var name = page.getResources().add(font);
            StringBuilder ops = new StringBuilder("BT /" + name.getName() + " 12 Tf 50 700 Td (");
            for (int i = 0; i < 400; i++) {
                ops.append(String.format("\\%03o", 1 + i % 30));
                if (i % 40 == 39) {
                    ops.append(") Tj 0 -14 Td (");
                }
            }
            ops.append(") Tj ET");
            PDStream contents = new PDStream(doc);
            try (OutputStream os = contents.createOutputStream()) {
                os.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(contents);
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] truncated(byte[] bytes, double fraction) {
        return java.util.Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    public static byte[] randomBytes(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /**
     * A DOCX whose document.xml expands to {@code expandedMb} megabytes of text from a few hundred
     * kilobytes of zip: a zip bomb.
     */
    public static byte[] zipBombDocx(int expandedMb) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < expandedMb; i++) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public static byte[] nestedHtml(int depth) {
        StringBuilder b = new StringBuilder(depth * 12 + 100).append("<html><body>");
        b.append("<div>".repeat(depth)).append(CHINESE).append("</div>".repeat(depth));
        return b.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One line of {@code chars} characters of Chinese text, no line break. */
    public static byte[] hugeLine(int chars) {
        StringBuilder b = new StringBuilder(chars + CHINESE.length());
        int i = 0;
        while (b.length() < chars) {
            b.append(CHINESE, 0, CHINESE.length() - 1).append(i++).append('，');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] text(String s, Charset cs) {
        return s.getBytes(cs);
    }

    public static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }
}
