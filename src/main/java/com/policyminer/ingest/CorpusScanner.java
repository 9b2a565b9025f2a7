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

    public static List<CorpusFile> scan(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("corpus folder not found: " + corpus);
        }
        List<CorpusFile> out = new java.util.ArrayList<>();
        Files.walkFileTree(corpus, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
                return !d.equals(corpus) && isHidden(corpus.relativize(d))
                        ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                Path rel = corpus.relativize(p);
                if (a.isRegularFile() && !isHidden(rel)) {
                    out.add(new CorpusFile(p, relativePath(rel), a.size()));
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                // an unreadable folder or file is reported by the ingest (FAILED_IO), not fatal to the run
                out.add(new CorpusFile(p, relativePath(corpus.relativize(p)), -1));
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        out.sort(java.util.Comparator.comparing(CorpusFile::path));
        return out;
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
