package com.policyminer.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The terms {@link FilteredWords} replays are what the index-time filters give for the same words: the whole text,
 * and any stretch of its words (as a figure's sentence is indexed), term bytes, position increments, offsets and the
 * stream's end state alike.
 */
class FilteredWordsTest {

    private static final HanLPAnalyzer ANALYZER = new HanLPAnalyzer();

    /** What the indexer reads of a stream: each term's bytes, increment and offsets, then the end's increment and offset. */
    private static List<String> indexed(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            TermToBytesRefAttribute term = ts.getAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.getBytesRef().utf8ToString() + "+" + posInc.getPositionIncrement() + "["
                        + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            ts.end();
            out.add("end+" + posInc.getPositionIncrement() + "@" + offset.endOffset());
        }
        return out;
    }

    private static List<String> filtered(List<SegmentedWord> words, int from, int to, int shift, int length) throws IOException {
        return indexed(ANALYZER.filter(new SegmentedTokenStream(words.subList(from, to), shift, length)));
    }

    private static void sameAsTheFilters(String text, Random random, int stretches) throws IOException {
        List<SegmentedWord> words = ANALYZER.segment(text);
        FilteredWords replay = FilteredWords.of(ANALYZER, words, text.length());
        assertReplays(filtered(words, 0, words.size(), 0, text.length()), replay.all(), "all of " + text.length() + " chars");
        for (int i = 0; i < stretches; i++) {
            int from = words.isEmpty() ? 0 : random.nextInt(words.size() + 1);
            int to = from + random.nextInt(Math.min(80, words.size() - from) + 1);
            int start = from < words.size() ? words.get(from).start() : text.length();
            int length = (to > 0 && to > from ? words.get(to - 1).end() : start) - start;
            assertReplays(filtered(words, from, to, -start, length), replay.stretch(from, to, -start, length),
                    "words " + from + ".." + to);
        }
    }

    private static void assertReplays(List<String> expected, TokenStream actual, String where) throws IOException {
        assertEquals(expected, indexed(actual), where);
    }

    @Test
    void seedReportsAndRealTextsWholeAndInStretches() throws IOException {
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("core/src/test/resources/realtext"))) {
            texts.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            texts.addAll(s.filter(p -> p.getFileName().toString().matches("00\\d_.*\\.txt")).sorted().toList());
        }
        assertTrue(texts.size() >= 4, texts.toString());
        Random random = new Random(16);
        for (Path p : texts) {
            sameAsTheFilters(Files.readString(p), random, 400);
        }
    }

    @Test
    void punctuationRunsCompoundsWidthsAndCase() throws IOException {
        Random random = new Random(7);
        for (String text : List.of("", "。", "“”——，。！", "长三角一体化发展，研发投入强度达２．５％。",
                "ＡＢＣ　R&D经费“十四五”规划：西安市、武汉市……（完）", "，，，研发投入强度，，，",
                "2023年全市GDP为61.21亿元、506.06亿元，分别增长5.05%和3‰。")) {
            sameAsTheFilters(text, random, 200);
            List<SegmentedWord> words = ANALYZER.segment(text);
            FilteredWords replay = FilteredWords.of(ANALYZER, words, text.length());
            for (int from = 0; from <= words.size(); from++) {
                for (int to = from; to <= words.size(); to++) {
                    int start = from < words.size() ? words.get(from).start() : text.length();
                    int length = (to > from ? words.get(to - 1).end() : start) - start;
                    assertReplays(filtered(words, from, to, -start, length), replay.stretch(from, to, -start, length),
                            text + " words " + from + ".." + to);
                }
            }
        }
    }

    @Test
    void aStretchOutsideTheWordsIsRefused() {
        List<SegmentedWord> words = ANALYZER.segment("研发投入强度");
        FilteredWords replay = FilteredWords.of(ANALYZER, words, 6);
        assertThrows(IndexOutOfBoundsException.class, () -> replay.stretch(0, words.size() + 1, 0, 6));
        assertThrows(IndexOutOfBoundsException.class, () -> replay.stretch(1, 0, 0, 6));
    }
}
