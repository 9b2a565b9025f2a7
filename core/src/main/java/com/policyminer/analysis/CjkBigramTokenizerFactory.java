package com.policyminer.analysis;

import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

import java.util.Map;

/**
 * Factory for {@link CjkBigramTokenizer}, loadable by SPI name {@value #NAME} (Solr:
 * {@code <tokenizer name="cjkBigramChars"/>}). No arguments.
 */
public final class CjkBigramTokenizerFactory extends TokenizerFactory {

    public static final String NAME = "cjkBigramChars";

    public CjkBigramTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for SPI lookup only. */
    public CjkBigramTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public CjkBigramTokenizer create(AttributeFactory factory) {
        return new CjkBigramTokenizer(factory);
    }
}
