package com.policyminer.analysis;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

import java.util.List;
import java.util.Map;

/**
 * Factory for {@link DecompoundFilter}, SPI name {@value #NAME}; argument {@code dictionaries} as
 * for {@link HanLPTokenizerFactory} (the same lists must be given to both).
 */
public final class DecompoundFilterFactory extends TokenFilterFactory {

    public static final String NAME = "hanlpDecompound";

    private final List<String> dictionaries;

    public DecompoundFilterFactory(Map<String, String> args) {
        super(args);
        this.dictionaries = DomainDictionary.lists(get(args, "dictionaries"));
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for SPI lookup only. */
    public DecompoundFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new DecompoundFilter(input, DomainDictionary.load(dictionaries).decomposer());
    }
}
