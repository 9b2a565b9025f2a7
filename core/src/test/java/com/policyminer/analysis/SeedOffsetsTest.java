package com.policyminer.analysis;

import com.policyminer.model.ParsedDocument;
import com.policyminer.parse.TikaDocumentParser;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On every seed report: offsets are exact, and segment-once replay equals the tokenizer. */
class SeedOffsetsTest {

    @Test
    void offsetsAreExactOnEverySeedAndReplayMatchesTheTokenizer() throws Exception {
        HanLPAnalyzer analyzer = new HanLPAnalyzer();
        TikaDocumentParser parser = new TikaDocumentParser();
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            seeds = s.filter(p -> p.getFileName().toString().matches("00\\d_.*")).sorted().toList();
        }
        assertEquals(5, seeds.size());
        for (Path seed : seeds) {
            ParsedDocument d = parser.parse(seed, seed.getFileName().toString());
            String text = d.text();
            List<SegmentedWord> words = analyzer.segment(text);
            for (SegmentedWord w : words) {
                assertEquals(w.term(), text.substring(w.start(), w.end()), seed + " at " + w.start());
            }
            List<Tokens.Tok> direct = Tokens.of(analyzer, text);
            List<Tokens.Tok> replayed = new java.util.ArrayList<>();
            try (TokenStream ts = analyzer.filter(new SegmentedTokenStream(words, text.length()))) {
                var t = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                var o = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
                var p = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
                ts.reset();
                int pos = -1;
                while (ts.incrementToken()) {
                    pos += p.getPositionIncrement();
                    replayed.add(new Tokens.Tok(t.toString(), o.startOffset(), o.endOffset(), pos));
                }
                ts.end();
            }
            assertEquals(direct, replayed, "segment-once replay differs from the tokenizer on " + seed);
            assertTrue(direct.size() > 500, seed.toString());
        }
    }
}
