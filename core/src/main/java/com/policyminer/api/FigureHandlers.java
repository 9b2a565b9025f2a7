package com.policyminer.api;

import com.policyminer.app.Engine;
import com.policyminer.search.FigureCsv;
import com.policyminer.search.FigureHit;
import com.policyminer.search.FigureQuery;
import com.policyminer.search.FigureSink;
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
                csv ? 1 : Params.integer(ctx, "page", 1, 1, 100_000),
                csv ? 1 : Params.integer(ctx, "size", 50, 1, FigureQuery.MAX_SIZE));
        if (csv) {
            csv(ctx, q);
        } else {
            ctx.json(engine.reads().figures(q));
        }
    }

    /** Most rows one CSV download carries (its memory does not grow with them: see {@link #csv}). */
    static final int MAX_CSV_ROWS = 1_000_000;
    /** Rows written to the response before it is flushed to the client. */
    private static final int FLUSH_ROWS = 500;

    /**
     * Every matching figure as CSV ({@code size} rows from page {@code page} when given), streamed: the
     * rows go to the client as they are read, a page of matches at a time (SearchService#exportFigures), so
     * neither the rows nor a search slot are held while the client reads. The total matching is in
     * {@code X-Total-Count}; a download cut at {@link #MAX_CSV_ROWS} says so in {@code X-Truncated}.
     */
    private void csv(Context ctx, FigureQuery q) throws IOException {
        int size = Params.integer(ctx, "size", MAX_CSV_ROWS, 1, MAX_CSV_ROWS);
        int page = Params.integer(ctx, "page", 1, 1, MAX_CSV_ROWS);
        long offset = (long) (page - 1) * size;
        StringBuilder rows = new StringBuilder();
        FigureCsv.header(rows);
        java.io.Writer[] out = {null};
        engine.reads().exportFigures(q, offset, size, new FigureSink() {
            private int pending;

            @Override
            public void total(long total) {
                // the headers go out before the first row; a failure up to here is still a JSON error
                ctx.contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"figures.csv\"")
                        .header("X-Total-Count", String.valueOf(total));
                if (total - offset > size && size == MAX_CSV_ROWS) {
                    ctx.header("X-Truncated", "true");
                }
                out[0] = new java.io.OutputStreamWriter(ctx.outputStream(), java.nio.charset.StandardCharsets.UTF_8);
            }

            @Override
            public void accept(FigureHit hit) throws IOException {
                FigureCsv.row(rows, hit);
                if (++pending >= FLUSH_ROWS) {
                    out[0].write(rows.toString());
                    out[0].flush();
                    rows.setLength(0);
                    pending = 0;
                }
            }
        });
        out[0].write(rows.toString());
        out[0].flush();
    }

    void ofDocument(Context ctx) throws IOException {
        String id = DocumentHandlers.id(ctx);
        if (!engine.reads().exists(id)) {
            throw new NotFoundException("no document with id " + id);
        }
        FigureResult r = engine.reads().figures(FigureQuery.ofDocuments(List.of(id), FigureQuery.MAX_SIZE));
        ctx.json(Map.of("id", id, "total", r.total(), "figures", r.figures()));
    }
}
