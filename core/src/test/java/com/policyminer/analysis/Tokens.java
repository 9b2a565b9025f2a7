package com.policyminer.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: runs an analyzer and returns its tokens with offsets and positions. */
final class Tokens {

    record Tok(String term, int start, int end, int position) {
        @Override
        public String toString() {
            return term + "[" + start + "," + end + ")@" + position;
        }
    }

    private Tokens() {
    }

    static List<Tok> of(Analyzer a, String text) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("body", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += p.getPositionIncrement();
                out.add(new Tok(t.toString(), o.startOffset(), o.endOffset(), pos));
            }
            ts.end();
        }
        return out;
    }

    static List<String> terms(Analyzer a, String text) throws IOException {
        return of(a, text).stream().map(Tok::term).toList();
    }
}
