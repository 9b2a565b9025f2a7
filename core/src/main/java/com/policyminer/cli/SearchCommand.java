package com.policyminer.cli;

import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.search.ExportCsv;
import com.policyminer.search.SearchRequest;
import com.policyminer.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "search", description = "Search the indexed reports (Lucene syntax or plain Chinese).")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    BackendFlags backend;

    @Parameters(index = "0", paramLabel = "QUERY")
    String query;

    @Option(names = "--limit", defaultValue = "10", description = "hits to show (default 10)")
    int limit;

    @Option(names = "--json", description = "print the result as JSON (same shape as /api/search)")
    boolean json;

    @Option(names = "--csv", description = "print the hits as CSV (same as /api/search?format=csv)")
    boolean csv;

    @Option(names = "--no-synonyms", description = "search each word as written (no indicator synonyms, region aliases or abbreviation members)")
    boolean noSynonyms;

    @Option(names = "--expand", description = "a region word also matches the places below it (西安 → 雁塔区 …)")
    boolean expand;

    @Option(names = "--collection", description = "only the reports in this collection (repeatable)")
    java.util.List<String> collection;

    @Option(names = "--no-collapse", description = "list every file as a hit (by default the files of one work — the same report as PDF, Word, a repost — are one hit)")
    boolean noCollapse;

    @Override
    public Integer call() throws Exception {
        if (query.isBlank()) {
            return usage("QUERY is empty: give the words to search for");
        }
        if (limit < 1 || limit > SearchRequest.MAX_SIZE) {
            return usage("--limit must be between 1 and " + SearchRequest.MAX_SIZE + " (it was " + limit + ")");
        }
        try (Engine engine = Engine.open(common.config(), backend.options(), true)) {
            engine.requireCurrentIndex();
            SearchResult r = engine.reads().search(new SearchRequest(query, "auto", 1,
                    limit, null,
                    engine.documentsIn(collection == null ? java.util.List.of() : collection, java.util.List.of(), java.util.List.of()),
                    null, null, "relevance",
                    java.util.List.of(), expand, java.util.List.of(), java.util.List.of(), !noSynonyms, !noCollapse));
            if (json) {
                System.out.println(StoredJson.write(r));
                return 0;
            }
            if (csv) {
                System.out.print(ExportCsv.hits(r));
                return 0;
            }
            System.out.printf("%d reports match %s%s (%d ms)%n", r.total(), query,
                    r.relaxed() ? " (not every word: reports matching most words follow)" : "", r.tookMs());
            r.expansions().forEach((chunk, alternatives) ->
                    System.out.printf("%s also matches: %s%n", chunk, String.join(", ", alternatives)));
            int i = 0;
            for (SearchResult.Hit h : r.hits()) {
                String where = h.fileName() == null || h.path().endsWith("/" + h.fileName()) || h.path().equals(h.fileName())
                        ? h.path() : h.fileName() + " (" + h.path() + ")";
                System.out.printf("%n%d. %s  [%s, %s, score %.2f]%n   %s%n", ++i, h.title(), where,
                        h.date() == null ? "no date" : h.date(), h.score(), h.id());
                if (h.sourceUrl() != null || h.uploadedAt() != null) {
                    System.out.printf("   %s%s%n", h.sourceUrl() == null ? "" : "from " + h.sourceUrl() + "  ",
                            h.uploadedAt() == null ? "" : "uploaded " + h.uploadedAt() + (h.uploadedBy() == null ? "" : " by " + h.uploadedBy()));
                }
                if (!h.alsoAs().isEmpty()) {
                    System.out.printf("   also as: %s%n", String.join(", ", h.alsoAs()));
                }
                if (!h.missing().isEmpty()) {
                    System.out.printf("   matched: %s   missing: %s%n", String.join(" ", h.matched()), String.join(" ", h.missing()));
                }
                for (SearchResult.Passage p : h.passages()) {
                    System.out.println("   … " + Terminal.marks(p.html()) + (p.pageLabel() == null ? "" : "  (p. " + p.pageLabel() + ")"));
                }
            }
            return 0;
        }
    }

    private static int usage(String message) {
        System.err.println("error: " + message);
        return 2;
    }
}
