package com.policyminer.api;

import com.policyminer.app.Engine;
import com.policyminer.search.FigureCsv;
import com.policyminer.search.FigureQuery;
import com.policyminer.search.FigureYears;
import com.policyminer.search.FigureResult;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** GET /api/figures (JSON or CSV) and GET /api/documents/{id}/figures. */
final class FigureHandlers {

    private final Engine engine;

    FigureHandlers(Engine engine) {
        this.engine = engine;
    }

    void search(Context ctx) throws IOException {
        boolean csv = "csv".equalsIgnoreCase(Params.string(ctx, "format", "json"));
        int[] years = FigureYears.parse(Params.string(ctx, "year", ""));
        FigureQuery q = new FigureQuery(
                Params.string(ctx, "q", ""),
                Params.list(ctx, "subject"),
                Params.bool(ctx, "expand"),
                Params.list(ctx, "subjectType"),
                Params.string(ctx, "indicator", ""),
                Params.bool(ctx, "exact"),
                years == null ? null : years[0],
                years == null ? null : years[1],
                Params.string(ctx, "unit", ""),
                Params.string(ctx, "kind", ""),
                CollectionHandlers.documents(ctx, engine, Params.list(ctx, "doc")),
                Params.number(ctx, "min"),
                Params.number(ctx, "max"),
                Params.string(ctx, "sort", "document"),
                Params.integer(ctx, "page", 1, 1, 100_000),
                Params.integer(ctx, "size", csv ? FigureQuery.MAX_SIZE : 50, 1, FigureQuery.MAX_SIZE));
        FigureResult r = engine.figures().search(q);
        if (csv) {
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"figures.csv\"")
                    .result(FigureCsv.write(r.figures()));
        } else {
            ctx.json(r);
        }
    }

    void ofDocument(Context ctx) throws IOException {
        String id = DocumentHandlers.id(ctx);
        if (!engine.lookup().exists(id)) {
            throw new NotFoundException("no document with id " + id);
        }
        FigureResult r = engine.figures().search(FigureQuery.ofDocuments(List.of(id), FigureQuery.MAX_SIZE));
        ctx.json(Map.of("id", id, "total", r.total(), "figures", r.figures()));
    }
}
