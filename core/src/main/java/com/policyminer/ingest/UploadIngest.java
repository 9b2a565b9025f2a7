package com.policyminer.ingest;

import com.policyminer.index.IndexBackend;
import com.policyminer.index.IndexedReport;
import com.policyminer.parse.ParseFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Takes one uploaded file into the corpus and the index. The stored copy is named by the server,
 * {@code uploads/<sha-256>.<ext>} under the corpus folder; the client's file name only chooses the
 * extension among the known formats and is never used as a path; it is kept, as a display name
 * only, in the upload's {@link Sidecar} with the title and date the client gave. Order of steps, for
 * crash safety: stream to a hidden temp file (ingest skips hidden files), parse it, write the
 * sidecar, move the file into place atomically, upsert, commit. A crash before the move leaves only a
 * temp file or a sidecar without its file, removed at the next start; a crash after it leaves a
 * corpus file (with its sidecar) that the next ingest indexes.
 */
public final class UploadIngest {

    private static final Logger LOG = LoggerFactory.getLogger(UploadIngest.class);

    /** Extensions accepted for upload, and the extension the stored copy gets. */
    public static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("pdf", "pdf"), Map.entry("docx", "docx"), Map.entry("doc", "doc"),
            Map.entry("html", "html"), Map.entry("htm", "html"), Map.entry("md", "md"),
            Map.entry("markdown", "md"), Map.entry("txt", "txt"), Map.entry("rtf", "rtf"), Map.entry("odt", "odt"),
            Map.entry("wps", "wps"), Map.entry("epub", "epub"), Map.entry("xlsx", "xlsx"), Map.entry("xls", "xls"),
            Map.entry("ofd", "ofd"), Map.entry("png", "png"), Map.entry("jpg", "jpg"), Map.entry("jpeg", "jpg"),
            Map.entry("tif", "tif"), Map.entry("tiff", "tif"));

    public static final String FOLDER = com.policyminer.index.ReportCollections.UPLOADS;
    static final String TEMP_PREFIX = ".upload-";
    /** The sidecar of a stored upload: {@code .<sha-256>.<ext>.json}. */
    private static final java.util.regex.Pattern UPLOAD_SIDECAR = java.util.regex.Pattern.compile("\\.([0-9a-f]{64}\\.[a-z]+)\\.json");

    private final java.util.function.Supplier<DocumentPipeline> pipeline;
    private final IndexBackend index;
    private final Path folder;
    private final Lock writeLock;

    public UploadIngest(DocumentPipeline pipeline, IndexBackend index, Path corpus) throws IOException {
        this(pipeline, index, corpus, new ReentrantLock());
    }

    /**
     * An upload taker that holds {@code writeLock} (shared with the index's other writers) only
     * for the index update: storing, parsing, segmenting and extracting run outside it, so a small
     * upload is never kept waiting behind a large one being parsed.
     */
    public UploadIngest(DocumentPipeline pipeline, IndexBackend index, Path corpus, Lock writeLock) throws IOException {
        this(() -> pipeline, index, corpus, writeLock);
    }

    /**
     * As above, with the pipeline asked for at the first upload: a server that is never sent one does not load
     * the parser and the extractors (a second of a fresh server's start-up).
     */
    public UploadIngest(java.util.function.Supplier<DocumentPipeline> pipeline, IndexBackend index, Path corpus, Lock writeLock)
            throws IOException {
        this.writeLock = writeLock;
        this.pipeline = pipeline;
        this.index = index;
        this.folder = corpus.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            removeStaleTempFiles();
        }
    }

    /** The stored extension for a client's file name, if its format is accepted. */
    public static Optional<String> extensionOf(String clientName) {
        if (clientName == null) {
            return Optional.empty();
        }
        int dot = clientName.lastIndexOf('.');
        String ext = dot < 0 ? "" : clientName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(FORMATS.get(ext));
    }

    /** Stores, parses, indexes and commits one upload. */
    public FileResult accept(String clientName, InputStream content) throws IOException {
        return accept(clientName, content, null, null);
    }

    /**
     * Stores, parses, indexes and commits one upload, recording the name it was uploaded under, and
     * a title and date that override what the parser finds, in its {@link Sidecar}. The same bytes
     * uploaded again are {@code UNCHANGED} (the first name is kept), unless they come with a title or
     * date other than the recorded ones: then the report is indexed again with them ({@code UPDATED}).
     * Uploads run side by side; only the move into place, the index update and the commit are
     * serialized (under the write lock).
     *
     * @param title a title for the report, or null to keep the parsed one
     * @param date  a date for the report, or null to keep the one found in its text
     */
    public FileResult accept(String clientName, InputStream content, String title, LocalDate date) throws IOException {
        return accept(clientName, content, title, date, null);
    }

    /**
     * As above, with where the file came from ({@code sourceUrl}, http or https, or null): kept in its
     * sidecar with the time of the first upload.
     */
    public FileResult accept(String clientName, InputStream content, String title, LocalDate date, String sourceUrl)
            throws IOException {
        return accept(clientName, content, title, date, sourceUrl, null);
    }

    /**
     * As above, with who uploaded it ({@code uploadedBy}: the name of the write token, or null), kept in
     * its sidecar; a later upload of the same bytes keeps the first uploader.
     */
    public FileResult accept(String clientName, InputStream content, String title, LocalDate date, String sourceUrl,
                             String uploadedBy) throws IOException {
        String ext = extensionOf(clientName).orElse(null);
        if (ext == null) {
            return new FileResult(clientName, IngestOutcome.FAILED_UNSUPPORTED, null,
                    "unsupported file type; accepted: " + String.join(", ", new java.util.TreeSet<>(FORMATS.keySet())));
        }
        Files.createDirectories(folder); // made on the first upload, not when the server starts
        Path temp = folder.resolve(TEMP_PREFIX + UUID.randomUUID() + ".tmp");
        try {
            String hash = copyAndHash(content, temp);
            String path = FOLDER + "/" + hash + "." + ext;
            Path stored = folder.resolve(hash + "." + ext);
            Decision decided = decide(clientName, hash, path, stored, title, date, sourceUrl, uploadedBy);
            if (decided.result() != null) {
                return decided.result();
            }
            IndexedReport report;
            try {
                report = pipeline.get().process(temp, path, decided.sidecar());
            } catch (ParseFailure f) {
                LOG.warn("upload {}: {} ({})", clip(clientName), f.getMessage(), f.reason());
                return new FileResult(clientName, IngestOutcome.of(f.reason()), null, f.getMessage());
            }
            IngestOutcome outcome;
            writeLock.lock();
            try {
                Decision again = decide(clientName, hash, path, stored, title, date, sourceUrl, uploadedBy); // the same bytes may have come in meanwhile
                if (again.result() != null) {
                    return again.result();
                }
                outcome = again.outcome(); // INDEXED, or UPDATED when the same bytes were indexed meanwhile with another title or date
                decided.sidecar().write(stored); // the sidecar first: the file is never in the corpus without it
                Files.move(temp, stored, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                index.upsert(report);
                index.commit();
            } finally {
                writeLock.unlock();
            }
            LOG.info("upload {} indexed as {}", clip(clientName), path);
            String note = CorpusIngest.warning(report);
            return new FileResult(clientName, outcome, report.analyzed().id(),
                    "stored as " + path + (note.isEmpty() ? "" : "; " + note), CorpusIngest.warnings(report));
        } catch (OutOfMemoryError e) {
            // caught at the edge: the heap is free again once this file's data is dropped; a writer
            // that died of it is reopened at the next write (LuceneIndex)
            LOG.error("upload {}: out of memory", clip(clientName), e);
            return new FileResult(clientName, IngestOutcome.FAILED_TOO_LARGE, null, outOfMemory());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The message for a file that ran the server out of memory. */
    public static String outOfMemory() {
        return "ran out of memory while processing the file (heap " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB); it was not indexed";
    }

    /** What to do with an upload: answer at once ({@code result}), or index it with this sidecar as {@code outcome}. */
    private record Decision(FileResult result, Sidecar sidecar, IngestOutcome outcome) {
    }

    /**
     * Content already in the index at this path with the same name, title and date: UNCHANGED; at
     * another path: SKIPPED_DUPLICATE; at this path with another title or date: index it again
     * (UPDATED); new: INDEXED.
     */
    private Decision decide(String clientName, String hash, String path, Path stored, String title, LocalDate date,
                            String sourceUrl, String uploadedBy) throws IOException {
        Map<String, String> indexed = index.indexedReports();
        if (hash.equals(indexed.get(path))) {
            Sidecar known = Sidecar.read(stored).orElse(null);
            Sidecar wanted = (known == null ? fresh(clientName, title, date, sourceUrl) : known.with(title, date).withSource(sourceUrl))
                    .withUploader(uploadedBy);
            if (wanted.equals(known)) {
                return new Decision(new FileResult(clientName, IngestOutcome.UNCHANGED, hash, "already indexed as " + path), null, null);
            }
            return new Decision(null, wanted, IngestOutcome.UPDATED);
        }
        for (Map.Entry<String, String> e : indexed.entrySet()) {
            if (e.getValue().equals(hash)) {
                return new Decision(new FileResult(clientName, IngestOutcome.SKIPPED_DUPLICATE, hash, "same content as " + e.getKey()),
                        null, null);
            }
        }
        return new Decision(null, fresh(clientName, title, date, sourceUrl).withUploader(uploadedBy), IngestOutcome.INDEXED);
    }

    /** The sidecar of a first upload: its name, the time (to the second), what the client gave. */
    private static Sidecar fresh(String clientName, String title, LocalDate date, String sourceUrl) {
        return new Sidecar(Sidecar.displayName(clientName), title, date,
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), sourceUrl);
    }

    private static String copyAndHash(InputStream content, Path temp) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(content, sha); OutputStream out = Files.newOutputStream(temp)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Removes what a crash left: temp files, and sidecars whose upload was never moved into place. */
    private void removeStaleTempFiles() throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, TEMP_PREFIX + "*.tmp")) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
            }
        }
        try (DirectoryStream<Path> sidecars = Files.newDirectoryStream(folder, ".*.json")) {
            for (Path p : sidecars) {
                java.util.regex.Matcher m = UPLOAD_SIDECAR.matcher(p.getFileName().toString());
                if (m.matches() && !Files.exists(folder.resolve(m.group(1)))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Removes a stored upload by its corpus-relative path, if the path is one of ours. */
    public boolean deleteStored(String path) throws IOException {
        if (!path.startsWith(FOLDER + "/")) {
            return false;
        }
        Path file = folder.resolve(path.substring(FOLDER.length() + 1)).normalize();
        if (!file.getParent().equals(folder.normalize())) {
            return false;
        }
        Files.deleteIfExists(Sidecar.of(file));
        return Files.deleteIfExists(file);
    }

    /** A client-given name fit for a log line: control characters (a forged CR/LF) become '?'. */
    private static String clip(String s) {
        String safe = s.replaceAll("\\p{Cntrl}", "?");
        return safe.length() > 80 ? safe.substring(0, 80) + "…" : safe;
    }
}
