package com.policyminer.api;

import com.policyminer.app.Engine;
import com.policyminer.search.ExportCsv;
import com.policyminer.search.SearchRequest;
import com.policyminer.search.SearchResult;
import io.javalin.http.Context;

import java.io.IOException;

/** GET /api/search ({@code format=csv|json} for a download of the page of hits). */
final class SearchHandlers {

    private final Engine engine;

    SearchHandlers(Engine engine) {
        this.engine = engine;
    }

    void search(Context ctx) throws IOException {
        String format = Export.format(ctx);
        SearchRequest r = new SearchRequest(
                Params.string(ctx, "q", ""),
                Params.string(ctx, "syntax", "auto"),
                Params.integer(ctx, "page", 1, 1, SearchRequest.MAX_WINDOW),
                Params.integer(ctx, "size", 10, 1, SearchRequest.MAX_SIZE),
                Params.string(ctx, "cursor", null),
                CollectionHandlers.documents(ctx, engine, Params.list(ctx, "doc")),
                Params.date(ctx, "from"),
                Params.date(ctx, "to"),
                Params.string(ctx, "sort", "relevance"),
                Params.list(ctx, "region"),
                Params.bool(ctx, "expand"),
                Params.list(ctx, "policy"),
                Params.list(ctx, "org"),
                Params.bool(ctx, "synonyms", true),
                Params.bool(ctx, "collapse", true));
        SearchResult result = engine.reads().search(r);
        Export.send(ctx, format, "search", () -> ExportCsv.hits(result), result);
    }
}
