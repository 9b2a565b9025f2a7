package com.policyminer.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One report after parsing: canonical text plus the structure the parser kept.
 * All offsets elsewhere (tokens, figures, mentions) are char offsets into {@link #text()}.
 *
 * @param id        content-derived id: lowercase hex sha-256 of the file's bytes
 * @param path      path as given to the parser (relative to the corpus when ingesting)
 * @param title     title from metadata, front matter or first line; never null
 * @param date      publication date if known
 * @param format    short format name: pdf, docx, doc, wps, rtf, odt, epub, xlsx, xls, ofd, html, markdown, txt …
 * @param mediaType detected MIME type
 * @param sizeBytes size of the file in bytes
 * @param metadata  selected metadata (author, charset, creator …)
 * @param text      the canonical text, paragraphs separated by '\n'
 * @param blocks    paragraphs, headings and tables in reading order, with offsets into text
 * @param tables    tables with their cells (rows of cells), offsets into text
 * @param pages     for paged formats (PDF), each page in order with its text span; empty otherwise
 */
public record ParsedDocument(
        String id,
        String path,
        String title,
        LocalDate date,
        String format,
        String mediaType,
        long sizeBytes,
        Map<String, String> metadata,
        String text,
        List<TextBlock> blocks,
        List<Table> tables,
        List<Page> pages) {

    /**
     * The metadata key of a parse suspected of losing text: a sentence saying what was expected and
     * what was kept (several findings joined by "; "). The document is still indexed; the ingest
     * report, the upload result and the API show it as a warning.
     */
    public static final String SUSPECT_LOSS = "suspect_loss";

    public ParsedDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        format = format == null ? "unknown" : format;
        mediaType = mediaType == null ? "application/octet-stream" : mediaType;
        // sorted: Map.copyOf iterates in an order that changes from one JVM run to the next, and the
        // metadata is printed (extract --json) and stored
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(metadata));
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        tables = tables == null ? List.of() : List.copyOf(tables);
        pages = pages == null ? List.of() : List.copyOf(pages);
        for (int i = 1; i < pages.size(); i++) {
            if (pages.get(i).start() < pages.get(i - 1).end() || pages.get(i).number() <= pages.get(i - 1).number()) {
                throw new IllegalArgumentException("pages out of order: " + pages.get(i - 1).number() + ", " + pages.get(i).number());
            }
        }
        for (TextBlock b : blocks) {
            if (b.end() > text.length()) {
                throw new IllegalArgumentException("block beyond text: " + b);
            }
        }
    }

    /** A document without pages (every format but PDF). */
    public ParsedDocument(String id, String path, String title, LocalDate date, String format, String mediaType,
                          long sizeBytes, Map<String, String> metadata, String text, List<TextBlock> blocks,
                          List<Table> tables) {
        this(id, path, title, date, format, mediaType, sizeBytes, metadata, text, blocks, tables, List.of());
    }

    /** Why this parse is suspected of losing text, if it is (see {@link #SUSPECT_LOSS}). */
    public java.util.Optional<String> suspectLoss() {
        return java.util.Optional.ofNullable(metadata.get(SUSPECT_LOSS));
    }

    /** The page {@code offset} is on, or null for a document without pages. */
    public Page pageAt(int offset) {
        return Page.at(pages, offset);
    }

    /** Metadata key of the time a file was first uploaded (ISO-8601, UTC). */
    public static final String UPLOADED_AT = "uploadedAt";
    /** Metadata key of the URL a file came from (given at upload, or found in the file: og:url, dc:source, front matter). */
    public static final String SOURCE_URL = "sourceUrl";
    /** Metadata key: the name of the write token a file was uploaded with (named tokens; from its sidecar). */
    public static final String UPLOADED_BY = "uploadedBy";

    /** Metadata key of the name a file was uploaded under (its stored copy is named by its content hash). */
    public static final String FILE_NAME = "fileName";

    /** The file's own name: the name it was uploaded under when known ({@link #FILE_NAME}), else the last part of {@link #path()}. */
    public String fileName() {
        return fileName(path, metadata);
    }

    /** {@link #fileName()} of a document with this path and metadata. */
    public static String fileName(String path, Map<String, String> metadata) {
        String uploaded = metadata == null ? null : metadata.get(FILE_NAME);
        if (uploaded != null && !uploaded.isBlank()) {
            return uploaded;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
