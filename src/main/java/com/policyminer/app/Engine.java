package com.policyminer.app;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.index.Analyzers;
import com.policyminer.index.LuceneIndex;
import com.policyminer.ingest.CorpusIngest;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.parse.TikaDocumentParser;
import com.policyminer.search.RegionExpander;
import com.policyminer.search.ReportLookup;
import com.policyminer.search.ReportSearch;

import java.io.Closeable;
import java.io.IOException;

/**
 * The composition root: builds every step of the pipeline once, from a {@link Config}, for the
 * CLI and the HTTP server alike.
 */
public final class Engine implements Closeable {

    private final Config config;
    private final DocumentPipeline pipeline;
    private final LuceneIndex index;
    private final ReportSearch search;
    private final ReportLookup lookup;

    public Engine(Config config) throws IOException {
        this.config = config;
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        Analyzers analyzers = new Analyzers(hanlp);
        this.pipeline = pipeline(config, hanlp);
        this.index = new LuceneIndex(config.index(), analyzers);
        RegionExpander regions = RegionExpander.IDENTITY;
        this.search = new ReportSearch(index.searchers(), analyzers, regions);
        this.lookup = new ReportLookup(index.searchers(), analyzers);
    }

    /** The parse → analyze → extract pipeline alone, without an index (for {@code extract}). */
    public static DocumentPipeline pipeline(Config config, HanLPAnalyzer hanlp) {
        return new DocumentPipeline(new TikaDocumentParser(config.limits()), hanlp, Extractors.standard());
    }

    public CorpusIngest ingest() {
        return new CorpusIngest(pipeline, index, config.threads(), config.commitEvery());
    }

    public Config config() {
        return config;
    }

    public DocumentPipeline pipeline() {
        return pipeline;
    }

    public LuceneIndex index() {
        return index;
    }

    public ReportSearch search() {
        return search;
    }

    public ReportLookup lookup() {
        return lookup;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
