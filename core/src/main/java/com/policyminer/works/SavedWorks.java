package com.policyminer.works;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * The works of one index version on disk, so that a restarted server need not group every report again: the
 * works (each file's content id and similarity; paths and names are the index's) and the closest link of every two
 * linked works ({@link IncrementalGrouper#closestLinks}: what the grouper needs to go on incrementally), under a
 * stamp naming the index version they are of. About 75 bytes a report; a CRC-32 at the end.
 *
 * @param stamp   the index version (its caller's to define: the same stamp, the same reports)
 * @param works   the works, as {@link IncrementalGrouper#works} gave them
 * @param closest every closest link, as {@link IncrementalGrouper#closestLinks} gave them
 */
public record SavedWorks(String stamp, Works works, List<Works.Link> closest) {

    private static final int MAGIC = 0x504d574b; // "PMWK"
    private static final int FORMAT = 1;

    /** Why a saved file cannot be used: missing, of another index version, or damaged. */
    public static final class Unusable extends Exception {
        public Unusable(String reason) {
            super(reason);
        }
    }

    /** Writes the file whole or not at all (a temporary file beside it, then moved over it). */
    public void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            string(out, stamp);
            out.writeLong(works.candidates());
            out.writeLong(works.verified());
            Map<String, Integer> index = new HashMap<>(works.works().size() * 2);
            out.writeInt(works.works().size());
            for (Works.Work w : works.works()) {
                index.put(w.id(), index.size());
                out.writeInt(w.files().size());
                for (Works.Member m : w.files()) {
                    string(out, m.docId());
                    out.writeDouble(m.similarity());
                }
            }
            out.writeInt(closest.size());
            for (Works.Link l : closest) {
                out.writeInt(index.get(l.a()));
                out.writeInt(index.get(l.b()));
                out.writeBoolean(Works.Link.VERSION.equals(l.kind()));
                out.writeDouble(l.similarity());
                out.writeDouble(l.shareA());
                out.writeDouble(l.shareB());
            }
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        }
        Files.write(tmp, bytes.toByteArray());
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads the file back, if it is of this index version.
     *
     * @param expected the stamp of the index version at hand
     * @param known    a file of the index by its content id (path and name; no fingerprint needed), or null when the
     *                 index has none such: every file saved must be known, and every file known saved
     * @param files    how many files the index has
     * @throws Unusable when the file is missing, of another version, damaged or does not fit the index
     */
    public static SavedWorks read(Path file, String expected, Function<String, WorkGrouper.File> known, int files)
            throws Unusable, IOException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, Math.max(0, bytes.length - 8));
            if (bytes.length < 8 || java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != crc.getValue()) {
                throw new Unusable(file + " is damaged (checksum)");
            }
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new Unusable(file + " is not a works file of this version");
            }
            String stamp = string(in);
            if (!stamp.equals(expected)) {
                throw new Unusable(file + " is of another index version");
            }
            long candidates = in.readLong();
            long verified = in.readLong();
            int count = in.readInt();
            List<Works.Work> works = new ArrayList<>(count);
            int members = 0;
            for (int i = 0; i < count; i++) {
                int n = in.readInt();
                List<Works.Member> list = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    String id = string(in);
                    double similarity = in.readDouble();
                    WorkGrouper.File f = known.apply(id);
                    if (f == null) {
                        throw new Unusable(file + " names report " + id + ", which the index does not have");
                    }
                    list.add(new Works.Member(f.docId(), f.path(), f.fileName(), similarity)); // the index's strings, not copies
                }
                members += n;
                works.add(new Works.Work(list.get(0).docId(), list));
            }
            int links = in.readInt();
            List<Works.Link> closest = new ArrayList<>(links);
            for (int i = 0; i < links; i++) {
                String a = works.get(in.readInt()).id();
                String b = works.get(in.readInt()).id();
                String kind = in.readBoolean() ? Works.Link.VERSION : Works.Link.OVERLAP;
                closest.add(new Works.Link(a, b, kind, in.readDouble(), in.readDouble(), in.readDouble()));
            }
            if (in.read() != -1) {
                throw new Unusable(file + " is damaged (bytes after the end)");
            }
            if (members != files) {
                throw new Unusable(file + " has " + members + " reports, the index " + files);
            }
            return new SavedWorks(stamp, new Works(works, List.of(), candidates, verified), closest);
        } catch (NoSuchFileException e) {
            throw new Unusable("no saved works (" + file + ")");
        } catch (EOFException | IndexOutOfBoundsException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new Unusable(file + " is damaged (" + e + ")");
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) {
            throw new EOFException("a string of " + n + " bytes");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
