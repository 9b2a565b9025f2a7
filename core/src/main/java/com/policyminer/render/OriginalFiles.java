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

    /**
     * The file a stored path names. A path with {@code %XX} escapes names a file whose name is not
     * valid UTF-8 (see {@code CorpusScanner.storedPath}): its bytes come back through a file URI,
     * which the JDK decodes to the raw bytes of the name.
     */
    private Path fileAt(String path) {
        if (!ESCAPED.matcher(path).find()) {
            return corpus.resolve(path).normalize();
        }
        StringBuilder uri = new StringBuilder(corpus.toUri().toString());
        if (uri.charAt(uri.length() - 1) != '/') {
            uri.append('/');
        }
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            if (c == '%' && i + 2 < path.length() && ESCAPED.matcher(path.substring(i, i + 3)).matches()) {
                uri.append(path, i, i + 3); // a byte of the name
                i += 3;
                continue;
            }
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                uri.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    uri.append(String.format("%%%02X", b & 0xff));
                }
            }
            i += Character.charCount(c);
        }
        try {
            return Path.of(java.net.URI.create(uri.toString())).normalize();
        } catch (IllegalArgumentException e) {
            return corpus.resolve(path).normalize();
        }
    }

    private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("%[0-9A-Fa-f]{2}");

    /** The file of document {@code id}, stored at {@code path}; ORIGINAL_MISSING when it is gone or changed. */
    Path locate(String id, String path) throws PageFailure {
        Path file = fileAt(path);
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
