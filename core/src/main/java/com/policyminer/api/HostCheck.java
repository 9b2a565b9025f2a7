package com.policyminer.api;

import io.javalin.http.Context;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * DNS rebinding guard: which names a request may address the server by (its {@code Host} header).
 * Known names are the loopback names ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}), the
 * exact address the server is bound to, and the names configured in POLICYMINER_HOST_NAMES; a name
 * that merely starts with "127." ({@code 127.evil.example}) is foreign.
 * <ul>
 *   <li>bound to loopback, or names configured: every request for a foreign name is refused (403);</li>
 *   <li>bound to a network address without configured names: reads are open (the machine's names are
 *       not known), but without a token a write for a foreign name is refused, even from loopback.</li>
 * </ul>
 */
final class HostCheck {

    private final Set<String> names = new LinkedHashSet<>();
    private final boolean strict;
    private final boolean hasToken;

    HostCheck(String bindHost, String configuredNames, boolean hasToken) {
        this.hasToken = hasToken;
        names.add("localhost");
        names.add("127.0.0.1");
        names.add("[::1]");
        String bound = normalize(bindHost);
        if (!bound.equals("0.0.0.0") && !bound.equals("[::]") && !bound.isEmpty()) {
            names.add(bound);
        }
        boolean configured = false;
        for (String n : configuredNames == null ? new String[0] : configuredNames.split(",")) {
            if (!n.isBlank()) {
                names.add(normalize(n));
                configured = true;
            }
        }
        this.strict = configured || isLoopback(bound);
    }

    /** Before-handler: 403 for a request addressed by a name this server does not answer to. */
    void check(Context ctx) {
        if (names.contains(nameOf(ctx.header("Host")))) {
            return;
        }
        if (strict) {
            throw new ApiException(403, "forbidden", "this server answers only requests for " + String.join(", ", names)
                    + " (POLICYMINER_HOST_NAMES adds names)");
        }
        if (!hasToken && WriteAccess.isWrite(ctx)) {
            throw new ApiException(403, "forbidden", "changes are accepted only for " + String.join(", ", names)
                    + " unless the server is started with POLICYMINER_TOKEN (POLICYMINER_HOST_NAMES adds names)");
        }
    }

    /** The name of a Host header without its port, lower-case; IPv6 literals keep their brackets. */
    static String nameOf(String host) {
        if (host == null) {
            return "";
        }
        String h = host.strip();
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? "" : h.substring(0, close + 1).toLowerCase(Locale.ROOT);
        }
        int colon = h.lastIndexOf(':');
        return (colon < 0 ? h : h.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    private static String normalize(String host) {
        String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("[::1]")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
