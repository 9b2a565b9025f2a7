package com.policyminer.compare;

import com.policyminer.model.EntityType;
import com.policyminer.model.Mention;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What co-occurrence needs of one report, without its text: each entity it mentions (type and name as the
 * extractor wrote it, not yet made canonical) and the sentence and paragraph ({@link TextUnits}) each mention
 * starts in, each (entity, sentence, paragraph) once. Worked out at ingest from the text and kept in the index as
 * a few bytes ({@link #toBytes}), so the corpus view counts co-occurrences without reading every report's body;
 * {@link #of} works it out again from the text for an index written before it was kept.
 *
 * @param types      each entity's type
 * @param names      each entity's name ({@link EntityType#nameOf})
 * @param entity     per (entity, sentence, paragraph): the entity's number
 * @param sentence   per (entity, sentence, paragraph): the sentence's number, -1 outside the text
 * @param paragraph  per (entity, sentence, paragraph): the paragraph's number, -1 outside the text
 */
public record MentionUnits(EntityType[] types, String[] names, int[] entity, int[] sentence, int[] paragraph) {

    /** The first byte of {@link #toBytes}: the layout it is in. */
    static final byte FORMAT = 1;

    public MentionUnits {
        if (types.length != names.length || entity.length != sentence.length || entity.length != paragraph.length) {
            throw new IllegalArgumentException("mention units: columns of different lengths");
        }
        for (int e : entity) {
            if (e < 0 || e >= names.length) {
                throw new IllegalArgumentException("mention units: entity " + e + " of " + names.length);
            }
        }
    }

    /** A report that mentions nothing. */
    public static final MentionUnits NONE = new MentionUnits(new EntityType[0], new String[0], new int[0], new int[0], new int[0]);

    /** The units of {@code text} the regions, organizations and policies among {@code mentions} start in (others are ignored). */
    public static MentionUnits of(String text, List<? extends Mention> mentions) {
        TextUnits sentences = null;
        TextUnits paragraphs = null;
        Map<EntityType, Map<String, Integer>> ids = new java.util.EnumMap<>(EntityType.class);
        List<EntityType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<long[]> triples = new ArrayList<>();
        for (Mention m : mentions) {
            EntityType type = EntityType.of(m);
            String name = type == null ? null : EntityType.nameOf(m);
            if (name == null || name.isBlank()) {
                continue; // no entity: co-occurrence skips it whatever its unit
            }
            if (sentences == null) {
                TextUnits[] units = TextUnits.sentencesAndParagraphs(text);
                sentences = units[0];
                paragraphs = units[1];
            }
            Integer id = ids.computeIfAbsent(type, t -> new HashMap<>()).get(name);
            if (id == null) {
                id = names.size();
                ids.get(type).put(name, id);
                types.add(type);
                names.add(name);
            }
            triples.add(new long[] {sentences.unitOf(m.start()), paragraphs.unitOf(m.start()), id});
        }
        triples.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[2], b[2]));
        int n = 0;
        int[] entity = new int[triples.size()];
        int[] sentence = new int[triples.size()];
        int[] paragraph = new int[triples.size()];
        for (int i = 0; i < triples.size(); i++) {
            long[] t = triples.get(i);
            if (n > 0 && sentence[n - 1] == t[0] && paragraph[n - 1] == t[1] && entity[n - 1] == t[2]) {
                continue; // the same entity again in the same sentence
            }
            sentence[n] = (int) t[0];
            paragraph[n] = (int) t[1];
            entity[n] = (int) t[2];
            n++;
        }
        return new MentionUnits(types.toArray(EntityType[]::new), names.toArray(String[]::new),
                Arrays.copyOf(entity, n), Arrays.copyOf(sentence, n), Arrays.copyOf(paragraph, n));
    }

    /** As {@link #of(String, List)}, of a report read with its text. */
    public static MentionUnits of(DocumentMentions doc) {
        return of(doc.text(), doc.mentions());
    }

    /** How many (entity, sentence, paragraph) there are. */
    public int size() {
        return entity.length;
    }

    /** The unit of entry {@code i} at {@code level} (-1: outside the text). */
    int unit(int i, CooccurrenceLevel level) {
        return level == CooccurrenceLevel.SENTENCE ? sentence[i] : paragraph[i];
    }

    /**
     * As kept in the index: {@link #FORMAT}, the number of entities, each as its type's ordinal and its name's
     * UTF-8 length and bytes, then the number of entries, each as its entity, sentence + 1 and paragraph + 1 (the
     * sentence as the difference from the one before), all numbers as unsigned variable-length integers.
     */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + names.length * 16 + entity.length * 4);
        out.write(FORMAT);
        writeVInt(out, names.length);
        for (int e = 0; e < names.length; e++) {
            out.write(types[e].ordinal());
            byte[] utf8 = names[e].getBytes(StandardCharsets.UTF_8);
            writeVInt(out, utf8.length);
            out.write(utf8, 0, utf8.length);
        }
        writeVInt(out, entity.length);
        int previous = -1;
        for (int i = 0; i < entity.length; i++) {
            writeVInt(out, entity[i]);
            writeVInt(out, sentence[i] - previous); // sorted by sentence, -1 first
            writeVInt(out, paragraph[i] + 1);
            previous = sentence[i];
        }
        return out.toByteArray();
    }

    /** What {@link #toBytes} wrote; an {@link IllegalArgumentException} naming what is wrong for anything else. */
    public static MentionUnits fromBytes(byte[] bytes, int offset, int length) {
        Reader in = new Reader(bytes, offset, length);
        int format = in.readByte();
        if (format != FORMAT) {
            throw new IllegalArgumentException("mention units: unknown format " + format);
        }
        int entities = in.readVInt();
        EntityType[] types = new EntityType[in.atMost(entities)];
        String[] names = new String[entities];
        EntityType[] all = EntityType.values();
        for (int e = 0; e < entities; e++) {
            int type = in.readByte();
            if (type >= all.length) {
                throw new IllegalArgumentException("mention units: unknown entity type " + type);
            }
            types[e] = all[type];
            int len = in.readVInt();
            names[e] = new String(bytes, in.skip(len), len, StandardCharsets.UTF_8);
        }
        int n = in.readVInt();
        int[] entity = new int[in.atMost(n)];
        int[] sentence = new int[n];
        int[] paragraph = new int[n];
        int previous = -1;
        for (int i = 0; i < n; i++) {
            entity[i] = in.readVInt();
            sentence[i] = previous + in.readVInt();
            paragraph[i] = in.readVInt() - 1;
            previous = sentence[i];
        }
        if (!in.atEnd()) {
            throw new IllegalArgumentException("mention units: " + in.left() + " bytes left over");
        }
        return new MentionUnits(types, names, entity, sentence, paragraph);
    }

    private static void writeVInt(ByteArrayOutputStream out, int v) {
        if (v < 0) {
            throw new IllegalArgumentException("mention units: negative number " + v);
        }
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    /** Reads {@link #toBytes}'s numbers, never past its slice. */
    private static final class Reader {
        private final byte[] bytes;
        private final int end;
        private int at;

        Reader(byte[] bytes, int offset, int length) {
            this.bytes = bytes;
            this.at = offset;
            this.end = offset + length;
        }

        int readByte() {
            if (at >= end) {
                throw new IllegalArgumentException("mention units: cut short");
            }
            return bytes[at++] & 0xFF;
        }

        int readVInt() {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = readByte();
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    if (v < 0) {
                        throw new IllegalArgumentException("mention units: number out of range");
                    }
                    return v;
                }
            }
            throw new IllegalArgumentException("mention units: number too long");
        }

        /** {@code n}, when that many more bytes at least are left (each item takes one at least). */
        int atMost(int n) {
            if (n > end - at) {
                throw new IllegalArgumentException("mention units: " + n + " items in " + (end - at) + " bytes");
            }
            return n;
        }

        /** Where the next {@code n} bytes start (skipped). */
        int skip(int n) {
            if (n > end - at) {
                throw new IllegalArgumentException("mention units: cut short");
            }
            int from = at;
            at += n;
            return from;
        }

        boolean atEnd() {
            return at == end;
        }

        int left() {
            return end - at;
        }
    }
}
