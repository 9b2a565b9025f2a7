package com.policyminer.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.api.Test;

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
 * Our words merged from a double-array trie segment the text exactly as HanLP's own run-time
 * dictionary (its binary trie, where {@code insert} puts new words) does: word for word, with the
 * same part of speech, on every seed report.
 */
class DomainViterbiSegmentTest {

    @Test
    void segmentsEverySeedAsHanLPsRunTimeDictionaryDoes() throws IOException {
        DomainDictionary ours = DomainDictionary.load(DomainDictionary.DEFAULT_LISTS);
        assertTrue(ours.added() != null && ours.added().size() > 1000, "our words HanLP lacks are in their own trie");
        Segment fast = configure(new DomainViterbiSegment(ours.added()), ours.hanlp());
        Segment stock = configure(new ViterbiSegment(), hanlpsOwnWay());
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, seeds.size());
        int words = 0;
        for (Path seed : seeds) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            for (int at = 0; at < text.length(); at += 4000) {
                char[] chunk = text.substring(at, Math.min(text.length(), at + 4000)).toCharArray();
                List<String> expected = describe(stock.seg(chunk));
                assertEquals(expected, describe(fast.seg(chunk)), seed + " at " + at);
                words += expected.size();
            }
        }
        assertTrue(words > 10_000, "compared " + words + " words");
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
            try (InputStream in = DomainViterbiSegmentTest.class.getClassLoader().getResourceAsStream(list)) {
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

    private static List<String> describe(List<Term> terms) {
        List<String> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(t.word + "/" + t.nature + "@" + t.offset);
        }
        return out;
    }
}
