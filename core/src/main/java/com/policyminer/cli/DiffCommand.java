package com.policyminer.cli;

import com.policyminer.app.DocumentDiff;
import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.works.VersionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "diff", description = "What changed from one file to another (a draft and its final, a repost): "
        + "the figures changed, added and removed, and the passages only one of them has (as /api/documents/{id}/diff?to=).")
final class DiffCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    BackendFlags backend;

    @Parameters(index = "0", paramLabel = "FROM", description = "content id of the earlier file (the draft)")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "content id of the later file (the final)")
    String to;

    @Option(names = "--json", description = "print JSON (same as /api/documents/{FROM}/diff?to={TO})")
    boolean json;

    @Override
    public Integer call() throws Exception {
        for (String id : new String[] {from, to}) {
            if (!id.matches("[0-9a-f]{64}")) {
                System.err.println("error: a document is named by its content id (64 hex digits), not " + id);
                return 2;
            }
        }
        try (Engine engine = Engine.open(common.config(), backend.options(), false)) {
            engine.requireCurrentIndex();
            DocumentDiff d;
            try {
                d = DocumentDiff.of(engine, from, to);
            } catch (DocumentDiff.MissingDocument e) {
                System.err.println("error: " + e.getMessage());
                return 1;
            }
            if (json) {
                System.out.println(StoredJson.write(d));
                return 0;
            }
            VersionDiff.Result r = d.diff();
            System.out.printf("from %s (%s)%n  to %s (%s)%s%n", d.from().fileName(), d.from().title(), d.to().fileName(), d.to().title(),
                    d.sameWork() ? "  — one work" : "");
            System.out.printf("%d sentences in both, %d passages added, %d removed, %d figures changed, added or removed%n",
                    r.sameSentences(), r.addedCount(), r.removedCount(), r.figureCount());
            for (VersionDiff.FigureChange c : r.figures()) {
                String what = String.join(" ", c.subject(), c.indicator(), c.year() == null ? "" : c.year().toString()).trim();
                System.out.printf("  %-8s %-40s %s → %s%n", c.change(), what,
                        c.from() == null ? "—" : c.from().surface(), c.to() == null ? "—" : c.to().surface());
            }
            r.added().forEach(p -> System.out.printf("+ @%d %s%n", p.start(), oneLine(p.text())));
            r.removed().forEach(p -> System.out.printf("- @%d %s%n", p.start(), oneLine(p.text())));
            return 0;
        }
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
