package com.policyminer.cli;

import com.policyminer.app.Engine;
import com.policyminer.compare.CompareFilter;
import com.policyminer.compare.ComparisonTables;
import com.policyminer.compare.Conflict;
import com.policyminer.index.StoredJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "conflicts", description = "List conflicting figures and suspected mis-datings across reports, most serious first (as /api/conflicts).")
final class ConflictsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    BackendFlags backend;

    @Option(names = "--subject") String subject;
    @Option(names = "--indicator") String indicator;
    @Option(names = "--json", description = "print JSON (same as /api/conflicts)") boolean json;

    @Option(names = "--collection", description = "only the reports in this collection (repeatable)") List<String> collection;

    private List<String> collections() {
        return collection == null ? List.of() : collection;
    }

    @Override
    public Integer call() throws Exception {
        try (Engine engine = Engine.open(common.config(), backend.options(), true)) {
            engine.requireCurrentIndex();
            CompareFilter filter = CompareFilter.parse(subject == null ? "" : subject, indicator == null ? "" : indicator, "");
            List<Conflict> conflicts = engine.conflicts(filter, collections(), List.of());
            System.out.print(json ? StoredJson.write(Map.of("total", conflicts.size(), "conflicts", conflicts)) + "\n"
                    : ComparisonTables.formatConflicts(conflicts, new DocumentNames(engine.reads())));
            return 0;
        }
    }
}
