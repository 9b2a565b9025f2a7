package com.policyminer.cli;

import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.ingest.CollectionEditor;
import com.policyminer.ingest.Sidecar;
import com.policyminer.search.WorkCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "collections", description = "List the collections (corpus folders unless set) and tags with their reports; "
        + "--set ID puts a report into collections and gives it tags (kept in its sidecar, so a re-ingest keeps them).")
final class CollectionsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    BackendFlags backend;

    @Option(names = "--set", paramLabel = "ID", description = "the report (content id) whose collections or tags to set")
    String id;

    @Option(names = "--collection", description = "with --set: a collection of the report (repeatable; replaces its folders)")
    List<String> collections;

    @Option(names = "--no-collection", description = "with --set: the report is in no collection")
    boolean none;

    @Option(names = "--tag", description = "with --set: a tag of the report (repeatable; replaces its tags)")
    List<String> tags;

    @Option(names = "--json", description = "print JSON (same as /api/collections)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Engine engine = Engine.open(common.config(), backend.options(), false)) {
            engine.requireCurrentIndex();
            if (id != null) {
                return set(engine);
            }
            WorkCatalog.View view = engine.reads().works();
            Map<String, Integer> counts = WorkCatalog.collectionCounts(view);
            Map<String, Integer> tagCounts = new java.util.TreeMap<>();
            view.tags().values().forEach(ts -> ts.forEach(t -> tagCounts.merge(t, 1, Integer::sum)));
            if (json) {
                System.out.println(StoredJson.write(Map.of("collections", counts, "tags", tagCounts)));
                return 0;
            }
            System.out.printf("%d collections, %d tags%n", counts.size(), tagCounts.size());
            counts.forEach((name, n) -> System.out.printf("  %-40s %d reports%n", name, n));
            tagCounts.forEach((name, n) -> System.out.printf("  #%-39s %d reports%n", name, n));
            return 0;
        }
    }

    private int set(Engine engine) throws Exception {
        if (collections == null && tags == null && !none) {
            System.err.println("error: --set needs --collection, --no-collection or --tag");
            return 2;
        }
        String path = engine.index().indexedReports().entrySet().stream().filter(e -> e.getValue().equals(id))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (path == null) {
            System.err.println("error: no report with id " + id);
            return 1;
        }
        Sidecar s = new CollectionEditor(engine.pipeline(), engine.index(), engine.config().corpus())
                .set(path, none ? List.of() : collections, tags);
        System.out.printf("%s: collections %s, tags %s%n", path, s.collections() == null ? "(its folders)" : s.collections(),
                s.tags() == null ? "[]" : s.tags());
        return 0;
    }
}
