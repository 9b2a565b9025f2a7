package com.policyminer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Lists the report files of a corpus folder (recursively, hidden files skipped) and hashes them. */
public final class CorpusScanner {

    /** A file of the corpus: where it is, its path relative to the corpus (with '/'), and its size. */
    public record CorpusFile(Path file, String path, long size) {
    }

    private CorpusScanner() {
    }

    /** The corpus folder's entries: report files, and entries that are not read (links, pipes, devices). */
    public record Listing(List<CorpusFile> files, List<FileResult> skipped) {
    }

    public static List<CorpusFile> scan(Path corpus) throws IOException {
        return list(corpus).files();
    }

    /**
     * Every entry of the corpus folder that is not hidden: regular files to read, and the rest with
     * their outcome, so the counts add up to what is in the folder. Symbolic links are not followed
     * ({@code SKIPPED_SYMLINK}: a link could lead out of the corpus); pipes, sockets and devices are
     * not opened ({@code SKIPPED_SPECIAL}: reading a pipe blocks the run).
     */
    public static Listing list(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("corpus folder not found: " + corpus);
        }
        List<CorpusFile> out = new java.util.ArrayList<>();
        List<FileResult> skipped = new java.util.ArrayList<>();
        Files.walkFileTree(corpus, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
                return !d.equals(corpus) && isHidden(corpus.relativize(d))
                        ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                Path rel = corpus.relativize(p);
                if (isHidden(rel)) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
                if (a.isRegularFile()) {
                    out.add(new CorpusFile(p, storedPath(corpus, p), a.size()));
                } else if (a.isSymbolicLink()) {
                    skipped.add(new FileResult(storedPath(corpus, p), IngestOutcome.SKIPPED_SYMLINK, null,
                            "symbolic link: not followed"));
                } else {
                    skipped.add(new FileResult(storedPath(corpus, p), IngestOutcome.SKIPPED_SPECIAL, null,
                            "not a regular file (a pipe, socket or device): not read"));
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                // an unreadable folder or file is reported by the ingest (FAILED_IO), not fatal to the run
                out.add(new CorpusFile(p, storedPath(corpus, p), -1));
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        out.sort(java.util.Comparator.comparing(CorpusFile::path));
        skipped.sort(java.util.Comparator.comparing(FileResult::path));
        return new Listing(out, skipped);
    }

    /** "%" followed by two hex digits: what an escape looks like in a stored path. */
    private static final java.util.regex.Pattern ESCAPE_LIKE = java.util.regex.Pattern.compile("%[0-9A-Fa-f]{2}");

    /**
     * The path a file is known by: relative to the corpus, '/' between parts, as the name reads. A
     * name that is not valid UTF-8 keeps its bytes apart: each byte that is not part of a valid
     * character becomes {@code %XX} (and a "%" already followed by two hex digits becomes {@code %25}),
     * so {@code bad-\xff.txt} and {@code bad-\xfe.txt} stay two files, never one "bad-\ufffd.txt".
     */
    static String storedPath(Path corpus, Path file) {
        Path rel = corpus.relativize(file);
        String plain = relativePath(rel);
        if (plain.indexOf('\uFFFD') < 0 && !ESCAPE_LIKE.matcher(plain).find()) {
            return plain;
        }
        // the JDK percent-encodes a path's own bytes in its URI: the bytes of each name, undecoded
        String[] raw = file.toAbsolutePath().toUri().getRawPath().split("/");
        int n = rel.getNameCount();
        StringBuilder b = new StringBuilder();
        for (int i = raw.length - n; i < raw.length; i++) {
            if (!b.isEmpty()) {
                b.append('/');
            }
            b.append(escapedName(percentDecoded(raw[i])));
        }
        return b.toString();
    }

    private static byte[] percentDecoded(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c); // the URI's unescaped characters are ASCII
            }
        }
        return out.toByteArray();
    }

    /** A name's bytes as text: valid UTF-8 as is, every other byte as %XX, "%XX"-like text escaped. */
    static String escapedName(byte[] bytes) {
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(bytes.length + 1);
        StringBuilder b = new StringBuilder();
        while (true) {
            java.nio.charset.CoderResult r = utf8.decode(in, chars, true);
            chars.flip();
            b.append(ESCAPE_LIKE.matcher(chars).replaceAll(m -> "%25" + m.group().substring(1)));
            chars.clear();
            if (r.isError()) {
                for (int k = 0; k < r.length(); k++) {
                    b.append(String.format("%%%02X", in.get() & 0xff));
                }
            } else {
                break;
            }
        }
        return b.toString();
    }

    /**
     * The path relative to the corpus with '/' between its parts. A backslash inside a part is kept:
     * on Linux it is an ordinary character of a file name, and turning it into a separator would let
     * a file named {@code x\..\..\y} claim the path {@code x/../../y}.
     */
    static String relativePath(Path rel) {
        StringBuilder b = new StringBuilder();
        for (Path part : rel) {
            if (!b.isEmpty()) {
                b.append('/');
            }
            b.append(part);
        }
        return b.toString();
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            String s = part.toString();
            if (s.startsWith(".") || s.endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    /** SHA-256 of the file's bytes, streamed (the same id the parser computes). */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
