package com.policyminer.works;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncrementalGrouperTest {

    private static String randomText(Random rnd, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            b.append((char) ('\u4e00' + rnd.nextInt(3000)));
        }
        return b.toString();
    }

    /** Texts of every kind the grouping tells apart: copies, near copies, chains of edits, versions, overlaps, a passage many repeat. */
    private static Map<String, String> texts() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        Random rnd = new Random(17);
        try (var s = Files.list(Path.of("corpus"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String t = Files.readString(p);
                String n = p.getFileName().toString().substring(0, 3);
                out.put(n, t);
                out.put(n + "-copy", t.replace("\n", "\n\n") + "（转载）");
                out.put(n + "-draft", t.substring(0, t.length() * 3 / 4));
                out.put(n + "-edited", t.substring(0, t.length() / 3) + randomText(rnd, t.length() / 25) + t.substring(t.length() / 3));
            }
        }
        String a = randomText(rnd, 20_000);
        String b = a.substring(0, 2_000) + randomText(rnd, 720) + a.substring(2_720);
        String c = b.substring(0, 10_000) + randomText(rnd, 720) + b.substring(10_720);
        out.put("chain-a", a);
        out.put("chain-b", b);
        out.put("chain-c", c);
        String boilerplate = randomText(rnd, 3_000);
        for (int i = 0; i < 14; i++) {
            out.put("boiler-" + i, boilerplate + randomText(rnd, 1_500));
        }
        out.put("short", "。");
        return out;
    }

    @Test
    void eachUpdateGivesWhatAFullGroupingOfTheSameFilesGives() throws Exception {
        Map<String, String> texts = texts();
        Map<String, TextFingerprint> prints = new HashMap<>();
        Map<String, long[]> shingles = new HashMap<>();
        texts.forEach((id, t) -> {
            prints.put(id, TextFingerprint.of(t));
            shingles.put(id, TextFingerprint.shingleSet(t));
        });
        WorkGrouper.ExactJaccard exact = (x, y) -> TextFingerprint.jaccard(shingles.get(x.docId()), shingles.get(y.docId()));
        List<String> ids = new ArrayList<>(texts.keySet());
        Map<String, WorkGrouper.File> present = new LinkedHashMap<>();
        IncrementalGrouper incremental = new IncrementalGrouper();
        Random rnd = new Random(23);
        int merged = 0;
        int linked = 0;
        for (int step = 0; step < 80; step++) {
            randomCommit(present, ids, prints, rnd, step);
            List<WorkGrouper.File> now = new ArrayList<>(present.values());
            Works full = WorkGrouper.group(now, exact);
            Works updated = incremental.update(now, exact);
            assertEquals(full.works(), updated.works(), "works after step " + step);
            assertEquals(full.links(), updated.links(), "links after step " + step);
            merged += (int) full.works().stream().filter(w -> w.files().size() > 1).count();
            linked += full.links().size();
        }
        assertTrue(merged > 50 && linked > 50, "the sequence had works of several files (" + merged + ") and links (" + linked + ")");
    }

    /**
     * Saved ({@link SavedWorks}) and read back into a new grouper every few steps, as a restarted server does: the
     * works come back as they were, and the updates after it still give what a full grouping gives.
     */
    @Test
    void aGrouperReadBackFromItsSavedStateGoesOnAsTheOneItWasSavedFrom(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Map<String, String> texts = texts();
        Map<String, TextFingerprint> prints = new HashMap<>();
        texts.forEach((id, t) -> prints.put(id, TextFingerprint.of(t)));
        List<String> ids = new ArrayList<>(texts.keySet());
        Map<String, WorkGrouper.File> present = new LinkedHashMap<>();
        IncrementalGrouper incremental = new IncrementalGrouper();
        Random rnd = new Random(31);
        Path file = tmp.resolve("works.bin");
        int restored = 0;
        Map<String, WorkGrouper.File> previous = new HashMap<>();
        for (int step = 0; step < 60; step++) {
            randomCommit(present, ids, prints, rnd, step);
            List<WorkGrouper.File> now = new ArrayList<>(present.values());
            Map<String, WorkGrouper.File> before = previous;
            List<WorkGrouper.File> arrived = now.stream().filter(f -> !f.equals(before.get(f.docId()))).toList();
            Works updated = step % 2 == 0 ? incremental.update(now, null)
                    : incremental.update(present.keySet(), arrived, null); // only what came or changed, as the index gives it
            previous = new HashMap<>(present);
            Works full = WorkGrouper.group(now);
            assertEquals(full.works(), updated.works(), "works after step " + step);
            assertEquals(full.links(), updated.links(), "links after step " + step);
            if (step % 5 == 4) {
                new SavedWorks("v" + step, updated, incremental.closestLinks()).write(file);
                Map<String, WorkGrouper.File> byId = new HashMap<>(present);
                SavedWorks back = SavedWorks.read(file, "v" + step, byId::get, byId.size());
                IncrementalGrouper next = new IncrementalGrouper();
                Works again = next.restore(back.works(), back.closest());
                assertEquals(updated.works(), again.works(), "works read back at step " + step);
                assertEquals(updated.links(), again.links(), "links read back at step " + step);
                assertEquals(now.size(), next.awaiting());
                now.forEach(next::adopt);
                assertEquals(0, next.awaiting());
                incremental = next;
                restored++;
            }
        }
        assertEquals(12, restored);
        org.junit.jupiter.api.Assertions.assertThrows(SavedWorks.Unusable.class, () -> SavedWorks.read(file, "another version",
                id -> present.get(id), present.size()));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        SavedWorks.Unusable damaged = org.junit.jupiter.api.Assertions.assertThrows(SavedWorks.Unusable.class,
                () -> SavedWorks.read(file, "v59", id -> present.get(id), present.size()));
        assertTrue(damaged.getMessage().contains("damaged"), damaged.getMessage());
    }

    /**
     * A batch of changes as one commit brings them, made from {@code rnd}: files added, some deleted, some moved to
     * another folder (a moved file may become, or stop being, its work's first file); more at the first steps.
     */
    private static void randomCommit(Map<String, WorkGrouper.File> present, List<String> ids, Map<String, TextFingerprint> prints,
                                     Random rnd, int step) {
        int batch = 1 + rnd.nextInt(step < 10 ? 8 : 4);
        for (int k = 0; k < batch; k++) {
            String id = ids.get(rnd.nextInt(ids.size()));
            int op = rnd.nextInt(10);
            if (!present.containsKey(id)) {
                present.put(id, new WorkGrouper.File(id, "f/" + id + ".txt", id + ".txt", prints.get(id)));
            } else if (op < 6) {
                present.remove(id);
            } else {
                present.put(id, new WorkGrouper.File(id, (op < 8 ? "a/" : "z/") + id + ".txt", id + ".txt", prints.get(id)));
            }
        }
    }

    @Test
    void anUpdateComparesTheFilesAddedNotTheCorpus() {
        Random rnd = new Random(29);
        List<WorkGrouper.File> files = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String t = randomText(rnd, 1_000);
            files.add(new WorkGrouper.File("d" + i, String.format("d%05d", i), "d" + i, TextFingerprint.of(t)));
            if (i % 10 == 0) {
                files.add(new WorkGrouper.File("c" + i, String.format("d%05d-copy", i), "c" + i, TextFingerprint.of(t + "转载")));
            }
        }
        IncrementalGrouper incremental = new IncrementalGrouper();
        incremental.update(files, null);
        String extra = randomText(rnd, 1_000);
        List<WorkGrouper.File> more = new ArrayList<>(files);
        more.add(new WorkGrouper.File("x", "x", "x", TextFingerprint.of(extra)));
        more.add(new WorkGrouper.File("x-copy", "x-copy", "x-copy", TextFingerprint.of(extra + "转载")));
        more.remove(files.get(0)); // d0: its copy c0 is left alone
        Works updated = incremental.update(more, null);
        Works full = WorkGrouper.group(more);
        assertEquals(full.works(), updated.works());
        assertEquals(full.links(), updated.links());
        assertTrue(updated.candidates() <= 10, "compared " + updated.candidates() + " pairs for 2 files added and 1 removed");
        assertTrue(full.candidates() >= 200, "a full grouping compares " + full.candidates());
    }

    private static WorkGrouper.File file(String id, String text) {
        return new WorkGrouper.File(id, "f/" + id + ".txt", id + ".txt", TextFingerprint.of(text));
    }

    private static void assertSameAsFull(IncrementalGrouper incremental, List<WorkGrouper.File> now, String when) {
        Works updated = incremental.update(now, null);
        Works full = WorkGrouper.group(now);
        assertEquals(full.works(), updated.works(), "works " + when);
        assertEquals(full.links(), updated.links(), "links " + when);
    }

    @Test
    void aFileDeletedThenAddedAgainIsGroupedAsBefore() {
        Random rnd = new Random(31);
        String a = randomText(rnd, 4_000);
        String b = randomText(rnd, 4_000);
        List<WorkGrouper.File> all = List.of(file("a", a), file("a-copy", a + "转载"), file("b", b),
                file("b-version", b.substring(0, 3_000) + randomText(rnd, 600)), file("c", randomText(rnd, 4_000)));
        IncrementalGrouper incremental = new IncrementalGrouper();
        assertSameAsFull(incremental, all, "at first");
        Works before = incremental.works();
        assertEquals(4, before.works().size());
        assertEquals(1, before.links().size(), before.links().toString());
        for (WorkGrouper.File f : all) {
            List<WorkGrouper.File> without = new ArrayList<>(all);
            without.remove(f);
            assertSameAsFull(incremental, without, "without " + f.docId());
            // its handle is free: another file may take it before it comes back
            List<WorkGrouper.File> other = new ArrayList<>(without);
            other.add(file("other", randomText(rnd, 2_000)));
            assertSameAsFull(incremental, other, "with another file instead of " + f.docId());
            assertSameAsFull(incremental, all, "with " + f.docId() + " again");
            assertEquals(before.works(), incremental.works().works(), f.docId() + " back in its work");
            assertEquals(before.links(), incremental.works().links());
        }
    }

    @Test
    void aChangedFileMovesFromOneWorkToAnother() {
        Random rnd = new Random(37);
        String a = randomText(rnd, 4_000);
        String b = randomText(rnd, 4_000);
        List<WorkGrouper.File> files = new ArrayList<>(List.of(file("a1", a), file("a2", a + "。"), file("b1", b),
                file("b2", b + "！"), file("x", a + "（转载）")));
        IncrementalGrouper incremental = new IncrementalGrouper();
        assertSameAsFull(incremental, files, "at first");
        assertEquals(3, incremental.works().find("x").orElseThrow().files().size(), "x is a copy of a");
        // x is parsed again and its text is now b's (the same content id, another fingerprint)
        files.set(4, file("x", b + "（转载）"));
        assertSameAsFull(incremental, files, "after x changed");
        assertEquals("b1", incremental.works().find("x").orElseThrow().id());
        assertEquals(2, incremental.works().find("a1").orElseThrow().files().size(), "a's work without x");
        // and moved to another folder, where it is first in path order: it names b's work
        files.set(4, new WorkGrouper.File("x", "a/x.txt", "x.txt", files.get(4).fingerprint()));
        assertSameAsFull(incremental, files, "after x moved");
        assertEquals("x", incremental.works().find("b1").orElseThrow().id());
    }

    @Test
    void aPassageTooManyFilesShareStopsLinkingThemAndLinksThemAgainWhenFewerDo() {
        Random rnd = new Random(41);
        String passage = randomText(rnd, 9_000);
        List<WorkGrouper.File> files = new ArrayList<>();
        IncrementalGrouper incremental = new IncrementalGrouper();
        int most = 0;
        for (int i = 0; i < 20; i++) { // link buckets of these files grow past the limit as they come
            files.add(file("p" + i, passage + randomText(rnd, 1_000)));
            assertSameAsFull(incremental, files, "with " + files.size() + " files");
            most = Math.max(most, incremental.works().links().size());
        }
        assertTrue(most > 0, "files sharing most of their text are linked");
        Random order = new Random(43);
        while (!files.isEmpty()) { // and come back within it
            files.remove(order.nextInt(files.size()));
            assertSameAsFull(incremental, files, "with " + files.size() + " files");
        }
        assertEquals(0, incremental.size());
    }
}
