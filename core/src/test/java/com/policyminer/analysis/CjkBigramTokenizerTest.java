package com.policyminer.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CjkBigramTokenizerTest {

    private record Tok(String term, int start, int end) {
    }

    /** The tokens without positions, after checking that each takes the next position. */
    private static List<Tok> tokens(Analyzer a, String text) throws IOException {
        List<Tokens.Tok> all = Tokens.of(a, text);
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i, all.get(i).position(), "one position per token");
        }
        return all.stream().map(t -> new Tok(t.term(), t.start(), t.end())).toList();
    }

    private static boolean cjk(String term) {
        return term.codePoints().allMatch(CjkBigramTokenizer::isCjk);
    }

    @Test
    void sameChineseBigramsAndOffsetsAsLucenesCjkAnalyzerOnEverySeed() throws IOException {
        Analyzer ours = new CjkBigramAnalyzer();
        Analyzer lucene = new CJKAnalyzer(CharArraySet.EMPTY_SET);
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int compared = 0;
        for (Path seed : seeds) {
            String text = Files.readString(seed);
            List<Tok> mine = tokens(ours, text).stream().filter(t -> cjk(t.term)).toList();
            List<Tok> theirs = tokens(lucene, text).stream().filter(t -> cjk(t.term)).toList();
            assertEquals(theirs, mine, seed.toString());
            for (Tok t : tokens(ours, text)) {
                if (cjk(t.term)) {
                    assertEquals(t.term, text.substring(t.start, t.end), "offsets of " + t);
                }
            }
            compared += mine.size();
        }
        assertTrue(compared > 20_000, "bigrams compared: " + compared);
    }

    @Test
    void latinWordsAndNumbersAreOneLowerCasedTokenEach() throws IOException {
        String text = "2020年，R&D经费61.21亿元、1,760家，ＧＩＩ排名第9位。";
        assertEquals(List.of(
                new Tok("2020", 0, 4), new Tok("年", 4, 5), new Tok("r", 6, 7), new Tok("d", 8, 9),
                new Tok("经费", 9, 11), new Tok("61.21", 11, 16), new Tok("亿元", 16, 18), new Tok("1,760", 19, 24),
                new Tok("家", 24, 25), new Tok("gii", 26, 29), new Tok("排名", 29, 31), new Tok("名第", 30, 32),
                new Tok("9", 32, 33), new Tok("位", 33, 34)), tokens(new CjkBigramAnalyzer(), text));
    }

    @Test
    void aRunOfLettersLongerThanAWordIsCut() throws IOException {
        String text = "a".repeat(600);
        List<Tok> t = tokens(new CjkBigramAnalyzer(), text);
        assertEquals(List.of(255, 255, 90), t.stream().map(x -> x.term.length()).toList());
        assertEquals(255, t.get(1).start);
    }

    @Test
    void surrogatePairsAndEmptyText() throws IOException {
        String text = "𠀀𠀁中"; // CJK extension B, then a BMP Han character
        assertEquals(List.of(new Tok("𠀀𠀁", 0, 4), new Tok("𠀁中", 2, 5)), tokens(new CjkBigramAnalyzer(), text));
        assertEquals(List.of(), tokens(new CjkBigramAnalyzer(), ""));
        assertEquals(List.of(), tokens(new CjkBigramAnalyzer(), "，。 ——"));
    }

    @Test
    void everyCodePointFromU2E80IsCjkExactlyWhenItsScriptIsHanKanaOrHangul() {
        // (below U+2E80 nothing is: Hangul Jamo U+1100–U+11FF were never paired, a shortcut kept as it was)
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            boolean expected = cp >= 0x2E80 && (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL);
            if (expected != CjkBigramTokenizer.isCjk(cp)) {
                assertEquals(expected, CjkBigramTokenizer.isCjk(cp), "U+" + Integer.toHexString(cp));
            }
        }
    }

    @Test
    void loadableBySpiName() throws IOException {
        assertTrue(TokenizerFactory.availableTokenizers().contains(CjkBigramTokenizerFactory.NAME));
        Analyzer spi = CustomAnalyzer.builder().withTokenizer(CjkBigramTokenizerFactory.NAME).build();
        String text = "西咸新区技术合同成交额";
        assertEquals(tokens(new CjkBigramAnalyzer(), text), tokens(spi, text));
    }
}
