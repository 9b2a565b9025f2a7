package com.policyminer.cli;

import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
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

    @Parameters(index = "0", paramLabel = "QUERY")
    String query;

    @Option(names = "--limit", defaultValue = "10", description = "hits to show (default 10)")
    int limit;

    @Option(names = "--json", description = "print the result as JSON (same shape as /api/search)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Engine engine = new Engine(common.config())) {
            engine.requireCurrentIndex();
            SearchResult r = engine.search().search(SearchRequest.of(query, Math.max(1, Math.min(limit, SearchRequest.MAX_SIZE))));
            if (json) {
                System.out.println(StoredJson.write(r));
                return 0;
            }
            System.out.printf("%d reports match %s (%d ms)%n", r.total(), query, r.tookMs());
            int i = 0;
            for (SearchResult.Hit h : r.hits()) {
                String where = h.fileName() == null || h.path().endsWith("/" + h.fileName()) || h.path().equals(h.fileName())
                        ? h.path() : h.fileName() + " (" + h.path() + ")";
                System.out.printf("%n%d. %s  [%s, %s, score %.2f]%n   %s%n", ++i, h.title(), where,
                        h.date() == null ? "no date" : h.date(), h.score(), h.id());
                for (SearchResult.Passage p : h.passages()) {
                    System.out.println("   … " + Terminal.marks(p.html()) + (p.pageLabel() == null ? "" : "  (p. " + p.pageLabel() + ")"));
                }
            }
            return 0;
        }
    }
}
