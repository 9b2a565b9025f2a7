package com.policyminer.cli;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.compare.TextTable;
import com.policyminer.extract.DocumentView;
import com.policyminer.index.IndexedReport;
import com.policyminer.index.StoredJson;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.PolicyMention;
import com.policyminer.parse.ParseFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "extract", description = "Parse one file and print the document with everything extracted from it.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--json", description = "print JSON (the schema is in the README)")
    boolean json;

    @Option(names = "--limit", defaultValue = "30", description = "figures, regions, organizations and policies listed (default 30 each; the JSON has all)")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            System.err.println("error: --limit must be at least 1 (it was " + limit + ")");
            return 2;
        }
        DocumentPipeline pipeline = Engine.pipeline(Config.fromEnvironment(), new HanLPAnalyzer());
        try {
            IndexedReport r = pipeline.process(file, file.getFileName().toString());
            DocumentView view = DocumentView.of(r.analyzed().document(), r.extraction());
            if (json) {
                System.out.println(StoredJson.write(view));
            } else {
                printSummary(view);
            }
            r.analyzed().document().suspectLoss().ifPresent(reason -> System.err.println("warning: " + file + ": suspect_loss: " + reason));
            return 0;
        } catch (ParseFailure e) {
            System.err.println("error: " + file + ": " + e.getMessage() + " (" + e.reason() + ")");
            return 2;
        }
    }

    /** What a reader wants first: the document's facts, then its figures and entities as tables. */
    private void printSummary(DocumentView view) {
        System.out.printf("%s%n  %s · %s · %s · %,d characters%s · tables: %d%n", view.title(), view.path(),
                view.format(), view.date() == null ? "no date" : view.date(), view.text().length(),
                view.pages().isEmpty() ? "" : " · " + view.pages().size() + " pages", view.tables().size());
        System.out.printf("  id %s%n", view.id());
        System.out.printf("%nfigures (%d)%n", view.figures().size());
        TextTable figures = new TextTable("subject", "indicator", "year", "value", "unit", "normalized", "page", "sentence");
        view.figures().stream().limit(limit).forEach(f -> figures.row(Cells.clip(24, f.subject(), f.indicator(),
                f.year() == null ? f.period() : f.year(), f.numberText(), f.unit(),
                String.format("%.6g %s", f.normalizedValue(), f.normalizedUnit()), Cells.page(f),
                TextTable.clip(f.sentence().strip(), 40))));
        System.out.print(figures.render("  "));
        more(view.figures().size());
        System.out.printf("%nregions (%d)%n", view.regions().size());
        TextTable regions = new TextTable("region", "level", "in", "mentions");
        view.regions().stream().limit(limit).forEach(e -> regions.row(Cells.clip(30, e.name(), e.level(),
                String.join(" › ", e.parents()), e.mentions().size())));
        System.out.print(regions.render("  "));
        more(view.regions().size());
        System.out.printf("%norganizations (%d)%n", view.organizations().size());
        TextTable orgs = new TextTable("organization", "kind", "mentions");
        view.organizations().stream().limit(limit).forEach(e -> orgs.row(Cells.clip(40, e.name(), e.kind(), e.mentions().size())));
        System.out.print(orgs.render("  "));
        more(view.organizations().size());
        // one row per policy (its mentions counted), with the issuer and date of the mention that gives them
        Map<String, List<PolicyMention>> byTitle = new LinkedHashMap<>();
        view.policies().forEach(p -> byTitle.computeIfAbsent(p.title(), k -> new ArrayList<>()).add(p));
        System.out.printf("%npolicies (%d)%n", byTitle.size());
        TextTable policies = new TextTable("policy", "kind", "issuer", "date", "mentions", "first page");
        byTitle.values().stream().limit(limit).forEach(ms -> {
            PolicyMention first = ms.get(0);
            String issuer = ms.stream().map(PolicyMention::issuer).filter(x -> !x.isEmpty()).findFirst().orElse("");
            String date = ms.stream().map(PolicyMention::date).filter(x -> !x.isEmpty()).findFirst().orElse("");
            policies.row(Cells.clip(40, first.title(), first.kind(), issuer, date, ms.size(),
                    first.pageLabel() == null ? "" : first.pageLabel()));
        });
        System.out.print(policies.render("  "));
        more(byTitle.size());
    }

    private void more(int total) {
        if (total > limit) {
            System.out.printf("  … %d more (--limit, or --json for everything)%n", total - limit);
        }
    }
}
