package com.policyminer.cli;

import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.search.WorkCatalog;
import com.policyminer.works.Works;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "works", description = "List the works: reports found in several files (the same text as PDF, Word, a repost), "
        + "and the versions and overlaps between works (as /api/works).")
final class WorksCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    BackendFlags backend;

    @Option(names = "--all", description = "also list the works of one file")
    boolean all;

    @Option(names = "--json", description = "print JSON (same as /api/works?all=…)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Engine engine = Engine.open(common.config(), backend.options(), false)) {
            engine.requireCurrentIndex();
            WorkCatalog.View view = engine.reads().works();
            List<Works.Work> works = view.works().works().stream().filter(w -> all || w.files().size() > 1).toList();
            if (json) {
                System.out.println(StoredJson.write(Map.of("works", view.works().works().size(), "files", view.workOfDoc().size(),
                        "total", works.size(), "items", works, "links", view.works().links())));
                return 0;
            }
            System.out.printf("%d files, %d works (%d in more than one file), %d links%n", view.workOfDoc().size(),
                    view.works().works().size(), view.works().works().stream().filter(w -> w.files().size() > 1).count(),
                    view.works().links().size());
            for (Works.Work w : works) {
                System.out.printf("%nwork %s%n", w.id());
                for (Works.Member m : w.files()) {
                    var p = view.provenance().get(m.docId());
                    String from = p == null ? "" : (p.uploadedAt() == null ? "" : "  uploaded " + p.uploadedAt())
                            + (p.uploadedBy() == null ? "" : " by " + p.uploadedBy())
                            + (p.sourceUrl() == null ? "" : "  from " + p.sourceUrl());
                    String name = m.path().endsWith(m.fileName()) ? m.path() : m.fileName() + " (" + m.path() + ")";
                    System.out.printf("  %-50s similarity %.3f%s%n", name, m.similarity(), from);
                }
            }
            for (Works.Link l : view.works().links()) {
                System.out.printf("%n%s: %s ↔ %s  similarity %.3f, shared %.0f%% / %.0f%%%n", l.kind(), l.a(), l.b(),
                        l.similarity(), l.shareA() * 100, l.shareB() * 100);
            }
            return 0;
        }
    }
}
