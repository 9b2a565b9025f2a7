package com.policyminer.cli;

import com.policyminer.app.Engine;
import com.policyminer.compare.TextTable;
import com.policyminer.index.StoredJson;
import com.policyminer.model.EntityType;
import com.policyminer.search.ExportCsv;
import com.policyminer.search.MentionHit;
import com.policyminer.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "mentions", description = "List mentions of regions, organizations and policies with their context and page (as /api/mentions).")
final class MentionsCommand implements Callable<Integer> {


    @Mixin
    CommonOptions common;

    @Mixin
    BackendFlags backend;

    @Option(names = "--type", description = "region, org or policy (default: all)") String type;
    @Option(names = "--entity", description = "an entity's name (repeatable), e.g. 西安市") List<String> entity;
    @Option(names = "--doc", description = "a document's id (repeatable)") List<String> doc;
    @Option(names = "--limit", defaultValue = "500", description = "mentions to list, 1 to 10000 (default 500)") int limit;
    @Option(names = "--json", description = "print JSON (same as /api/mentions)") boolean json;
    @Option(names = "--csv", description = "print CSV (same as /api/mentions?format=csv)") boolean csv;

    @Override
    public Integer call() throws Exception {
        if (type != null && java.util.Arrays.stream(EntityType.values()).noneMatch(t -> t.dim().equals(type))) {
            return usage("--type must be region, org or policy (it was " + type + ")");
        }
        if (limit < 1 || limit > 10_000) {
            return usage("--limit must be between 1 and 10000 (it was " + limit + ")");
        }
        if (json && csv) {
            return usage("give --json or --csv, not both");
        }
        try (Engine engine = Engine.open(common.config(), backend.options(), true)) {
            engine.requireCurrentIndex();
            List<MentionHit> hits = engine.reads().mentions(SearchService.mentionType(type), entity == null ? List.of() : entity,
                    doc == null ? List.of() : doc, limit);
            if (json) {
                System.out.println(StoredJson.write(Map.of("total", hits.size(), "mentions", hits)));
            } else if (csv) {
                System.out.print(ExportCsv.mentions(hits));
            } else {
                TextTable t = new TextTable("type", "entity", "as written", "document", "page", "context");
                hits.forEach(m -> t.row(Cells.clip(40, m.type(), m.entity(), m.surface(),
                        m.docTitle() == null || m.docTitle().isBlank() ? m.docPath() : m.docTitle(),
                        m.pageLabel() == null ? "" : m.pageLabel(), m.context())));
                System.out.print(t.render(""));
                System.out.printf("%d mentions%n", hits.size());
            }
            return 0;
        }
    }

    private static int usage(String message) {
        System.err.println("error: " + message);
        return 2;
    }
}
