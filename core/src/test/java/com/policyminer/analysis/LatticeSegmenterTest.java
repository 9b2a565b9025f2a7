package com.policyminer.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link LatticeSegmenter} segments text exactly as HanLP's own {@code ViterbiSegment} does with our
 * words {@code insert}ed into its run-time dictionary: word for word, offset for offset, with the
 * same part of speech, on every seed and held-out report and on the tricky spots of its lattice
 * (numbers with separators, Chinese numerals next to words, Latin, white space, lone characters).
 */
class LatticeSegmenterTest {

    private static final DomainDictionary OURS = DomainDictionary.load(DomainDictionary.DEFAULT_LISTS);
    private static Segment stock;

    @BeforeAll
    static void hanlp() throws IOException {
        stock = configure(new ViterbiSegment(), hanlpsOwnWay());
    }

    @Test
    void segmentsEverySeedAndHeldOutReportAsHanLPDoes() throws IOException {
        assertTrue(OURS.added() != null && OURS.added().size() > 1000, "our words HanLP lacks are in their own trie");
        List<Path> reports = new ArrayList<>();
        for (String dir : List.of("corpus", "core/src/test/resources/heldout/reports")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(reports::add);
            }
        }
        assertTrue(reports.size() >= 17, "seeds and held-out reports: " + reports.size());
        LatticeSegmenter fast = OURS.newSegmenter();
        int words = 0;
        for (Path report : reports) {
            String text = Files.readString(report, StandardCharsets.UTF_8);
            for (int at = 0; at < text.length(); at += 4000) {
                char[] chunk = text.substring(at, Math.min(text.length(), at + 4000)).toCharArray();
                List<String> expected = describe(stock.seg(chunk.clone()));
                assertEquals(expected, describe(fast, chunk), report + " at " + at);
                words += expected.size();
            }
        }
        assertTrue(words > 20_000, "compared " + words + " words");
    }

    @Test
    void threadsSharingTheBigramCacheGetHanLPsWords() throws Exception {
        List<char[]> chunks = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                for (int at = 0; at < text.length(); at += 4000) {
                    chunks.add(text.substring(at, Math.min(text.length(), at + 4000)).toCharArray());
                }
            }
        }
        List<List<String>> expected = new ArrayList<>();
        for (char[] c : chunks) {
            expected.add(describe(stock.seg(c.clone())));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    LatticeSegmenter fast = OURS.newSegmenter();
                    for (int i = 0; i < chunks.size(); i++) {
                        int k = (i + offset * 7) % chunks.size(); // the threads meet the same pairs at different times
                        assertEquals(expected.get(k), describe(fast, chunks.get(k)));
                    }
                    return chunks.size();
                }));
            }
            for (java.util.concurrent.Future<Integer> r : runs) {
                assertTrue(r.get() > 10);
            }
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "。", " ", "\n\n \t x", "1,234.5亿元和1 760.4亿元", "１２３．４５％", "三十二点五万人次",
            "第十四个五年规划", "二〇二〇年", "R&D经费GII指数G60科创走廊5G", "ａｂｃ　ＤＥＦ", "x1y2z3", "…… ——",
            "西咸新区和兰州新区", "研发投入强度达到2.4%", "𠀀𠀁字", "12,", "1.", ",1", "一二三四五六七八九十百千万亿"})
    void segmentsTrickySpotsAsHanLPDoes(String text) {
        char[] chars = text.toCharArray();
        assertEquals(describe(stock.seg(chars.clone())), describe(OURS.newSegmenter(), chars));
    }

    @Test
    void reusesItsArraysAcrossTextsOfAnyLength() {
        LatticeSegmenter fast = OURS.newSegmenter();
        String sentence = "2020年，兰州市和西安市R&D经费内部支出分别为61.21亿元、506.06亿元。";
        for (String text : List.of(sentence.repeat(400), sentence, "", sentence.repeat(3))) {
            char[] chars = text.toCharArray();
            assertEquals(describe(stock.seg(chars.clone())), describe(fast, chars));
        }
    }

    private static Segment configure(Segment s, DynamicCustomDictionary dictionary) {
        return s.enableOffset(true).enableCustomDictionary(dictionary).enablePartOfSpeechTagging(false)
                .enableNameRecognize(false).enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false).enableOrganizationRecognize(false).enableNumberQuantifierRecognize(false)
                .enableMultithreading(false);
    }

    /** HanLP's dictionary with our words inserted one by one, as its API intends. */
    private static DynamicCustomDictionary hanlpsOwnWay() throws IOException {
        DynamicCustomDictionary dict = new DynamicCustomDictionary(HanLP.Config.CustomDictionaryPath);
        for (String list : DomainDictionary.DEFAULT_LISTS) {
            try (InputStream in = LatticeSegmenterTest.class.getClassLoader().getResourceAsStream(list)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith("#")) {
                        String[] parts = s.split("\\s+");
                        dict.insert(parts[0], (parts.length > 1 ? parts[1] : "nz") + " " + (parts.length > 2 ? parts[2] : "1000"));
                    }
                }
            }
        }
        return dict;
    }

    private static List<String> describe(LatticeSegmenter s, char[] text) {
        int n = s.segment(text);
        List<String> out = new ArrayList<>(n);
        for (int w = 0; w < n; w++) {
            out.add(new String(text, s.start(w), s.end(w) - s.start(w)) + "/" + s.nature(w) + "@" + s.start(w));
        }
        return out;
    }

    private static List<String> describe(List<Term> terms) {
        List<String> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(t.word + "/" + t.nature + "@" + t.offset);
        }
        return out;
    }
}
