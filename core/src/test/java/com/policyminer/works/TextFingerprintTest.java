package com.policyminer.works;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFingerprintTest {

    private static String seed(String name) throws Exception {
        try (var s = Files.list(Path.of("corpus"))) {
            return Files.readString(s.filter(p -> p.getFileName().toString().startsWith(name)).findFirst().orElseThrow());
        }
    }

    @Test
    void layoutWidthAndPunctuationDoNotCount() throws Exception {
        String text = seed("000");
        String relaid = text.replace("\n", "\n\n  ").replace("，", ",").replace("2020", "２０２０").replace("。", ". ");
        assertEquals(1.0, TextFingerprint.of(text).similarity(TextFingerprint.of(relaid)));
    }

    @Test
    void aParagraphAddedAndAFigureChangedStaysAboveTheWorkThreshold() throws Exception {
        String text = seed("000");
        int mid = text.indexOf('\n', text.length() / 2);
        String repost = text.substring(0, mid) + "\n转载说明：本文转载自某网站，内容有删节，观点仅代表作者本人。\n" + text.substring(mid);
        repost = repost.replaceFirst("5\\.05%", "5.15%");
        double s = TextFingerprint.of(text).similarity(TextFingerprint.of(repost));
        assertTrue(s >= WorkGrouper.SAME_WORK, "similarity " + s); // about 0.998: a few dozen new shingles among 25,000
    }

    @Test
    void differentReportsAreFarApart() throws Exception {
        for (String a : new String[] {"000", "001", "002", "003", "004"}) {
            for (String b : new String[] {"000", "001", "002", "003", "004"}) {
                if (a.compareTo(b) < 0) {
                    double s = TextFingerprint.of(seed(a)).similarity(TextFingerprint.of(seed(b)));
                    assertTrue(s < 0.1, a + " vs " + b + ": " + s);
                }
            }
        }
    }

    @Test
    void halfATextIsAboutHalfContainedAndAThirdSimilar() throws Exception {
        String text = seed("001");
        String half = text.substring(0, text.length() / 2);
        TextFingerprint whole = TextFingerprint.of(text);
        TextFingerprint part = TextFingerprint.of(half);
        assertEquals(0.5, part.similarity(whole), 0.08);
        assertEquals(1.0, part.shareIn(whole), 0.1);
        assertEquals(0.5, whole.shareIn(part), 0.1);
    }

    @Test
    void tooShortTextsMatchNothing() {
        TextFingerprint a = TextFingerprint.of("一、 二");
        assertTrue(a.isEmpty());
        assertEquals(0, a.similarity(a));
        assertEquals(0, TextFingerprint.of("").shingles());
    }

    @Test
    void storedBytesRoundTrip() throws Exception {
        TextFingerprint f = TextFingerprint.of(seed("002"));
        byte[] bytes = f.toBytes();
        assertEquals(f, TextFingerprint.fromBytes(bytes, 0, bytes.length));
        assertArrayEquals(f.bins(), TextFingerprint.fromBytes(bytes, 0, bytes.length).bins());
        assertThrows(IllegalArgumentException.class, () -> TextFingerprint.fromBytes(bytes, 0, 12));
        assertThrows(IllegalArgumentException.class, () -> new TextFingerprint(new int[3], 1));
    }

    @Test
    void aShortTextFillsEveryBin() {
        // 20 shingles for 256 bins: most bins borrow; the signature is still a function of the text
        TextFingerprint a = TextFingerprint.of("西安兰州国家区域科技创新中心建设的考虑");
        assertEquals(a, TextFingerprint.of("西安 兰州 国家区域科技创新中心建设的考虑。"));
        for (int v : a.bins()) {
            assertTrue(v != -1);
        }
    }

    @Test
    void theEstimateIsWithinThreeStandardErrorsOfTheExactJaccard() throws Exception {
        String text = seed("001");
        for (int cut : new int[] {2, 3, 5, 10}) {
            String edited = text.substring(0, text.length() - text.length() / cut) + "另附：" + seed("002").substring(0, text.length() / (2 * cut));
            double exact = TextFingerprint.jaccard(TextFingerprint.shingleSet(text), TextFingerprint.shingleSet(edited));
            double estimate = TextFingerprint.of(text).similarity(TextFingerprint.of(edited));
            double se = Math.sqrt(exact * (1 - exact) / TextFingerprint.BINS);
            assertTrue(Math.abs(estimate - exact) <= 3 * se + 1e-9, cut + ": exact " + exact + ", estimate " + estimate);
        }
        assertEquals(1.0, TextFingerprint.jaccard(TextFingerprint.shingleSet(text), TextFingerprint.shingleSet(text + "。")));
        assertEquals(0.0, TextFingerprint.jaccard(new long[0], new long[0]));
    }

    /** The characters a fingerprint hashes are those of the stream it was written with (codePoints, filter, map). */
    @Test
    void theNormalizedCharactersAreTheStreamsOnes() throws Exception {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "。，！", "ＡＢＣ１２３ｄｅｆ",
                "R&D 投入强度 2.5%，Ⅻ ㈱ ﬁ", "\uD840\uDC00𠀀 a\uD800 b\uDC00 c", "Ǆ ǅ İstanbul ΣΑΣ"));
        try (var seeds = Files.list(Path.of("corpus"))) {
            for (Path p : seeds.sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        for (String text : texts) {
            String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
            int[] stream = folded.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
            assertArrayEquals(stream, TextFingerprint.normalized(text), text.length() > 40 ? text.substring(0, 40) : text);
        }
    }
}
