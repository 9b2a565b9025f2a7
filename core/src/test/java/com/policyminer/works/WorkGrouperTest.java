package com.policyminer.works;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkGrouperTest {

    private static String seed(String name) throws Exception {
        try (var s = Files.list(Path.of("corpus"))) {
            return Files.readString(s.filter(p -> p.getFileName().toString().startsWith(name)).findFirst().orElseThrow());
        }
    }

    private static WorkGrouper.File file(String id, String path, String text) {
        return new WorkGrouper.File(id, path, path.substring(path.lastIndexOf('/') + 1), TextFingerprint.of(text));
    }

    @Test
    void copiesAreOneWorkNamedByTheirFirstFileAndAHalfCopyIsALinkedVersion() throws Exception {
        String a = seed("000");
        String b = seed("001");
        List<WorkGrouper.File> files = List.of(
                file("id-b", "001.txt", b),
                file("id-a2", "renditions/000.pdf", a.replace("\n", "\n\n")),
                file("id-a", "000.txt", a),
                file("id-b-half", "drafts/001-first-half.txt", b.substring(0, b.length() * 2 / 3)),
                file("id-empty", "empty.txt", "。"));
        Works works = WorkGrouper.group(files);
        assertEquals(4, works.works().size());
        Works.Work first = works.find("id-a2").orElseThrow();
        assertEquals("id-a", first.id());
        assertEquals(List.of("id-a", "id-a2"), first.files().stream().map(Works.Member::docId).toList());
        assertEquals("id-a", works.workOfDocument().get("id-a2"));
        assertEquals(1, works.links().size(), works.links().toString());
        Works.Link link = works.links().get(0);
        assertEquals("id-b", link.a());
        assertEquals("id-b-half", link.b());
        assertEquals(Works.Link.VERSION, link.kind());
        assertTrue(link.shareB() > 0.9 && link.shareA() < 0.8, link.toString());
        assertEquals(List.of(link), works.linksOf("id-b-half"));
    }

    @Test
    void theSameFilesInAnyOrderGiveTheSameWorks() throws Exception {
        List<WorkGrouper.File> files = new ArrayList<>();
        for (String s : new String[] {"000", "001", "002", "003", "004"}) {
            String t = seed(s);
            files.add(file(s, s + ".txt", t));
            files.add(file(s + "-copy", "copies/" + s + ".txt", t + "\n（转载）"));
        }
        Works one = WorkGrouper.group(files);
        List<WorkGrouper.File> shuffled = new ArrayList<>(files);
        java.util.Collections.shuffle(shuffled, new Random(7));
        assertEquals(one, WorkGrouper.group(shuffled));
        assertEquals(5, one.works().size());
        one.works().forEach(w -> assertEquals(2, w.files().size()));
    }

    @Test
    void unrelatedTextsAreNeverCandidatesOfEachOther() {
        Random rnd = new Random(1);
        List<WorkGrouper.File> files = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 2000; k++) {
                b.append((char) ('\u4e00' + rnd.nextInt(3000)));
            }
            files.add(file("d" + i, "d" + i, b.toString()));
        }
        Works works = WorkGrouper.group(files);
        assertEquals(200, works.works().size());
        assertTrue(works.candidates() < 20, "candidates " + works.candidates());
        assertEquals(List.of(), works.links());
    }

    private static String randomText(Random rnd, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            b.append((char) ('\u4e00' + rnd.nextInt(3000)));
        }
        return b.toString();
    }

    @Test
    void smallEditsInAChainDoNotDriftIntoOneWork() {
        Random rnd = new Random(3);
        String a = randomText(rnd, 20_000);
        // b: 3.6% of a replaced (J ≈ 0.93); c: another 3.6% of b replaced (J(b, c) ≈ 0.93, J(a, c) ≈ 0.87)
        String b = a.substring(0, 2_000) + randomText(rnd, 720) + a.substring(2_720);
        String c = b.substring(0, 10_000) + randomText(rnd, 720) + b.substring(10_720);
        Works works = WorkGrouper.group(List.of(file("a", "a", a), file("b", "b", b), file("c", "c", c)));
        assertTrue(works.workOfDocument().get("a").equals(works.workOfDocument().get("b"))
                || works.workOfDocument().get("b").equals(works.workOfDocument().get("c")), works.toString());
        assertTrue(!works.workOfDocument().get("a").equals(works.workOfDocument().get("c")), works.toString());
        assertEquals(1, works.links().size(), "the file left out is linked as a version: " + works.links());
        assertEquals(Works.Link.VERSION, works.links().get(0).kind());
    }

    @Test
    void aPassageRepeatedByManyReportsLinksNone() {
        Random rnd = new Random(5);
        String boilerplate = randomText(rnd, 6_000);
        List<WorkGrouper.File> files = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            files.add(file("d" + i, String.format("d%03d", i), boilerplate + randomText(rnd, 4_000)));
        }
        Works works = WorkGrouper.group(files);
        assertEquals(100, works.works().size());
        // each shares 60% of its text with every other (J ≈ 0.43): candidates through buckets of 100 files are not made
        assertTrue(works.links().size() <= 100 * WorkGrouper.LINKS_PER_WORK, works.links().size() + " links");
    }

    /** A copy of {@code text} with characters replaced at random spots until its exact Jaccard is in range and its estimate is on the other side of 0.9. */
    private static String editedUntil(String text, long seed, boolean exactBelow) {
        long[] original = TextFingerprint.shingleSet(text);
        TextFingerprint print = TextFingerprint.of(text);
        for (long r = seed; r < seed + 2000; r++) {
            Random random = new Random(r);
            StringBuilder b = new StringBuilder(text);
            for (int edit = 0; edit < 400; edit++) {
                b.setCharAt(random.nextInt(b.length()), (char) ('甲' + random.nextInt(200)));
                String t = b.toString();
                double exact = TextFingerprint.jaccard(original, TextFingerprint.shingleSet(t));
                if (exact < 0.86) {
                    break;
                }
                double estimate = print.similarity(TextFingerprint.of(t));
                if (exactBelow ? exact < 0.9 && estimate >= 0.9 : exact >= 0.9 && estimate < 0.9 && estimate >= 0.86) {
                    return t;
                }
            }
        }
        throw new AssertionError("no such edit found");
    }

    @Test
    void theExactSimilarityDecidesAMergeTheEstimateOnlyProposes() throws Exception {
        String a = seed("002");
        String under = editedUntil(a, 1, true);  // estimated ≥ 0.9, really under
        String over = editedUntil(a, 1, false); // estimated under 0.9, really ≥ 0.9
        Map<String, String> texts = Map.of("a", a, "under", under, "over", over);
        WorkGrouper.ExactJaccard exact = (x, y) -> TextFingerprint.jaccard(
                TextFingerprint.shingleSet(texts.get(x.docId())), TextFingerprint.shingleSet(texts.get(y.docId())));

        List<WorkGrouper.File> falseMerge = List.of(file("a", "a.txt", a), file("under", "under.txt", under));
        assertEquals(1, WorkGrouper.group(falseMerge).works().size(), "the estimate alone merges them (the old behaviour)");
        Works verified = WorkGrouper.group(falseMerge, exact);
        assertEquals(2, verified.works().size(), "under 0.9 exact Jaccard: two works");
        assertEquals(1, verified.verified());

        List<WorkGrouper.File> missed = List.of(file("a", "a.txt", a), file("over", "over.txt", over));
        assertEquals(2, WorkGrouper.group(missed).works().size(), "the estimate alone misses them");
        Works joined = WorkGrouper.group(missed, exact);
        assertEquals(1, joined.works().size(), "0.9 exact Jaccard or more: one work");
        double measured = exact.of(missed.get(0), missed.get(1));
        assertEquals(Math.round(measured * 1000) / 1000.0, joined.works().get(0).files().get(1).similarity());
    }
}
