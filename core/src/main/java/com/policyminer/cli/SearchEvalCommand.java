package com.policyminer.cli;

import com.policyminer.eval.SearchEvaluation;
import com.policyminer.index.StoredJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "eval-search", description = "Search quality on the evaluation set (run from the repository root): "
        + "ours against stock SmartChinese and CJK-bigram indexes over the same files, and whether our first two "
        + "passages show the sentence an analyst would cite.")
final class SearchEvalCommand implements Callable<Integer> {

    @Option(names = "--out", description = "also write the scores and every ranked list as JSON to this file")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("policyminer-eval");
        SearchEvaluation.Report report = SearchEvaluation.ofRepository().run(work);
        SearchEvaluation.print(report, System.out);
        if (out != null) {
            Files.writeString(out, StoredJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report),
                    StandardCharsets.UTF_8);
        }
        return 0;
    }
}
