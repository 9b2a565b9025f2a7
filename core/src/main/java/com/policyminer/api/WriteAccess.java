package com.policyminer.api;

import com.policyminer.app.WriteTokens;
import io.javalin.http.Context;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * Who may change the index. Reads are open to whoever can reach the bound address. Writes (every
 * POST, PUT, PATCH and DELETE under /api) need {@code Authorization: Bearer <token>} when a token is
 * configured (POLICYMINER_TOKEN, or the named POLICYMINER_TOKENS: a write with a named token is
 * that name's, recorded as the uploader of what it uploads); without a token they are accepted only from a loopback address, so
 * a server bound to a public interface without a token is read-only to the network. The remote
 * address is the socket's peer: forwarding headers are not trusted.
 */
final class WriteAccess {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** The context attribute holding the name of the named token a write came with (absent: none). */
    static final String UPLOADER = "policyminer.uploader";

    private final WriteTokens tokens;

    WriteAccess(String token) {
        this(WriteTokens.parse(token, ""));
    }

    WriteAccess(WriteTokens tokens) {
        this.tokens = tokens;
    }

    /** Reads that may come by POST (a long query): not writes. */
    private static final Set<String> POSTED_READS = Set.of("/api/search");

    static boolean isWrite(Context ctx) {
        return WRITES.contains(ctx.method().name()) && !POSTED_READS.contains(ctx.path());
    }

    /** Before-handler: refuses a write that is not allowed with 401 or 403. */
    void check(Context ctx) {
        if (!isWrite(ctx)) {
            return;
        }
        if (crossSite(ctx)) {
            throw new ApiException(403, "forbidden", "changes from another web site are refused (cross-site request)");
        }
        Decision d = decide(ctx.req().getRemoteAddr(), ctx.header("Authorization"));
        if (d == Decision.ALLOWED) {
            uploader(ctx.header("Authorization")).ifPresent(name -> ctx.attribute(UPLOADER, name));
        }
        if (d == Decision.NO_TOKEN) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", "this server needs 'Authorization: Bearer <token>' for changes");
        }
        if (d == Decision.NOT_LOOPBACK) {
            throw new ApiException(403, "forbidden",
                    "changes are accepted only from this machine unless the server is started with POLICYMINER_TOKEN");
        }
    }

    /**
     * A browser marks requests that another site's page makes: a multipart POST needs no CORS
     * preflight, so without this check any page an analyst visits could upload into a local server.
     */
    static boolean crossSite(Context ctx) {
        if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null") && ctx.header("Sec-Fetch-Site") == null) {
            return origin != null;
        }
        String host = ctx.header("Host");
        return host == null || !(origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
    }

    enum Decision { ALLOWED, NO_TOKEN, NOT_LOOPBACK }

    private static java.util.Optional<String> bearer(String authorization) {
        String prefix = "Bearer ";
        return authorization != null && authorization.regionMatches(true, 0, prefix, 0, prefix.length())
                ? java.util.Optional.of(authorization.substring(prefix.length())) : java.util.Optional.empty();
    }

    /** The name of the named token in this Authorization header, if it holds one (the unnamed token names nobody). */
    java.util.Optional<String> uploader(String authorization) {
        return bearer(authorization).flatMap(tokens::match).filter(name -> !name.isEmpty());
    }

    Decision decide(String remoteAddr, String authorization) {
        if (tokens.any()) {
            return bearer(authorization).flatMap(tokens::match).isPresent() ? Decision.ALLOWED : Decision.NO_TOKEN;
        }
        return isLoopback(remoteAddr) ? Decision.ALLOWED : Decision.NOT_LOOPBACK;
    }

    private static boolean isLoopback(String addr) {
        if (addr == null) {
            return false;
        }
        String a = addr.replace("[", "").replace("]", "");
        int zone = a.indexOf('%');
        a = zone < 0 ? a : a.substring(0, zone);
        boolean literal = a.matches("\\d{1,3}(\\.\\d{1,3}){3}") || a.contains(":") && a.matches("[0-9A-Fa-f:.]+");
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(a).isLoopbackAddress(); // an IP literal: no name lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
