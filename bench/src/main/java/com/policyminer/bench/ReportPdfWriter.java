package com.policyminer.bench;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Sets a generated report on A4 pages with PDFBox: the title, headings, paragraphs wrapped to the
 * column (first line indented two characters), tables with a 0.5 pt border round every cell, a
 * running header (the report's title) and the page number as {@code — 3 —} in the footer. One CJK
 * TrueType font, embedded as a subset. No creation date or other varying field, so the same report
 * gives the same bytes.
 */
final class ReportPdfWriter implements Closeable {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_X = 72;
    static final float TOP = PAGE.getHeight() - 72;
    static final float BOTTOM = 72;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN_X;
    static final float BODY = 10.5f;
    static final float CELL = 9f;
    static final float PAD = 3f;

    /** What was written: pages, tables, and characters the font could not show (left out). */
    record Written(Path file, int pages, int tables, long missingChars) {
    }

    private final TrueTypeCollection collection;
    private final TrueTypeFont ttf;
    private final TextWrap wrap;

    ReportPdfWriter(CjkFontFile file) throws IOException {
        if (file.collection()) {
            collection = new TrueTypeCollection(file.path().toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                throw new IOException("no font in " + file.path());
            }
            ttf = first[0];
        } else {
            collection = null;
            ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.path().toFile()));
        }
        wrap = new TextWrap(ttf);
    }

    Written write(ReportBlocks report, Path out) throws IOException {
        long missing0 = wrap.missing();
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setProducer("Policy Miner benchmark (PDFBox " + org.apache.pdfbox.util.Version.getVersion() + ")");
            Pages pages = new Pages(doc, PDType0Font.load(doc, ttf, true), wrap.printable(report.title()));
            pages.centred(wrap.printable(report.title()), 16, 28);
            pages.space(10);
            for (ReportBlocks.Block b : report.blocks()) {
                switch (b.kind()) {
                    case HEADING -> {
                        pages.space(6);
                        pages.paragraph(wrap.printable(b.cells().get(0)), 12, 21, 0);
                    }
                    case PARAGRAPH -> pages.paragraph(wrap.printable(b.cells().get(0)), BODY, 18.9f, 2 * BODY);
                    case TABLE -> {
                        pages.space(6);
                        pages.table(b.rows());
                        pages.space(6);
                    }
                }
            }
            pages.finish();
            doc.getDocument().getTrailer().setItem(COSName.ID, documentId(report)); // else PDFBox makes one from the clock
            doc.save(out.toFile());
            return new Written(out, doc.getNumberOfPages(), (int) report.tables(), wrap.missing() - missing0);
        }
    }

    /** The file identifier: a digest of the report, the same in both halves (the file is never updated). */
    private static COSArray documentId(ReportBlocks report) {
        try {
            java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
            md5.update(report.title().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            report.blocks().forEach(b -> b.cells().forEach(c -> md5.update(c.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            byte[] id = md5.digest();
            COSArray a = new COSArray();
            a.add(new COSString(id));
            a.add(new COSString(id));
            return a;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (collection != null) {
            collection.close();
        } else {
            ttf.close();
        }
    }

    /** The page being filled: its content stream and how far down the body has come. */
    private final class Pages {
        private final PDDocument doc;
        private final PDType0Font font;
        private final String header;
        private PDPageContentStream cs;
        private float y;
        private int number;

        Pages(PDDocument doc, PDType0Font font, String header) throws IOException {
            this.doc = doc;
            this.font = font;
            this.header = fit(header, 9, WIDTH);
            newPage();
        }

        private void newPage() throws IOException {
            finish();
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            number++;
            text(header, 9, MARGIN_X + (WIDTH - wrap.width(header, 9)) / 2, PAGE.getHeight() - 45);
            y = TOP;
        }

        /** Ends the page: the footer comes last in its content, as office suites write it. */
        void finish() throws IOException {
            if (cs == null) {
                return;
            }
            String footer = "\u2014 " + number + " \u2014";
            footer = wrap.printable(footer).length() == footer.length() ? footer : "- " + number + " -";
            text(footer, BODY, MARGIN_X + (WIDTH - wrap.width(footer, BODY)) / 2, 45);
            cs.close();
            cs = null;
        }

        void space(float points) {
            y -= points;
        }

        void centred(String s, float size, float leading) throws IOException {
            for (String line : wrap.lines(s, size, WIDTH, WIDTH)) {
                room(leading);
                text(line, size, MARGIN_X + (WIDTH - wrap.width(line, size)) / 2, y - size);
                y -= leading;
            }
        }

        void paragraph(String s, float size, float leading, float indent) throws IOException {
            List<String> lines = wrap.lines(s, size, WIDTH - indent, WIDTH);
            for (int i = 0; i < lines.size(); i++) {
                room(leading);
                text(lines.get(i), size, MARGIN_X + (i == 0 ? indent : 0), y - size);
                y -= leading;
            }
        }

        /** Rows of equal-width cells; a row that does not fit goes to the next page, where the table goes on. */
        void table(List<List<String>> rows) throws IOException {
            float leading = CELL * 1.45f;
            float colWidth = WIDTH / rows.get(0).size();
            float top = y;
            for (List<String> row : rows) {
                List<List<String>> cells = row.stream()
                        .map(c -> wrap.lines(wrap.printable(c), CELL, colWidth - 2 * PAD, colWidth - 2 * PAD)).toList();
                int most = cells.stream().mapToInt(List::size).max().orElse(1);
                float height = Math.max(1, most) * leading + 2 * PAD;
                if (y - height < BOTTOM) {
                    borders(top, y, rows.get(0).size(), colWidth);
                    newPage();
                    top = y;
                }
                for (int c = 0; c < cells.size(); c++) {
                    float baseline = y - PAD - CELL;
                    for (String line : cells.get(c)) {
                        text(line, CELL, MARGIN_X + c * colWidth + PAD, baseline);
                        baseline -= leading;
                    }
                }
                y -= height;
                horizontal(y);
            }
            borders(top, y, rows.get(0).size(), colWidth);
        }

        private void borders(float top, float bottom, int columns, float colWidth) throws IOException {
            if (bottom >= top) {
                return;
            }
            cs.setLineWidth(0.5f);
            horizontal(top);
            for (int c = 0; c <= columns; c++) {
                cs.moveTo(MARGIN_X + c * colWidth, top);
                cs.lineTo(MARGIN_X + c * colWidth, bottom);
            }
            cs.stroke();
        }

        private void horizontal(float at) throws IOException {
            cs.setLineWidth(0.5f);
            cs.moveTo(MARGIN_X, at);
            cs.lineTo(MARGIN_X + WIDTH, at);
            cs.stroke();
        }

        private void room(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void text(String s, float size, float x, float baseline) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(s);
            cs.endText();
        }

        private String fit(String s, float size, float width) {
            while (!s.isEmpty() && wrap.width(s, size) > width) {
                s = s.substring(0, s.offsetByCodePoints(s.length(), -1));
            }
            return s;
        }
    }
}
