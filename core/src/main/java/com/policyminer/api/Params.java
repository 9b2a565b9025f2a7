package com.policyminer.api;

import com.policyminer.search.BadQueryException;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads and checks query parameters; anything malformed is a {@link BadQueryException} (400). */
final class Params {

    private static final int MAX_PARAM_LENGTH = 2000;

    private Params() {
    }

    /** A form posted to a read endpoint (POST /api/search: a query too long for a URI). */
    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return ctx.method() == io.javalin.http.HandlerType.POST && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    static String string(Context ctx, String name, String dflt) {
        String v = ctx.queryParam(name);
        if (v == null && isForm(ctx)) {
            v = ctx.formParam(name);
        }
        if (v == null) {
            return dflt;
        }
        if (v.length() > MAX_PARAM_LENGTH) {
            throw new BadQueryException("parameter '" + name + "' is too long (limit " + MAX_PARAM_LENGTH + " characters)");
        }
        return v;
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = string(ctx, name, null);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n < min || n > max) {
                throw new BadQueryException("parameter '" + name + "' must be between " + min + " and " + max);
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw new BadQueryException("parameter '" + name + "' must be a whole number, not '" + clip(v) + "'");
        }
    }

    static Double number(Context ctx, String name) {
        String v = string(ctx, name, null);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadQueryException("parameter '" + name + "' must be a number, not '" + clip(v) + "'");
        }
    }

    static LocalDate date(Context ctx, String name) {
        String v = string(ctx, name, null);
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        try {
            if (s.matches("\\d{4}")) {
                return name.equals("to") ? LocalDate.of(Integer.parseInt(s), 12, 31) : LocalDate.of(Integer.parseInt(s), 1, 1);
            }
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException e) {
            throw new BadQueryException("parameter '" + name + "' must be a date (YYYY-MM-DD or YYYY), not '" + clip(v) + "'");
        }
    }

    static boolean bool(Context ctx, String name) {
        return bool(ctx, name, false);
    }

    static boolean bool(Context ctx, String name, boolean absent) {
        String v = string(ctx, name, "").strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            case "" -> absent;
            default -> throw new BadQueryException("parameter '" + name + "' must be true or false");
        };
    }

    /** A repeatable or comma-separated parameter: ?region=西安&region=兰州 or ?region=西安,兰州. */
    static List<String> list(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        List<String> given = new ArrayList<>(ctx.queryParams(name));
        if (isForm(ctx)) {
            given.addAll(ctx.formParams(name));
        }
        for (String v : given) {
            if (v.length() > MAX_PARAM_LENGTH) {
                throw new BadQueryException("parameter '" + name + "' is too long");
            }
            for (String part : v.split("[,，]")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        if (out.size() > 100) {
            throw new BadQueryException("too many values for '" + name + "' (limit 100)");
        }
        return out;
    }

    private static String clip(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
