package com.policyminer.api;

import com.policyminer.app.Engine;
import com.policyminer.index.IndexHealth;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GET /api/health: 200 {@code "ok"} only when writes can go through, else 503 with the reason; the
 * index writer's state, the last commit and the heap's headroom either way. Writes are refused
 * with the same 503 while the writer is down (it is reopened at the next check when it can be).
 */
final class HealthHandler {

    private final Engine engine;

    HealthHandler(Engine engine) {
        this.engine = engine;
    }

    void health(Context ctx) throws java.io.IOException {
        IndexHealth h = engine.index().health();
        Map<String, Object> writer = new LinkedHashMap<>();
        writer.put("open", h.writerOpen());
        writer.put("lastCommit", h.lastCommit() == null ? null : h.lastCommit().toString());
        writer.put("reopened", h.writerReopened());
        if (h.problem() != null) {
            writer.put("problem", h.problem());
        }
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        Map<String, Object> heap = new LinkedHashMap<>();
        heap.put("maxMb", rt.maxMemory() >> 20);
        heap.put("usedMb", used >> 20);
        heap.put("headroomMb", (rt.maxMemory() - used) >> 20);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", h.writerOpen() ? "ok" : "unavailable");
        body.put("documents", engine.reads().documentCount());
        body.put("writer", writer);
        body.put("heap", heap);
        ctx.status(h.writerOpen() ? 200 : 503).json(body);
    }

    /** Before-handler for writes: 503 while the index cannot be written. */
    void requireWritable(Context ctx) {
        if (!WriteAccess.isWrite(ctx)) {
            return;
        }
        IndexHealth h = engine.index().health();
        if (!h.writerOpen()) {
            throw new ApiException(503, "unavailable", "the index cannot be written now: " + h.problem());
        }
    }
}
