package com.policyminer.analysis;

import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

import java.util.List;
import java.util.Map;

/**
 * Factory for {@link HanLPTokenizer}, loadable by SPI name {@value #NAME} from any Lucene-based
 * engine (Solr: {@code <tokenizer name="hanlp" dictionaries="…"/>}).
 *
 * <p>Arguments: {@code dictionaries} — comma-separated word lists (class-path resources or file
 * paths); default: the lists shipped with the analyzer.
 */
public final class HanLPTokenizerFactory extends TokenizerFactory {

    public static final String NAME = "hanlp";

    private final List<String> dictionaries;

    public HanLPTokenizerFactory(Map<String, String> args) {
        super(args);
        this.dictionaries = DomainDictionary.lists(get(args, "dictionaries"));
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
        DomainDictionary.load(dictionaries);
    }

    /** Default constructor for SPI lookup only. */
    public HanLPTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public HanLPTokenizer create(AttributeFactory factory) {
        return new HanLPTokenizer(factory, dictionaries);
    }
}
