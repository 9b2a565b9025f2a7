package com.policyminer.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HanLPAnalyzerTest {

    private static final HanLPAnalyzer ANALYZER = new HanLPAnalyzer();

    @Test
    void segmentKeepsItsTokenizerAcrossTextsAndGivesEachTheWordsAFreshOneGives() {
        String sentence = "2020年，兰州市和西安市R&D经费内部支出分别为61.21亿元、506.06亿元。\n";
        List<String> texts = List.of(sentence.repeat(300), "", sentence, "研发投入强度", sentence.repeat(5));
        try (HanLPAnalyzer reused = new HanLPAnalyzer()) {
            for (String text : texts) {
                List<SegmentedWord> fresh;
                try (HanLPAnalyzer once = new HanLPAnalyzer()) {
                    fresh = once.segment(text);
                }
                assertEquals(fresh, reused.segment(text));
            }
            // a text cut short by its deadline leaves the kept tokenizer usable
            com.policyminer.model.Deadline passed = com.policyminer.model.Deadline.in(java.time.Duration.ZERO);
            assertThrows(com.policyminer.model.Deadline.Exceeded.class,
                    () -> reused.segment(sentence.repeat(2000), SegmentedWord::new, passed));
            assertEquals(new HanLPAnalyzer().segment(sentence), reused.segment(sentence));
            // a caller that segments again while it reads the words gets its own tokenizer
            List<String> inner = new java.util.ArrayList<>();
            List<String> outer = reused.segment("兰州市和西安市", (term, start, end, pos) -> {
                inner.add(reused.segment("研发投入强度").get(0).term());
                return term;
            });
            assertEquals(List.of("兰州市", "和", "西安市"), outer);
            assertEquals(List.of("研发投入强度", "研发投入强度", "研发投入强度"), inner);
        }
        try (HanLPAnalyzer closed = new HanLPAnalyzer()) {
            closed.close();
            assertEquals(new HanLPAnalyzer().segment(sentence), closed.segment(sentence)); // a closed analyzer still segments
        }
    }

    @Test
    void segmentsPolicyTextWithExactOffsets() throws IOException {
        String text = "2020年，兰州市和西安市R&D经费内部支出分别为61.21亿元、506.06亿元";
        List<Tokens.Tok> toks = Tokens.of(ANALYZER, text);
        assertEquals(List.of("2020", "年", "兰州", "市", "和", "西安", "市", "r&d", "经费", "内部", "支出", "分别为",
                "61.21", "亿元", "506.06", "亿元"), toks.stream().map(Tokens.Tok::term).toList());
        for (Tokens.Tok t : toks) {
            assertEquals(t.term(), text.substring(t.start(), t.end()).toLowerCase(), "offsets of " + t);
        }
    }

    @Test
    void domainTermsAreSearchableAsPartsAndAsWhole() throws IOException {
        assertEquals(List.of("研发", "投入", "强度"), Tokens.terms(ANALYZER, "研发投入强度"));
        assertEquals(List.of("技术", "合同", "成交额"), Tokens.terms(ANALYZER, "技术合同成交额"));
        assertEquals(List.of("长三角", "一体化", "发展"), Tokens.terms(ANALYZER, "长三角一体化发展"));
        // the parts keep consecutive positions, so a phrase query for the whole term matches
        List<Tokens.Tok> toks = Tokens.of(ANALYZER, "西安研发投入强度达5.05%");
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), toks.stream().map(Tokens.Tok::position).toList());
    }

    @Test
    void placeNamesAreNotMatchedAcrossWordBoundaries() throws IOException {
        List<String> terms = Tokens.terms(ANALYZER, "陕西安康市");
        assertFalse(terms.contains("西安"), terms.toString());
        assertTrue(Tokens.terms(ANALYZER, "西安市").contains("西安"));
    }

    @Test
    void numbersUnitsAndLatinTerms() throws IOException {
        assertEquals(List.of("5.05", "%"), Tokens.terms(ANALYZER, "5.05%"));
        assertEquals(List.of("61.21", "亿元"), Tokens.terms(ANALYZER, "61.21亿元"));
        assertEquals(List.of("r&d"), Tokens.terms(ANALYZER, "R&D"));
        assertEquals(List.of("gii", "排名"), Tokens.terms(ANALYZER, "GII排名"));
        assertEquals(List.of("g60", "科创", "走廊"), Tokens.terms(ANALYZER, "G60科创走廊"));
        // full-width letters and digits fold to ASCII, with offsets into the original text
        List<Tokens.Tok> wide = Tokens.of(ANALYZER, "ＧＩＩ２０２１");
        assertEquals("gii", wide.get(0).term());
        assertEquals(0, wide.get(0).start());
        assertEquals(3, wide.get(0).end());
    }

    @Test
    void offsetsSurviveNewlinesLeadingSpacesAndStrippedMarkup() throws IOException {
        // the cases users of the Elasticsearch HanLP and IK plugins report as shifted highlights
        for (String text : List.of("\n\n  研发投入强度", "   \t西安市\r\n兰州市", "第一段。\n\n第二段研发投入强度\n",
                "\u3000\u3000技术合同成交额", "研发\n投入强度")) {
            for (Tokens.Tok t : Tokens.of(ANALYZER, text)) {
                assertEquals(t.term(), text.substring(t.start(), t.end()).toLowerCase(), "in " + text.replace("\n", "\\n") + ": " + t);
            }
        }
    }

    @Test
    void offsetsAreCorrectedThroughCharFilters() throws IOException {
        // markup stripped by a CharFilter must not shift offsets: they point into the original
        Analyzer withHtml = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                HanLPTokenizer t = new HanLPTokenizer(DomainDictionary.DEFAULT_LISTS);
                return new TokenStreamComponents(t, ANALYZER.filter(t));
            }

            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return new org.apache.lucene.analysis.charfilter.HTMLStripCharFilter(reader);
            }
        };
        String html = "<p>西安<b>研发投入强度</b>达到5.05%</p>";
        for (Tokens.Tok t : Tokens.of(withHtml, html)) {
            assertEquals(t.term(), html.substring(t.start(), t.end()).toLowerCase(), t.toString());
        }
    }

    @Test
    void hugeInputAndRandomStrings() throws IOException {
        StringBuilder big = new StringBuilder();
        while (big.length() < 1_000_000) {
            big.append("西安研发投入强度达到5.05%，技术合同成交额超过2300亿元。R&D投入 ");
        }
        String text = big.toString();
        List<Tokens.Tok> toks = Tokens.of(ANALYZER, text);
        assertTrue(toks.size() > 100_000);
        Tokens.Tok last = toks.get(toks.size() - 1);
        assertEquals(last.term(), text.substring(last.start(), last.end()).toLowerCase());
        Random r = new Random(42);
        for (int i = 0; i < 200; i++) {
            char[] cs = new char[r.nextInt(300)];
            for (int k = 0; k < cs.length; k++) {
                cs[k] = (char) (r.nextBoolean() ? 0x4E00 + r.nextInt(0x5000) : r.nextInt(0x3000));
            }
            String s = new String(cs);
            for (Tokens.Tok t : Tokens.of(ANALYZER, s)) {
                assertTrue(t.start() >= 0 && t.end() <= s.length() && t.start() <= t.end(), t.toString());
            }
        }
    }

    /**
     * Text longer than a chunk with no line or sentence break: the tokenizer cuts at its buffer's
     * end, never inside a surrogate pair, and offsets stay exact across the cuts.
     */
    @Test
    void chunkBordersKeepOffsetsExactAndSurrogatesWhole() throws IOException {
        StringBuilder b = new StringBuilder();
        while (b.length() < HanLPTokenizer.MAX_CHUNK - 1) {
            b.append("西安研发投入强度达到五点零五");
        }
        b.setLength(HanLPTokenizer.MAX_CHUNK - 1);
        b.append("\uD840\uDC00"); // a supplementary character straddling the buffer's end
        while (b.length() < 3 * HanLPTokenizer.MAX_CHUNK) {
            b.append("兰州技术合同成交额超过");
        }
        String text = b.toString();
        List<Tokens.Tok> toks = Tokens.of(ANALYZER, text);
        int lastEnd = 0;
        for (Tokens.Tok t : toks) {
            assertEquals(t.term(), text.substring(t.start(), t.end()).toLowerCase(), t.toString());
            assertTrue(t.start() >= lastEnd, "tokens in order: " + t);
            assertFalse(Character.isLowSurrogate(text.charAt(t.start())), "no token starts inside a surrogate pair: " + t);
            lastEnd = t.end();
        }
        assertTrue(toks.get(toks.size() - 1).end() > 2 * HanLPTokenizer.MAX_CHUNK);
        // the words segment() returns for the document are the tokenizer's words
        List<SegmentedWord> words = ANALYZER.segment(text);
        assertEquals(words.get(words.size() - 1).end(), text.length());
    }

    @Test
    void segmentReturnsEveryWordWithPartOfSpeech() {
        List<SegmentedWord> words = ANALYZER.segment("西安研发投入强度达到5.05%。");
        assertEquals("西安", words.get(0).term());
        assertEquals("ns", words.get(0).pos());
        assertTrue(words.stream().anyMatch(w -> w.term().equals("。")), "punctuation is kept for extractors");
    }

    @Test
    void factoryIsLoadableByName() throws IOException {
        assertTrue(TokenizerFactory.availableTokenizers().contains("hanlp"));
        TokenizerFactory f = TokenizerFactory.forName("hanlp", new HashMap<>());
        var tokenizer = f.create();
        tokenizer.setReader(new StringReader("兰州新区"));
        tokenizer.reset();
        assertTrue(tokenizer.incrementToken());
        tokenizer.end();
        tokenizer.close();
    }

    @Test
    void factoryRejectsBogusArguments() {
        Map<String, String> args = new HashMap<>(Map.of("bogus", "1"));
        assertThrows(IllegalArgumentException.class, () -> TokenizerFactory.forName("hanlp", args));
        Map<String, String> missing = new HashMap<>(Map.of("dictionaries", "no/such/list.txt"));
        assertThrows(RuntimeException.class, () -> TokenizerFactory.forName("hanlp", missing));
    }
}
