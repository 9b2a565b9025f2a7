package com.policyminer.cli;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.extract.DocumentView;
import com.policyminer.index.IndexedReport;
import com.policyminer.index.StoredJson;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.parse.ParseFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "extract", description = "Parse one file and print the document with everything extracted from it.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--json", description = "print JSON (the schema is in the README)")
    boolean json;

    @Override
    public Integer call() {
        DocumentPipeline pipeline = Engine.pipeline(Config.fromEnvironment(), new HanLPAnalyzer());
        try {
            IndexedReport r = pipeline.process(file, file.getFileName().toString());
            DocumentView view = DocumentView.of(r.analyzed().document(), r.extraction());
            if (json) {
                System.out.println(StoredJson.write(view));
            } else {
                System.out.printf("%s%n  id %s%n  date %s, format %s, %d characters, %d tables%n  figures %d, regions %d, organizations %d, policies %d%n",
                        view.title(), view.id(), view.date(), view.format(), view.text().length(), view.tables().size(),
                        view.figures().size(), view.regions().size(), view.organizations().size(), view.policies().size());
            }
            r.analyzed().document().suspectLoss().ifPresent(reason -> System.err.println("warning: " + file + ": suspect_loss: " + reason));
            return 0;
        } catch (ParseFailure e) {
            System.err.println("error: " + file + ": " + e.getMessage() + " (" + e.reason() + ")");
            return 2;
        }
    }
}
