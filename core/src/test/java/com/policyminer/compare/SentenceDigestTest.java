package com.policyminer.compare;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The sentence digest without a regex is the digest the table used to compute with one (issue 21). */
class SentenceDigestTest {

    /** The digest as it was: punctuation and spaces removed by a regex, then FNV-1a. */
    private static long withRegex(String sentence) {
        String s = sentence == null ? "" : sentence.replaceAll("[\\s\\p{Punct}，。；：、（）“”]", "");
        if (s.length() < 10) {
            return 0;
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    @Test
    void sameDigestAsTheRegexOnEverySentenceOfTheSeedsAndRandomText() throws Exception {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("corpus"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String s : Files.readString(p).split("(?<=[。；！？\\n])")) {
                    sentences.add(s);
                }
            }
        }
        String alphabet = "西安市研发投入强度亿元，。；：、（）“”《》％％．0123456789 \t\n\u000B\f\r\u3000\u00a0";
        Random random = new Random(21);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(random.nextBoolean() ? (char) random.nextInt(128) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            sentences.add(b.toString());
        }
        int nonZero = 0;
        for (String s : sentences) {
            assertEquals(withRegex(s), FigureRow.sentenceDigest(s), s);
            nonZero += FigureRow.sentenceDigest(s) == 0 ? 0 : 1;
        }
        assertNotEquals(0, nonZero);
        assertEquals(0, FigureRow.sentenceDigest(null));
        assertEquals(0, FigureRow.sentenceDigest("，。 ！!?西安市"));
    }
}
