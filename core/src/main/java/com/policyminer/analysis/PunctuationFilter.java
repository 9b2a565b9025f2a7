package com.policyminer.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops tokens that hold no letter or digit (punctuation, symbols), except the unit symbols that
 * carry meaning in figures: %, ‰, ℃. Position increments of dropped tokens are kept, so phrase
 * queries do not match across removed punctuation.
 */
public final class PunctuationFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public PunctuationFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        int len = term.length();
        char[] b = term.buffer();
        for (int i = 0; i < len; i++) {
            char c = b[i];
            if (Character.isLetterOrDigit(c) || c == '%' || c == '‰' || c == '℃') {
                return true;
            }
        }
        return false;
    }
}
