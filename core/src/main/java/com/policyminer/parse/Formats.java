package com.policyminer.parse;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

import java.io.InputStream;
import java.util.Set;

/** The formats the parser routes itself (beside Tika's own detection), and the short name of every format. */
final class Formats {

    /** OFD, GB/T 33190: its registered media type (Tika sees a plain zip). */
    static final String OFD = "application/ofd";
    static final String EPUB = "application/epub+zip";
    /** Read with {@link SpreadsheetReader}, each sheet a table. */
    static final Set<String> SPREADSHEETS = Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel", "application/vnd.ms-excel.sheet.macroenabled.12");
    /** What a .wps (WPS Writer) file may hold: Word 97 (older WPS versions) or OOXML (newer ones). */
    static final Set<String> WORD = Set.of("application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /**
     * For EPUB: the items outside the spine (the navigation document, the NCX table of contents) are
     * not part of the reading order; Tika would append them as embedded documents, repeating every heading.
     */
    static final EmbeddedDocumentExtractor SPINE_ONLY = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // nothing: only the spine is read
        }
    };

    /**
     * Tika's embedded-document extraction without the images (a DOCX's {@code word/media}, an ODT's
     * pictures): with OCR off they give nothing but their file name as a heading ({@code image1.png});
     * a DOCX's images are read by {@link DocxImages}. Other embedded documents (a sheet in a report) are parsed.
     */
    static EmbeddedDocumentExtractor withoutImages(org.apache.tika.parser.ParseContext ctx) {
        EmbeddedDocumentExtractor all = new org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor(ctx);
        return new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                String type = metadata.get(Metadata.CONTENT_TYPE);
                String name = metadata.get(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY);
                boolean image = type != null && type.startsWith("image/")
                        || name != null && name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg)");
                return !image && all.shouldParseEmbedded(metadata);
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                    throws org.xml.sax.SAXException, java.io.IOException {
                all.parseEmbedded(stream, handler, metadata, outputHtml);
            }
        };
    }

    private Formats() {
    }

    /** The short name of a format ({@code ParsedDocument.format}) from its media type and the file's extension. */
    static String nameOf(String baseType, String ext) {
        return switch (baseType) {
            case "application/pdf" -> "pdf";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
            case "application/msword", "application/x-tika-msoffice" -> "doc";
            case "text/html", "application/xhtml+xml" -> "html";
            case "text/markdown", "text/x-web-markdown" -> "markdown";
            case "text/plain" -> ext.equals("md") || ext.equals("markdown") ? "markdown" : "txt";
            case "application/rtf" -> "rtf";
            case "application/vnd.oasis.opendocument.text" -> "odt";
            case EPUB -> "epub";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "xlsx";
            case "application/vnd.ms-excel" -> "xls";
            case "application/vnd.ms-excel.sheet.macroenabled.12" -> "xlsm";
            case OFD -> "ofd";
            default -> baseType.substring(baseType.indexOf('/') + 1);
        };
    }
}
