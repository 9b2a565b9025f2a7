package com.policyminer.api;

import io.javalin.http.Context;

import java.util.function.Supplier;

/**
 * {@code format=csv} or {@code format=json} on a list endpoint: the same rows as a download
 * ({@code Content-Disposition: attachment}); without {@code format} the JSON answer as usual.
 */
final class Export {

    private Export() {
    }

    /** csv, json (a download) or "" (the usual JSON answer); anything else is a 400. */
    static String format(Context ctx) {
        String f = Params.string(ctx, "format", "");
        if (!f.isEmpty() && !f.equals("csv") && !f.equals("json")) {
            throw new ApiException(400, "bad_request", "format must be csv or json (it was " + clip(f) + ")");
        }
        return f;
    }

    static void send(Context ctx, String format, String name, Supplier<String> csv, Object json) {
        if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                    .result(csv.get());
            return;
        }
        if (format.equals("json")) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".json\"");
        }
        ctx.json(json);
    }

    private static String clip(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
