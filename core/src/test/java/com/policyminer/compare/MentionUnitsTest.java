package com.policyminer.compare;

import com.policyminer.model.EntityType;
import com.policyminer.model.Mention;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a report keeps for co-occurrence (issue 21: the corpus view without reading every report's text): the
 * sentence and paragraph each entity is mentioned in, as bytes read back the same, and matrices counted from it equal
 * to those counted from the texts as before ({@link MapCooccurrenceCounts}).
 */
class MentionUnitsTest {

    @Test
    void eachEntityOnceWithTheSentenceAndParagraphItIsMentionedIn() {
        DocumentMentions doc = CooccurrenceFixtures.doc("d", "西安和兰州合作，西安领先。\n北京发布" + CooccurrenceFixtures.QCY + "。")
                .region("西安", "西安市").region("兰州", "兰州市").region("西安", "西安市").region("北京", "北京市")
                .policy(CooccurrenceFixtures.QCY, CooccurrenceFixtures.QCY).build();
        MentionUnits u = MentionUnits.of(doc);
        assertArrayEquals(new String[] {"西安市", "兰州市", "北京市", CooccurrenceFixtures.QCY}, u.names());
        assertArrayEquals(new EntityType[] {EntityType.REGION, EntityType.REGION, EntityType.REGION, EntityType.POLICY}, u.types());
        // 西安 twice in sentence 0: once
        assertArrayEquals(new int[] {0, 1, 2, 3}, u.entity());
        assertArrayEquals(new int[] {0, 0, 2, 2}, u.sentence(), "sentence 1 is the line break ending paragraph 0");
        assertArrayEquals(new int[] {0, 0, 1, 1}, u.paragraph());
        assertEquals(0, MentionUnits.of("没有提到任何地方。", List.of()).size());
    }

    @Test
    void bytesAreReadBackTheSame() {
        Random random = new Random(21);
        for (int i = 0; i < 200; i++) {
            MentionUnits u = MentionUnits.of(randomDocument(random, "d" + i));
            byte[] bytes = u.toBytes();
            byte[] padded = new byte[bytes.length + 7];
            System.arraycopy(bytes, 0, padded, 3, bytes.length);
            MentionUnits back = MentionUnits.fromBytes(padded, 3, bytes.length);
            assertArrayEquals(u.types(), back.types());
            assertArrayEquals(u.names(), back.names());
            assertArrayEquals(u.entity(), back.entity());
            assertArrayEquals(u.sentence(), back.sentence());
            assertArrayEquals(u.paragraph(), back.paragraph());
        }
        assertEquals(3, MentionUnits.NONE.toBytes().length, "a report that mentions nothing: three bytes");
    }

    @Test
    void anythingElseIsRefusedByName() {
        byte[] good = MentionUnits.of(randomDocument(new Random(3), "d")).toBytes();
        for (int cut = 0; cut < good.length; cut++) {
            int n = cut;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MentionUnits.fromBytes(good, 0, n));
            assertEquals(true, e.getMessage().startsWith("mention units: "), e.getMessage());
        }
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThrows(IllegalArgumentException.class, () -> MentionUnits.fromBytes(longer, 0, longer.length));
        byte[] otherFormat = good.clone();
        otherFormat[0] = 9;
        assertThrows(IllegalArgumentException.class, () -> MentionUnits.fromBytes(otherFormat, 0, otherFormat.length));
        Random random = new Random(5);
        for (int i = 0; i < 2000; i++) {
            byte[] noise = new byte[random.nextInt(40)];
            random.nextBytes(noise);
            if (noise.length > 0 && random.nextBoolean()) {
                noise[0] = MentionUnits.FORMAT;
            }
            try {
                MentionUnits.fromBytes(noise, 0, noise.length);
            } catch (IllegalArgumentException expected) {
                // refused by name
            } catch (RuntimeException e) {
                fail("random bytes " + Arrays.toString(noise) + ": " + e);
            }
        }
    }

    @Test
    void matricesFromTheKeptUnitsAreThoseCountedFromTheTexts() {
        Random random = new Random(2112);
        for (int corpus = 0; corpus < 20; corpus++) {
            MapCooccurrenceCounts fromTexts = new MapCooccurrenceCounts();
            Cooccurrence.Matrices fromUnits = Cooccurrence.standard().matrices();
            int docs = 1 + random.nextInt(30);
            for (int d = 0; d < docs; d++) {
                DocumentMentions doc = randomDocument(random, "c" + corpus + "d" + d);
                fromTexts.add(doc);
                byte[] kept = MentionUnits.of(doc).toBytes();
                fromUnits.add(MentionUnits.fromBytes(kept, 0, kept.length));
            }
            fromUnits.done();
            for (CooccurrenceLevel level : CooccurrenceLevel.values()) {
                for (EntityType a : EntityType.values()) {
                    for (EntityType b : EntityType.values()) {
                        assertEquals(fromTexts.matrix(a, b, level), fromUnits.matrix(a, b, level), corpus + ": " + a + " " + b + " " + level);
                    }
                }
            }
        }
    }

    /** Sentences and paragraphs of a few characters, mentions of a few entities (names that are one place after suffix stripping, blank names). */
    private static DocumentMentions randomDocument(Random random, String id) {
        String[] regions = {"西安", "西安市", "兰州", "兰州市", "北京", " ", ""};
        String[] policies = {CooccurrenceFixtures.QCY, CooccurrenceFixtures.YQY, "十四五规划"};
        String[] orgs = {"科技部", "中国科学院", "西安交通大学"};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(200);
        for (int i = 0; i < length; i++) {
            int r = random.nextInt(20);
            text.append(r == 0 ? '。' : r == 1 ? '\n' : r == 2 ? '；' : r == 3 ? '！' : (char) ('一' + random.nextInt(50)));
        }
        List<Mention> mentions = new ArrayList<>();
        int n = text.length() == 0 ? 0 : random.nextInt(25);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(text.length());
            int end = Math.min(text.length(), start + 1 + random.nextInt(3));
            String surface = text.substring(start, end);
            switch (random.nextInt(3)) {
                case 0 -> mentions.add(new RegionMention(id, surface, start, end, "test", regions[random.nextInt(regions.length)],
                        "city", "", null, false));
                case 1 -> mentions.add(new PolicyMention(id, surface, start, end, "test", policies[random.nextInt(policies.length)],
                        "policy", true, null, null, null));
                default -> mentions.add(new OrganizationMention(id, surface, start, end, "test", orgs[random.nextInt(orgs.length)],
                        "government"));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return new DocumentMentions(id, "", text.toString(), mentions);
    }
}
