package com.policyminer.cli;

import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.model.Figure;
import com.policyminer.search.FigureHit;
import com.policyminer.search.FigureQuery;
import com.policyminer.search.FigureResult;
import com.policyminer.compare.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "figures", description = "List extracted figures as a table, CSV or JSON (same filters as /api/figures).")
final class FiguresCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    BackendFlags backend;

    @Option(names = "--subject", description = "region or organization, e.g. 西安") List<String> subjects;
    @Option(names = "--expand", description = "include sub-regions of --subject") boolean expand;
    @Option(names = "--subject-type", split = ",", description = "region, region-group, organization, company, sector, "
            + "market, programme, other (repeatable or comma-separated)") List<String> subjectTypes;
    @Option(names = "--indicator", description = "an indicator concept by any of its names (研发投入强度 also finds "
            + "R&D经费投入强度, 研发强度), else words of the indicator, e.g. R&D经费") String indicator;
    @Option(names = "--exact", description = "--indicator as the literal phrase only, not its concept") boolean exact;
    @Option(names = "--q", description = "words in the sentence") String q;
    @Option(names = "--year", description = "a year or a range: 2020, 2013-2019") String year;
    @Option(names = "--unit", description = "unit as written (亿元) or normalized (CNY)") String unit;
    @Option(names = "--kind", description = "level, share, growth, change, rank, multiple, count") String kind;
    @Option(names = "--min", description = "lowest normalized value") Double min;
    @Option(names = "--max", description = "highest normalized value") Double max;
    @Option(names = "--sort", defaultValue = "document", description = "document, value, -value, year, -year") String sort;
    @Option(names = "--limit", defaultValue = "100") int limit;
    @Option(names = "--collection", description = "only the reports in this collection (repeatable)") List<String> collection;
    @Option(names = "--csv", description = "print CSV (same columns as /api/figures?format=csv)") boolean csv;
    @Option(names = "--json", description = "print JSON (same as /api/figures)") boolean json;

    @Override
    public Integer call() throws Exception {
        int[] years = com.policyminer.search.FigureYears.parse(year == null ? "" : year);
        try (Engine engine = Engine.open(common.config(), backend.options(), true)) {
            engine.requireCurrentIndex();
            FigureResult r = engine.reads().figures(new FigureQuery(q, subjects, expand, subjectTypes, indicator, exact,
                    years == null ? null : years[0], years == null ? null : years[1], unit, kind,
                    engine.documentsIn(collection == null ? List.of() : collection, List.of(), List.of()), min, max,
                    sort, 1, Math.max(1, Math.min(limit, FigureQuery.MAX_SIZE))));
            if (json) {
                System.out.println(StoredJson.write(r));
            } else if (csv) {
                System.out.print(com.policyminer.search.FigureCsv.write(r.figures()).substring(1));
            } else {
                TextTable t = new TextTable("subject", "subject type", "indicator", "year", "value", "unit", "normalized", "kind",
                        "document", "page");
                for (FigureHit h : r.figures()) {
                    Figure f = h.figure();
                    t.row(Cells.clip(40, f.subject(), f.subjectType(), f.indicator(), year(f), f.numberText(),
                            f.unit(), String.format("%.6g %s", f.normalizedValue(), f.normalizedUnit()), f.kind(), h.docPath(),
                            Cells.page(f)));
                }
                System.out.print(t.render(""));
                System.out.printf("%d of %d figures%n", r.figures().size(), r.total());
            }
            return 0;
        }
    }

    /** The year, its period, or nothing; "2023 (relative)" or "2023 (document date)" when not written as a year. */
    static String year(Figure f) {
        if (f.year() == null) {
            return f.period();
        }
        String y = f.period().isEmpty() ? f.year().toString() : f.period();
        return switch (f.yearSource()) {
            case "relative" -> y + " (relative)";
            case "document-date" -> y + " (document date)";
            default -> y;
        };
    }
}
