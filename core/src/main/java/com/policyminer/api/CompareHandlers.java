package com.policyminer.api;

import com.policyminer.app.Engine;
import com.policyminer.compare.CompareFilter;
import com.policyminer.compare.ComparisonGroup;
import com.policyminer.compare.Conflict;
import com.policyminer.compare.ConflictList;
import com.policyminer.compare.CooccurrenceLevel;
import com.policyminer.compare.CooccurrenceMatrix;
import com.policyminer.model.EntityType;
import com.policyminer.compare.Partners;
import com.policyminer.search.BadQueryException;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /api/compare, /api/conflicts, /api/cooccurrence, /api/cooccurrence/partners. */
final class CompareHandlers {

    private final Engine engine;

    CompareHandlers(Engine engine) {
        this.engine = engine;
    }

    /** Groups listed when not asked otherwise, and figures listed per group. */
    static final int GROUPS = 50;
    static final int FIGURES = 10;

    /**
     * The groups from {@code offset} on, at most {@code limit}, each listing its figures from {@code figureOffset} on, at
     * most {@code figures} (only those are read from the index): a subject's whole comparison at 100,000 reports is
     * hundreds of groups of thousands of figures.
     */
    void compare(Context ctx) throws IOException {
        CompareFilter filter = filter(ctx);
        int limit = Params.integer(ctx, "limit", GROUPS, 1, 1_000);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int figures = Params.integer(ctx, "figures", FIGURES, 0, 1_000);
        int figureOffset = Params.integer(ctx, "figureOffset", 0, 0, Integer.MAX_VALUE);
        List<ComparisonGroup> groups = engine.compare(filter, Params.list(ctx, "collection"), Params.list(ctx, "tag"));
        List<ComparisonGroup> page = window(groups, offset, limit).stream().map(g -> g.window(figureOffset, figures)).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", groups.size());
        out.put("offset", offset);
        out.put("groups", page);
        ctx.jsonStream(out);
    }

    /** The conflicts from {@code offset} on, at most {@code limit}, each listing its figures as {@link #compare} does. */
    void conflicts(Context ctx) throws IOException {
        CompareFilter filter = filter(ctx);
        int limit = Params.integer(ctx, "limit", 200, 1, 10_000);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int figures = Params.integer(ctx, "figures", FIGURES, 0, 1_000);
        int figureOffset = Params.integer(ctx, "figureOffset", 0, 0, Integer.MAX_VALUE);
        ConflictList conflicts = engine.conflicts(filter, Params.list(ctx, "collection"), Params.list(ctx, "tag"));
        List<Conflict> page = new ArrayList<>();
        for (int i = offset; i < conflicts.size() && i - offset < limit; i++) {
            page.add(conflicts.get(i, figureOffset, figures));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", conflicts.size());
        out.put("offset", offset);
        out.put("conflicts", page);
        ctx.jsonStream(out);
    }

    private static <T> List<T> window(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return all.subList(from, (int) Math.min(all.size(), (long) from + limit));
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
