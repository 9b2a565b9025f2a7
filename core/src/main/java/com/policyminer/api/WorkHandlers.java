package com.policyminer.api;

import com.policyminer.app.Engine;
import com.policyminer.search.WorkCatalog;
import com.policyminer.works.Works;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /api/works (the works with more than one file, or all) and /api/works/{id} (a work by its id or a file's). */
final class WorkHandlers {

    private final Engine engine;

    WorkHandlers(Engine engine) {
        this.engine = engine;
    }

    void list(Context ctx) throws IOException {
        boolean all = Params.bool(ctx, "all", false);
        int limit = Params.integer(ctx, "limit", 200, 1, 10_000);
        WorkCatalog.View view = engine.reads().works();
        List<Works.Work> works = view.works().works().stream().filter(w -> all || w.files().size() > 1).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("works", view.works().works().size());
        out.put("files", view.workOfDoc().size());
        out.put("total", works.size());
        out.put("items", works.subList(0, Math.min(limit, works.size())));
        out.put("links", view.works().links());
        ctx.json(out);
    }

    void get(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        WorkCatalog.View view = engine.reads().works();
        Works.Work work = view.work(id).orElseThrow(() -> new NotFoundException("no work or document " + id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", work.id());
        out.put("files", work.files().stream().map(f -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("docId", f.docId());
            file.put("path", f.path());
            file.put("fileName", f.fileName());
            file.put("similarity", f.similarity());
            com.policyminer.model.Provenance p = view.provenance().get(f.docId());
            if (p != null && p.uploadedAt() != null) {
                file.put("uploadedAt", p.uploadedAt());
            }
            if (p != null && p.sourceUrl() != null) {
                file.put("sourceUrl", p.sourceUrl());
            }
            return file;
        }).toList());
        out.put("links", view.works().linksOf(work.id()));
        ctx.json(out);
    }
}
