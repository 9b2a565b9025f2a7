package com.policyminer.api;

import com.policyminer.app.Engine;
import com.policyminer.app.DocumentDiff;
import com.policyminer.model.Provenance;
import com.policyminer.search.WorkCatalog;
import com.policyminer.works.Works;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/works (the works with more than one file, or all), /api/works/{id} (a work by its id or a
 * file's: its files with provenance, its links to versions and overlaps) and /api/documents/{id}/diff?to=
 * (what changed from one file to another: passages and figures).
 */
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
        out.put("files", work.files().stream().map(f -> file(view, f.docId(), f.fileName(), f.path(), f.similarity())).toList());
        out.put("links", view.works().linksOf(work.id()).stream().map(l -> {
            String other = l.a().equals(work.id()) ? l.b() : l.a();
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("kind", l.kind());
            link.put("work", other);
            link.put("similarity", l.similarity());
            // the share of this work's text found in the other, and of the other's in this one
            link.put("shareHere", l.a().equals(work.id()) ? l.shareA() : l.shareB());
            link.put("shareThere", l.a().equals(work.id()) ? l.shareB() : l.shareA());
            Provenance p = view.provenance().get(other);
            link.put("file", file(view, other, p == null ? "" : p.fileName(), p == null ? "" : p.path(), null));
            link.put("a", l.a());
            link.put("b", l.b());
            link.put("shareA", l.shareA());
            link.put("shareB", l.shareB());
            return link;
        }).toList());
        ctx.json(out);
    }

    /** A file of a work: its ids and names, title, format and date, and where it came from. */
    private Map<String, Object> file(WorkCatalog.View view, String docId, String fileName, String path, Double similarity) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("docId", docId);
        file.put("path", path);
        file.put("fileName", fileName);
        if (similarity != null) {
            file.put("similarity", similarity);
        }
        try {
            engine.reads().summary(docId).ifPresent(s -> {
                file.put("title", s.title());
                file.put("format", s.format());
                file.put("date", s.date());
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Provenance p = view.provenance().get(docId);
        if (p != null && p.uploadedAt() != null) {
            file.put("uploadedAt", p.uploadedAt());
        }
        if (p != null && p.sourceUrl() != null) {
            file.put("sourceUrl", p.sourceUrl());
        }
        if (p != null && p.uploadedBy() != null) {
            file.put("uploadedBy", p.uploadedBy());
        }
        file.put("collections", view.collections().getOrDefault(docId, List.of()));
        file.put("tags", view.tags().getOrDefault(docId, List.of()));
        return file;
    }

    void diff(Context ctx) throws IOException {
        String id = DocumentHandlers.id(ctx);
        String to = ctx.queryParam("to");
        if (to == null || !to.matches("[0-9a-f]{64}")) {
            throw new ApiException(400, "bad_request", "give to= the id of the document to compare with (64 hex digits)");
        }
        try {
            ctx.json(DocumentDiff.of(engine, id, to));
        } catch (DocumentDiff.MissingDocument e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
