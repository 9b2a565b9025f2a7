package com.policyminer.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The original file of an indexed document: its stored path (relative to the corpus; uploads are
 * {@code uploads/<sha-256>.<ext>}) under the corpus folder, and only while it still holds the indexed
 * bytes (the document id is their sha-256). A file is hashed once; after that its size and
 * modification time vouch for it, and a file that changes is hashed again.
 */
final class OriginalFiles {

    private record Stamp(Path file, long size, long modified) {
    }

    private final Path corpus;
    private final Map<String, Stamp> verified = new ConcurrentHashMap<>();

    OriginalFiles(Path corpus) {
        this.corpus = corpus.toAbsolutePath().normalize();
    }

    /** The file of document {@code id}, stored at {@code path}; ORIGINAL_MISSING when it is gone or changed. */
    Path locate(String id, String path) throws PageFailure {
        Path file = corpus.resolve(path).normalize();
        if (!file.startsWith(corpus) || file.equals(corpus)) {
            throw missing(path, "its path is outside the corpus folder");
        }
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                throw missing(path, "it is not a file");
            }
            Stamp now = new Stamp(file, a.size(), a.lastModifiedTime().toMillis());
            if (now.equals(verified.get(id))) {
                return file;
            }
            if (!sha256(file).equals(id)) {
                verified.remove(id);
                throw missing(path, "the file has changed since it was indexed; reindex to see its pages");
            }
            if (verified.size() > 100_000) {
                verified.clear(); // bound the memory of a long-running server; the next look hashes again
            }
            verified.put(id, now);
            return file;
        } catch (IOException e) {
            throw missing(path, "the file is not in the corpus folder " + corpus);
        }
    }

    private static PageFailure missing(String path, String why) {
        return new PageFailure(PageFailure.Reason.ORIGINAL_MISSING, "no original file for " + path + ": " + why);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
