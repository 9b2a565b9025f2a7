package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.ingest.CollectionEditor;
import com.policyminer.ingest.Sidecar;
import com.policyminer.parse.ParseFailure;
import com.policyminer.search.WorkCatalog;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/collections (every collection and tag with its number of reports), PUT
 * /api/documents/{id}/collections (set a report's collections and tags), and the {@code collection=}
 * and {@code tag=} filters of search, figures and compare (resolved to the reports they hold).
 */
final class CollectionHandlers {

    private final Engine engine;

    CollectionHandlers(Engine engine) {
        this.engine = engine;
    }

    void list(Context ctx) throws IOException {
        WorkCatalog.View view = engine.reads().works();
        Map<String, Integer> tags = new java.util.TreeMap<>();
        view.tags().values().forEach(ts -> ts.forEach(t -> tags.merge(t, 1, Integer::sum)));
        ctx.json(Map.of("collections", counts(WorkCatalog.collectionCounts(view)), "tags", counts(tags)));
    }

    private static List<Map<String, Object>> counts(Map<String, Integer> counts) {
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(Map.of("name", name, "reports", n)));
        return out;
    }

    void set(Context ctx) throws IOException {
        String id = DocumentHandlers.id(ctx);
        JsonNode body;
        try {
            body = StoredJson.MAPPER.readTree(ctx.body());
        } catch (IOException e) {
            throw new ApiException(400, "bad_request", "send {\"collections\": [...], \"tags\": [...]} as JSON");
        }
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "bad_request", "send {\"collections\": [...], \"tags\": [...]} as JSON");
        }
        List<String> collections = names(body, "collections");
        List<String> tags = names(body, "tags");
        if (collections == null && tags == null) {
            throw new ApiException(400, "bad_request", "give collections, tags or both (a list of names each)");
        }
        engine.writeLock().lock();
        try {
            String path = null;
            for (Map.Entry<String, String> e : engine.index().indexedReports().entrySet()) {
                if (e.getValue().equals(id)) {
                    path = e.getKey();
                }
            }
            if (path == null) {
                throw new NotFoundException("no document with id " + id);
            }
            Sidecar written = new CollectionEditor(engine.pipeline(), engine.index(), engine.config().corpus())
                    .set(path, collections, tags);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", id);
            out.put("path", path);
            out.put("collections", written.collections());
            out.put("tags", written.tags());
            ctx.json(out);
        } catch (ParseFailure e) {
            throw new ApiException(409, "cannot_reindex", "the file no longer parses: " + e.getMessage());
        } finally {
            engine.writeLock().unlock();
        }
    }

    /** A list of names in the body, or null when the key is absent; anything but a list of strings is a 400. */
    private static List<String> names(JsonNode body, String key) {
        JsonNode n = body.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray() || n.size() > 100) {
            throw new ApiException(400, "bad_request", key + " must be a list of at most 100 names");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode v : n) {
            if (!v.isTextual() || v.asText().isBlank() || v.asText().length() > com.policyminer.index.ReportCollections.MAX_NAME) {
                throw new ApiException(400, "bad_request", key + " must hold names of 1 to "
                        + com.policyminer.index.ReportCollections.MAX_NAME + " characters");
            }
            out.add(v.asText());
        }
        return out;
    }

    /** The document filter of a request with {@code collection=} or {@code tag=} (see {@link Engine#documentsIn}). */
    static List<String> documents(Context ctx, Engine engine, List<String> docs) throws IOException {
        return engine.documentsIn(Params.list(ctx, "collection"), Params.list(ctx, "tag"), docs);
    }
}
