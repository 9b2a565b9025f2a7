package com.policyminer.index;

import com.policyminer.analysis.CjkBigramAnalyzer;
import com.policyminer.analysis.HanLPAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import java.util.HashMap;
import java.util.Map;

/** The per-field analyzers of {@link Schema}, the same at index and at query time. */
public final class Analyzers {

    private final HanLPAnalyzer hanlp;
    private final Analyzer bigram;
    private final Analyzer perField;

    public Analyzers(HanLPAnalyzer hanlp) {
        this(hanlp, new CjkBigramAnalyzer());
    }

    /** With another analyzer for the bigram fields (tests use one that fails on purpose). */
    public Analyzers(HanLPAnalyzer hanlp, Analyzer bigram) {
        this.hanlp = hanlp;
        this.bigram = bigram;
        Map<String, Analyzer> map = new HashMap<>();
        for (Schema f : Schema.values()) {
            map.put(f.fieldName(), switch (f.kind()) {
                case TEXT_HANLP -> hanlp;
                case TEXT_BIGRAM -> bigram;
                default -> new KeywordAnalyzer();
            });
        }
        this.perField = new PerFieldAnalyzerWrapper(hanlp, map);
    }

    public HanLPAnalyzer hanlp() {
        return hanlp;
    }

    public Analyzer bigram() {
        return bigram;
    }

    /** Per-field analyzer over the whole schema. */
    public Analyzer perField() {
        return perField;
    }
}
