package com.policyminer.cli;

import com.policyminer.app.Engine;
import com.policyminer.compare.CompareFilter;
import com.policyminer.compare.ComparisonGroup;
import com.policyminer.compare.ComparisonTables;
import com.policyminer.index.StoredJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "compare", description = "Compare what reports say about one indicator for one subject (as /api/compare).")
final class CompareCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    BackendFlags backend;

    @Option(names = "--subject", description = "region or organization, e.g. 北京") String subject;
    @Option(names = "--indicator", description = "indicator or a synonym, e.g. 研发投入强度") String indicator;
    @Option(names = "--year", description = "year") String year;
    @Option(names = "--json", description = "print JSON (same as /api/compare)") boolean json;

    @Option(names = "--collection", description = "only the reports in this collection (repeatable)") List<String> collection;

    private List<String> collections() {
        return collection == null ? List.of() : collection;
    }

    @Override
    public Integer call() throws Exception {
        try (Engine engine = Engine.open(common.config(), backend.options(), true)) {
            engine.requireCurrentIndex();
            CompareFilter filter = CompareFilter.parse(subject == null ? "" : subject, indicator == null ? "" : indicator,
                    year == null ? "" : year);
            List<ComparisonGroup> groups = engine.compare(filter, collections(), List.of());
            System.out.print(json ? StoredJson.write(Map.of("total", groups.size(), "groups", groups)) + "\n"
                    : ComparisonTables.formatComparison(groups, new DocumentNames(engine.reads())));
            return 0;
        }
    }
}
