package com.policyminer.analysis;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

import java.util.Map;

/** Factory for {@link PunctuationFilter}, SPI name {@value #NAME}; no arguments. */
public final class PunctuationFilterFactory extends TokenFilterFactory {

    public static final String NAME = "hanlpPunctuation";

    public PunctuationFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for SPI lookup only. */
    public PunctuationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new PunctuationFilter(input);
    }
}
