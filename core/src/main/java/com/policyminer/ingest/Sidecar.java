package com.policyminer.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.policyminer.index.StoredJson;
import com.policyminer.model.ParsedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What is known of a corpus file beyond its bytes, kept beside it in a hidden JSON file
 * ({@code .<file name>.json}; ingest skips hidden files): the name it was uploaded under (the stored
 * copy is named by its content hash) and a title and date given by a person, which override what
 * the parser found. An upload writes one; anyone may write one by hand beside any corpus file. Every
 * ingest reads it, so a restart or a rebuild after a schema change still knows them. A sidecar
 * changed on its own (same file bytes) takes effect when the file is indexed again.
 *
 * <pre>{"fileName":"西安科创中心_终稿.pdf","title":"…","date":"2023-05-12",
 *  "uploadedAt":"2026-12-06T15:00:00Z","sourceUrl":"https://www.example.gov.cn/a.html"}</pre>
 *
 * @param fileName   the name the file was uploaded under (no folders), or null
 * @param title      a title that overrides the parsed one, or null
 * @param date       a date that overrides the one found in the text, or null
 * @param uploadedAt when the file was first uploaded, or null
 * @param sourceUrl  where the file came from (http or https), as the uploader gave it, or null
 * @param collections the collections the report is in, instead of its folders (empty: none), or null
 * @param tags       tags given to the report, or null
 * @param uploadedBy the name of the write token the file was first uploaded with (named tokens), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sidecar(String fileName, String title, LocalDate date, java.time.Instant uploadedAt, String sourceUrl,
                      java.util.List<String> collections, java.util.List<String> tags, String uploadedBy) {

    private static final Logger LOG = LoggerFactory.getLogger(Sidecar.class);
    static final int MAX_NAME = 255;
    public static final int MAX_TITLE = 500;

    public Sidecar {
        fileName = clean(fileName, MAX_NAME);
        title = clean(title, MAX_TITLE);
        sourceUrl = clean(sourceUrl, MAX_URL);
        uploadedBy = clean(uploadedBy, MAX_NAME);
        collections = names(collections);
        tags = names(tags);
    }

    private static java.util.List<String> names(java.util.List<String> given) {
        return given == null ? null : java.util.List.copyOf(new java.util.LinkedHashSet<>(given.stream()
                .map(com.policyminer.index.ReportCollections::clean).filter(java.util.Objects::nonNull).toList()));
    }

    /** Without an uploader's name. */
    public Sidecar(String fileName, String title, LocalDate date, java.time.Instant uploadedAt, String sourceUrl,
                   java.util.List<String> collections, java.util.List<String> tags) {
        this(fileName, title, date, uploadedAt, sourceUrl, collections, tags, null);
    }

    /** This sidecar with the uploader's name, when one is given and none is recorded yet (the first uploader stays). */
    public Sidecar withUploader(String name) {
        return name == null || uploadedBy != null ? this
                : new Sidecar(fileName, title, date, uploadedAt, sourceUrl, collections, tags, name);
    }

    /** Name, title, date, upload time and source. */
    public Sidecar(String fileName, String title, LocalDate date, java.time.Instant uploadedAt, String sourceUrl) {
        this(fileName, title, date, uploadedAt, sourceUrl, null, null);
    }

    /** This sidecar with these collections and tags (null: keep the current ones). */
    public Sidecar withCollections(java.util.List<String> newCollections, java.util.List<String> newTags) {
        return new Sidecar(fileName, title, date, uploadedAt, sourceUrl,
                newCollections != null ? newCollections : collections, newTags != null ? newTags : tags, uploadedBy);
    }

    /** Name, title and date alone. */
    public Sidecar(String fileName, String title, LocalDate date) {
        this(fileName, title, date, null, null);
    }

    public static final int MAX_URL = 2000;

    public boolean isEmpty() {
        return fileName == null && title == null && date == null && uploadedAt == null && sourceUrl == null
                && collections == null && tags == null && uploadedBy == null;
    }

    /** This sidecar with a source URL, when one is given (not null). */
    public Sidecar withSource(String url) {
        return url == null ? this : new Sidecar(fileName, title, date, uploadedAt, url, collections, tags, uploadedBy);
    }

    /**
     * A client's file name as a display name: its last part (a browser may send a whole path, a
     * hostile client {@code ../../x}), without control characters, at most 255 characters; null if
     * nothing is left.
     */
    public static String displayName(String clientName) {
        if (clientName == null) {
            return null;
        }
        String name = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
        return clean(name, MAX_NAME);
    }

    private static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\p{Cntrl}", " ").strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() > max ? t.substring(0, max) : t;
    }

    /** Where the sidecar of {@code file} is: {@code .<name>.json} in the same folder. */
    public static Path of(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".json");
    }

    /**
     * The sidecar of {@code file}, if it has one. One that cannot be read or parsed is logged by name
     * and reason and ignored: the file is still indexed, with what the parser found.
     */
    public static Optional<Sidecar> read(Path file) {
        Path p = of(file);
        try {
            return Optional.of(StoredJson.MAPPER.readValue(Files.readString(p), Sidecar.class)).filter(s -> !s.isEmpty());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: ignoring its sidecar {}: {}", file.getFileName(), p.getFileName(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes the sidecar of {@code file} atomically (a hidden temp file, then a move). */
    public void write(Path file) throws IOException {
        Path target = of(file);
        Path temp = target.resolveSibling(UploadIngest.TEMP_PREFIX + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temp, StoredJson.MAPPER.writeValueAsString(this));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The document with what this sidecar says: the uploaded name in the metadata
     * ({@link ParsedDocument#FILE_NAME}), the title and date instead of the parsed ones (the
     * metadata's {@code titleSource} and {@code dateSource} say {@code given}).
     */
    public ParsedDocument applyTo(ParsedDocument d) {
        if (isEmpty()) {
            return d;
        }
        Map<String, String> metadata = new LinkedHashMap<>(d.metadata());
        if (fileName != null) {
            metadata.put(ParsedDocument.FILE_NAME, fileName);
        }
        if (title != null) {
            metadata.put("titleSource", "given");
        }
        if (date != null) {
            metadata.put("dateSource", "given");
        }
        if (uploadedAt != null) {
            metadata.put(ParsedDocument.UPLOADED_AT, uploadedAt.toString());
        }
        if (sourceUrl != null) {
            metadata.put(ParsedDocument.SOURCE_URL, sourceUrl);
        }
        if (uploadedBy != null) {
            metadata.put(ParsedDocument.UPLOADED_BY, uploadedBy);
        }
        if (collections != null) {
            metadata.put(com.policyminer.index.ReportCollections.COLLECTIONS, String.join("\n", collections));
        }
        if (tags != null) {
            metadata.put(com.policyminer.index.ReportCollections.TAGS, String.join("\n", tags));
        }
        return new ParsedDocument(d.id(), d.path(), title != null ? title : d.title(), date != null ? date : d.date(),
                d.format(), d.mediaType(), d.sizeBytes(), metadata, d.text(), d.blocks(), d.tables(), d.pages());
    }

    /** This sidecar with another title and date where those are given (not null). */
    public Sidecar with(String newTitle, LocalDate newDate) {
        return new Sidecar(fileName, newTitle != null ? newTitle : title, newDate != null ? newDate : date, uploadedAt, sourceUrl,
                collections, tags, uploadedBy);
    }
}
