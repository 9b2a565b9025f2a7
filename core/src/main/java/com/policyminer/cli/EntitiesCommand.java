package com.policyminer.cli;

import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.search.SearchService;
import com.policyminer.search.ExportCsv;
import com.policyminer.compare.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "entities", description = "List the regions, policies or organizations mentioned in the index (as /api/regions, /api/policies, /api/orgs).")
final class EntitiesCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    BackendFlags backend;

    @Parameters(index = "0", paramLabel = "TYPE", description = "regions, policies or orgs")
    String type;

    @Option(names = "--json", description = "print JSON") boolean json;
    @Option(names = "--csv", description = "print CSV (as /api/regions?format=csv …)") boolean csv;
    @Option(names = "--collection", description = "only the reports of this collection (repeatable; as collection= in the API)")
    java.util.List<String> collections = new java.util.ArrayList<>();
    @Option(names = "--tag", description = "only the reports with this tag (repeatable)")
    java.util.List<String> tags = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (Engine engine = Engine.open(common.config(), backend.options(), true)) {
            engine.requireCurrentIndex();
            SearchService c = engine.reads();
            java.util.List<String> in = engine.documentsIn(collections, tags, java.util.List.of());
            java.util.List<String> docs = in.isEmpty() ? null : in;
            switch (type) {
                case "regions" -> {
                    var list = c.regions("", docs);
                    if (json) {
                        System.out.println(StoredJson.write(Map.of("total", list.size(), "regions", list)));
                        return 0;
                    }
                    if (csv) {
                        System.out.print(ExportCsv.regions(list));
                        return 0;
                    }
                    TextTable t = new TextTable("region", "level", "code", "parents", "mentions", "documents");
                    list.forEach(r -> t.row(Cells.clip(40, r.name(), r.level(), r.code(), String.join(" → ", r.parents()), r.mentions(), r.documents())));
                    System.out.print(t.render(""));
                }
                case "policies" -> {
                    var list = c.policies("", docs);
                    if (json) {
                        System.out.println(StoredJson.write(Map.of("total", list.size(), "policies", list)));
                        return 0;
                    }
                    if (csv) {
                        System.out.print(ExportCsv.policies(list));
                        return 0;
                    }
                    TextTable t = new TextTable("title", "kind", "issuer", "date", "mentions", "documents");
                    list.forEach(p -> t.row(Cells.clip(40, java.util.Set.of("strategy", "programme", "period", "slogan").contains(p.kind()) ? p.title() : "《" + p.title() + "》", p.kind(), p.issuer(), p.date(), p.mentions(), p.documents())));
                    System.out.print(t.render(""));
                }
                case "orgs" -> {
                    var list = c.organizations("", docs);
                    if (json) {
                        System.out.println(StoredJson.write(Map.of("total", list.size(), "organizations", list)));
                        return 0;
                    }
                    if (csv) {
                        System.out.print(ExportCsv.organizations(list));
                        return 0;
                    }
                    TextTable t = new TextTable("organization", "kind", "level", "part of", "mentions", "documents");
                    list.forEach(o -> t.row(Cells.clip(40, o.name(), o.kind(), o.level(), o.parent(), o.mentions(), o.documents())));
                    System.out.print(t.render(""));
                }
                default -> {
                    System.err.println("TYPE must be regions, policies or orgs");
                    return 2;
                }
            }
            return 0;
        }
    }
}
