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
            // a batch (a commit): some files added, some deleted, one moved to another folder
            int batch = 1 + rnd.nextInt(step < 10 ? 8 : 4);
            for (int k = 0; k < batch; k++) {
                String id = ids.get(rnd.nextInt(ids.size()));
                int op = rnd.nextInt(10);
                if (!present.containsKey(id)) {
                    present.put(id, new WorkGrouper.File(id, "f/" + id + ".txt", id + ".txt", prints.get(id)));
                } else if (op < 6) {
                    present.remove(id);
                } else {
                    String folder = op < 8 ? "a/" : "z/"; // moved: it may become (or stop being) its work's first file
                    present.put(id, new WorkGrouper.File(id, folder + id + ".txt", id + ".txt", prints.get(id)));
                }
            }
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
}
