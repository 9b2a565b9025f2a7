package com.policyminer.api;

import com.policyminer.search.BadQueryException;
import io.javalin.http.Context;

import java.util.regex.Pattern;

/**
 * Refuses a request path or query string with a broken percent-escape ("%", "%zz", "%uFFFF") with 400. Javalin
 * decodes path parameters before any handler runs and would otherwise fail with a 500.
 */
final class PathEncoding {

    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private PathEncoding() {
    }

    static void check(Context ctx) {
        if (BAD_ESCAPE.matcher(ctx.req().getRequestURI()).find()) {
            throw new BadQueryException("malformed percent-encoding in the path");
        }
        String query = ctx.req().getQueryString();
        if (query != null && BAD_ESCAPE.matcher(query).find()) {
            // "q=%" was read as a literal "%" and searched for nothing, so it answered with everything
            throw new BadQueryException("malformed percent-encoding in the query string (write % as %25)");
        }
    }
}
