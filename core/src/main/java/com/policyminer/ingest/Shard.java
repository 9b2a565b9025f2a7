package com.policyminer.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One share of a corpus ingested by {@code n} processes ({@code ingest --shard i/n}, {@code i} from 1 to {@code n}):
 * a file belongs to share {@code 1 + (first 64 bits of its content id) mod n}. The content id (the sha-256 of the
 * bytes, the report's id) and not the path: every copy of one content falls in one share, so the process that owns
 * it picks the one path to keep as a single process does (the others are {@code SKIPPED_DUPLICATE}), and never two
 * processes index the same report under two paths. An entry with no content to hash (an empty or unreadable file, a
 * link, a pipe) goes by the sha-256 of its path; a path gone from the corpus by the content id it was indexed with,
 * so exactly one process removes it. Every file falls in exactly one share; a re-run of the same share takes the same
 * files.
 */
public record Shard(int index, int count) {

    /** The whole corpus, in one process. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1) {
            throw new IllegalArgumentException("the number of shares must be at least 1, not " + count);
        }
        if (index < 1 || index > count) {
            throw new IllegalArgumentException("share " + index + " of " + count + " does not exist: i in i/n runs from 1 to " + count);
        }
    }

    /**
     * {@code "i/n"}, {@code 1 <= i <= n}.
     *
     * @throws IllegalArgumentException saying what is wrong, for anything else
     */
    public static Shard parse(String text) {
        String s = text == null ? "" : text.strip();
        int slash = s.indexOf('/');
        if (slash < 0 || !s.substring(0, slash).matches("[0-9]{1,9}") || !s.substring(slash + 1).matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("--shard takes i/n, two whole numbers with 1 <= i <= n (1/2 and 2/2 are "
                    + "the two shares of two processes), not '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(s.substring(0, slash)), Integer.parseInt(s.substring(slash + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--shard " + s + ": " + e.getMessage(), e);
        }
    }

    public boolean isAll() {
        return count == 1;
    }

    /** Whether the report with this content id (64 hex digits, the sha-256 of its bytes) is in this share. */
    public boolean ownsContent(String contentId) {
        if (count == 1) {
            return true;
        }
        long key = Long.parseUnsignedLong(contentId.substring(0, 16), 16);
        return Long.remainderUnsigned(key, count) == index - 1;
    }

    /** Whether an entry with no content id (an empty or unreadable file, a link) is in this share: by its path's sha-256. */
    public boolean ownsPath(String path) {
        if (count == 1) {
            return true;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return ownsContent(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
