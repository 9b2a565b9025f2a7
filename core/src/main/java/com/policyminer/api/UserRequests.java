package com.policyminer.api;

import io.javalin.http.Context;

/**
 * Whether a request that is not the server's own warm-up has come in: a fresh server's warm-up
 * ({@link ServerWarmup}) stops sending once one has, so that its requests do not take the cores from a user who
 * is already waiting (on two cores, a large index's warm-up and its background work made the first user's search
 * wait). The warm-up marks its requests with {@link #WARMUP_HEADER}; every other request counts, on any path but
 * {@code /api/health}: a load balancer's or a monitor's probe, sent from launch on, is nobody waiting for an answer
 * (counted, it would end every warm-up at once).
 */
public final class UserRequests {

    /** The header the warm-up's own requests carry. */
    public static final String WARMUP_HEADER = "X-Policy-Miner-Warmup";

    private volatile boolean arrived;

    /** The path of the server's health probe, which is no user's request. */
    static final String PROBE = "/api/health";

    /** Whether the request is a health probe ({@value #PROBE}), not a user waiting for an answer. */
    static boolean isProbe(Context ctx) {
        return PROBE.equals(ctx.path());
    }

    /** Notes the request (a before-handler of every path). */
    void note(Context ctx) {
        if (!arrived && ctx.header(WARMUP_HEADER) == null && !isProbe(ctx)) {
            arrived = true;
        }
    }

    /** True once a request that is not the warm-up's has come in. */
    public boolean arrived() {
        return arrived;
    }
}
