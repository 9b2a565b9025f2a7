package com.policyminer.api;

import com.policyminer.app.Engine;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.Map;

/** GET /api/documents, /api/documents/{id}, /api/documents/{id}/similar. */
final class DocumentHandlers {

    private final Engine engine;

    DocumentHandlers(Engine engine) {
        this.engine = engine;
    }

    void list(Context ctx) throws IOException {
        var docs = engine.reads().documents();
        ctx.json(Map.of("total", docs.size(), "documents", docs));
    }

    void get(Context ctx) throws IOException {
        String id = id(ctx);
        ctx.json(engine.reads().document(id).orElseThrow(() -> new NotFoundException("no document with id " + id)));
    }

    void similar(Context ctx) throws IOException {
        String id = id(ctx);
        int limit = Params.integer(ctx, "limit", 5, 1, 50);
        ctx.json(Map.of("id", id, "similar", engine.reads().similar(id, limit)
                .orElseThrow(() -> new NotFoundException("no document with id " + id))));
    }

    static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{64}")) {
            throw new NotFoundException("no document with id " + (id.length() > 70 ? id.substring(0, 70) + "…" : id));
        }
        return id;
    }
}
