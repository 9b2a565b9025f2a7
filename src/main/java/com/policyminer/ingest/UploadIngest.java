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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Takes one uploaded file into the corpus and the index. The stored copy is named by the server,
 * {@code uploads/<sha-256>.<ext>} under the corpus folder; the client's file name only chooses the
 * extension among the known formats and is never used as a path. Order of steps, for crash safety:
 * stream to a hidden temp file (ingest skips hidden files), parse it, move it into place atomically,
 * upsert, commit. A crash before the move leaves only a temp file, removed at the next start; a crash
 * after it leaves a corpus file that the next ingest indexes.
 */
public final class UploadIngest {

    private static final Logger LOG = LoggerFactory.getLogger(UploadIngest.class);

    /** Extensions accepted for upload, and the extension the stored copy gets. */
    public static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("pdf", "pdf"), Map.entry("docx", "docx"), Map.entry("doc", "doc"),
            Map.entry("html", "html"), Map.entry("htm", "html"), Map.entry("md", "md"),
            Map.entry("markdown", "md"), Map.entry("txt", "txt"), Map.entry("rtf", "rtf"), Map.entry("odt", "odt"));

    public static final String FOLDER = "uploads";
    private static final String TEMP_PREFIX = ".upload-";

    private final DocumentPipeline pipeline;
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

    /**
     * Stores, parses, indexes and commits one upload. Uploads run side by side; only the move into
     * place, the index update and the commit are serialized (under the write lock).
     */
    public FileResult accept(String clientName, InputStream content) throws IOException {
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
            FileResult known = known(clientName, hash, path);
            if (known != null) {
                return known;
            }
            IndexedReport report;
            try {
                report = pipeline.process(temp, path);
            } catch (ParseFailure f) {
                LOG.warn("upload {}: {} ({})", clip(clientName), f.getMessage(), f.reason());
                return new FileResult(clientName, IngestOutcome.of(f.reason()), null, f.getMessage());
            }
            writeLock.lock();
            try {
                known = known(clientName, hash, path); // the same bytes may have come in meanwhile
                if (known != null) {
                    return known;
                }
                Files.move(temp, folder.resolve(hash + "." + ext), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                index.upsert(report);
                index.commit();
            } finally {
                writeLock.unlock();
            }
            LOG.info("upload {} indexed as {}", clip(clientName), path);
            String warning = CorpusIngest.warning(report);
            return new FileResult(clientName, IngestOutcome.INDEXED, report.analyzed().id(),
                    "stored as " + path + (warning.isEmpty() ? "" : "; " + warning));
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

    /** The result for content already in the index (at this path, or at another), else null. */
    private FileResult known(String clientName, String hash, String path) throws IOException {
        Map<String, String> indexed = index.indexedReports();
        if (hash.equals(indexed.get(path))) {
            return new FileResult(clientName, IngestOutcome.UNCHANGED, hash, "already indexed as " + path);
        }
        for (Map.Entry<String, String> e : indexed.entrySet()) {
            if (e.getValue().equals(hash)) {
                return new FileResult(clientName, IngestOutcome.SKIPPED_DUPLICATE, hash, "same content as " + e.getKey());
            }
        }
        return null;
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

    private void removeStaleTempFiles() throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, TEMP_PREFIX + "*.tmp")) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
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
        return Files.deleteIfExists(file);
    }

    /** A client-given name fit for a log line: control characters (a forged CR/LF) become '?'. */
    private static String clip(String s) {
        String safe = s.replaceAll("\\p{Cntrl}", "?");
        return safe.length() > 80 ? safe.substring(0, 80) + "…" : safe;
    }
}
