package com.policyminer.parse;

import com.policyminer.model.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a born-digital PDF with PDFBox: glyphs in content order ({@link PdfPageReader}), lines and
 * ruled tables per page ({@link PdfPageLayout}), running headers, footers and page numbers across
 * pages ({@link PdfRunningText}), then paragraphs, headings and tables with a page map
 * ({@link PdfParagraphs}). Content order, not position sorting: sorting by position interleaves the
 * lines of neighbouring table cells and of two columns character by character.
 */
final class PdfTextReader {

    /** What the reader found besides the text it wrote: pages, title, metadata, and a warning when text seems lost. */
    record Result(List<Page> pages, String title, Calendar created, Map<String, String> metadata, String suspectLoss) {
    }

    private PdfTextReader() {
    }

    /**
     * Reads the PDF into the builder. {@code checkTime} is called before each page and throws when
     * the parse is over its time. With {@code ocr} (null: no OCR), pages without a usable text layer
     * are OCR'd ({@link PdfOcr}); {@code ocrStarts} is told before OCR begins (the parse gets more time).
     */
    static Result read(byte[] bytes, StructuredTextBuilder out, Runnable checkTime, PageOcr ocr, Runnable ocrStarts)
            throws ParseFailure {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<PdfPageReader.RawPage> scanned = new ArrayList<>();
            List<PdfPageReader.RawPage> withImages = new ArrayList<>();
            List<PdfPageLayout> pages = new ArrayList<>();
            PdfPageReader reader = new PdfPageReader(raw -> {
                if (ocr != null && PdfOcr.needsOcr(raw)) {
                    scanned.add(raw);
                    pages.add(null); // its place, filled after OCR
                } else if (ocr != null && ocr.settings().embeddedImages() && raw.hasImages()) {
                    withImages.add(raw);
                    pages.add(null); // filled after its images are OCR'd
                } else {
                    pages.add(PdfPageLayout.of(raw));
                }
            }, checkTime);
            reader.read(doc);
            PdfOcr.Result ocrd = PdfOcr.EMPTY;
            if (!scanned.isEmpty()) {
                ocrStarts.run();
                ocrd = PdfOcr.read(doc, scanned, pages, ocr);
            }
            PdfImageOcr.Result images = withImages.isEmpty() ? PdfImageOcr.Result.NONE
                    : PdfImageOcr.read(doc, withImages, pages, ocr, ocrStarts);
            PdfRunningText.Result running = PdfRunningText.find(pages);
            PdfParagraphs.Result written = PdfParagraphs.write(pages, running, out);
            Map<String, String> meta = new LinkedHashMap<>();
            ocrd.describe(meta);
            images.describe(meta, written.pages());
            meta.put("pages", Integer.toString(doc.getNumberOfPages()));
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                // an owner password without a user password: readable by anyone, but its owner said no copying
                meta.put(DocumentParser.EXTRACTION_FORBIDDEN, "true");
            }
            if (running.header() != null) {
                meta.put("running_header", running.header());
            }
            if (running.footer() != null) {
                meta.put("running_footer", running.footer());
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            Calendar created = null;
            if (info != null) {
                put(meta, "producer", info.getProducer());
                put(meta, "author", info.getAuthor());
                put(meta, "pdf_title", info.getTitle());
                created = info.getCreationDate();
            }
            String title = written.title() != null ? written.title() : cleanInfoTitle(info == null ? null : info.getTitle());
            String loss = suspectLoss(pages);
            if (ocrd.unavailable() != null) {
                loss = (loss == null ? "" : loss + "; ") + ocrd.unavailable();
            }
            for (String failure : images.failures()) {
                loss = (loss == null ? "" : loss + "; ") + failure;
            }
            return new Result(ocrd.flag(written.pages()), title, created, meta, loss);
        } catch (InvalidPasswordException e) {
            throw new ParseFailure(ParseFailure.Reason.ENCRYPTED, "document is encrypted or password-protected", e);
        } catch (IOException e) {
            throw new ParseFailure(ParseFailure.Reason.CORRUPT, "corrupt or unreadable pdf: " + TikaDocumentParser.describe(e), e);
        }
    }

    /**
     * Text the file holds that the text was not taken from: pages whose glyphs have no Unicode text
     * (a font without a ToUnicode map), and pages that are an image without any text in a PDF that
     * has text elsewhere (scanned pages in a born-digital file: their text needs OCR).
     */
    static String suspectLoss(List<PdfPageLayout> pages) {
        List<Integer> unmapped = new ArrayList<>();
        List<Integer> images = new ArrayList<>();
        boolean anyText = false;
        for (PdfPageLayout p : pages) {
            if (p.unmapped() >= 20 && p.unmapped() > p.glyphs()) {
                unmapped.add(p.number());
            }
            if (p.glyphs() == 0 && p.unmapped() == 0 && p.hasImages()) {
                images.add(p.number());
            }
            anyText |= p.glyphs() > 0;
        }
        List<String> found = new ArrayList<>();
        if (!unmapped.isEmpty()) {
            found.add("the text layer of page" + (unmapped.size() > 1 ? "s " : " ") + abbreviate(unmapped)
                    + " has glyphs without Unicode text (a font without a ToUnicode map): their text is missing");
        }
        if (!images.isEmpty() && anyText) {
            found.add("page" + (images.size() > 1 ? "s " : " ") + abbreviate(images)
                    + (images.size() > 1 ? " are images" : " is an image") + " without a text layer (scanned?): their text needs OCR");
        }
        return found.isEmpty() ? null : String.join("; ", found);
    }

    private static String abbreviate(List<Integer> pages) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < pages.size() && i < 10; i++) {
            s.add(pages.get(i).toString());
        }
        return String.join(", ", s) + (pages.size() > 10 ? " and " + (pages.size() - 10) + " more" : "");
    }

    /**
     * A title from a file's metadata (a PDF's document information, a Word file's properties), unless
     * it is a file name or a placeholder the producing software wrote.
     */
    static String cleanInfoTitle(String t) {
        if (t == null) {
            return null;
        }
        t = t.strip();
        if (t.isEmpty() || t.startsWith("Microsoft Word - ") || t.matches("(?i)untitled|无标题.*|文档\\d*|document\\d*")
                || t.matches("(?i).*\\.(docx?|wps|pdf|txt|rtf|odt)$") || t.codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        return t;
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value.strip());
        }
    }
}
