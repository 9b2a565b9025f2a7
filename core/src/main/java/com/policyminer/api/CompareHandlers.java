package com.policyminer.api;

import com.policyminer.app.Engine;
import com.policyminer.compare.CompareFilter;
import com.policyminer.compare.ComparisonGroup;
import com.policyminer.compare.Conflict;
import com.policyminer.compare.CooccurrenceLevel;
import com.policyminer.compare.CooccurrenceMatrix;
import com.policyminer.model.EntityType;
import com.policyminer.compare.Partners;
import com.policyminer.search.BadQueryException;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** GET /api/compare, /api/conflicts, /api/cooccurrence, /api/cooccurrence/partners. */
final class CompareHandlers {

    private final Engine engine;

    CompareHandlers(Engine engine) {
        this.engine = engine;
    }

    void compare(Context ctx) throws IOException {
        CompareFilter filter = filter(ctx);
        List<ComparisonGroup> groups = engine.compare(filter, Params.list(ctx, "collection"), Params.list(ctx, "tag"));
        // streamed: a whole-corpus comparison is tens of megabytes of JSON at 20,000 reports (not one string in the heap)
        ctx.jsonStream(Map.of("total", groups.size(), "groups", groups));
    }

    void conflicts(Context ctx) throws IOException {
        CompareFilter filter = filter(ctx);
        List<Conflict> conflicts = engine.conflicts(filter, Params.list(ctx, "collection"), Params.list(ctx, "tag"));
        int limit = Params.integer(ctx, "limit", 200, 1, 10_000);
        ctx.jsonStream(Map.of("total", conflicts.size(), "conflicts", conflicts.subList(0, Math.min(limit, conflicts.size()))));
    }

    void matrix(Context ctx) throws IOException {
        EntityType a = type(Params.string(ctx, "a", "region"));
        EntityType b = type(Params.string(ctx, "b", "policy"));
        CooccurrenceLevel level = level(Params.string(ctx, "level", "sentence"));
        int rows = Params.integer(ctx, "rows", 30, 1, 500);
        int cols = Params.integer(ctx, "cols", 30, 1, 500);
        CooccurrenceMatrix m = engine.cooccurrenceMatrix(a, b, level).limit(rows, cols);
        ctx.json(m);
    }

    void partners(Context ctx) throws IOException {
        String entity = Params.string(ctx, "entity", "");
        if (entity.isBlank()) {
            throw new BadQueryException("entity is required");
        }
        EntityType type = type(Params.string(ctx, "type", "region"));
        String with = Params.string(ctx, "with", "");
        int limit = Params.integer(ctx, "limit", 10, 1, 200);
        int examples = Params.integer(ctx, "examples", 3, 0, 20);
        List<com.policyminer.compare.DocumentMentions> docs = engine.documentsMentioning(entity, type);
        Partners p = engine.cooccurrence().partners(entity, type, docs, with.isBlank() ? null : type(with), limit, examples);
        ctx.json(p);
    }

    private static CompareFilter filter(Context ctx) {
        try {
            return CompareFilter.parse(Params.string(ctx, "subject", ""), Params.string(ctx, "indicator", ""),
                    Params.string(ctx, "year", ""));
        } catch (IllegalArgumentException e) {
            throw new BadQueryException(e.getMessage());
        }
    }

    private static EntityType type(String s) {
        try {
            return EntityType.parse(s);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException(e.getMessage());
        }
    }

    private static CooccurrenceLevel level(String s) {
        try {
            return CooccurrenceLevel.parse(s);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException(e.getMessage());
        }
    }
}
