package com.policyminer.bench;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.extract.Extraction;
import com.policyminer.index.Analyzers;
import com.policyminer.index.IndexedReport;
import com.policyminer.index.LuceneIndex;
import com.policyminer.ingest.CorpusScanner;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.ParsedDocument;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -cp policy-miner-bench.jar com.policyminer.bench.IndexOnlyMain CORPUS INDEX [THREADS]}: our ingest with
 * extraction off, as a fresh process for the cold benchmark — every file of the folder through Tika, one HanLP
 * pass and our schema (the warm benchmark's {@code ours-index-only}), on THREADS threads (default: all cores),
 * into a new index. Prints {@code files=N failed=N cpu_ms=N}; exit code 2 when a file failed.
 */
public final class IndexOnlyMain {

    private IndexOnlyMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: IndexOnlyMain CORPUS INDEX [THREADS]");
            System.exit(64);
        }
        Config config = Config.fromEnvironment().withThreads(args.length == 3 ? Integer.valueOf(args[2]) : null);
        List<CorpusScanner.CorpusFile> files = CorpusScanner.scan(Path.of(args[0]));
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        DocumentPipeline pipeline = Engine.pipeline(config, hanlp);
        ParallelIngest.Outcome o;
        try (LuceneIndex index = new LuceneIndex(Dirs.fresh(Path.of(args[1])), new Analyzers(hanlp))) {
            o = new ParallelIngest(config.threads(), config.commitEvery()).run(files, f -> {
                ParsedDocument d = pipeline.parser().parse(f.file(), f.path());
                index.upsert(new IndexedReport(pipeline.analyze(d), Extraction.NONE));
                return d.text().length();
            }, index::commit, index::flushBuffered);
        }
        System.out.printf("files=%d failed=%d cpu_ms=%d%n", files.size(), o.failed(), ProcessCpu.nanos() / 1_000_000);
        System.exit(o.failed() > 0 ? 2 : 0);
    }
}
