package com.policyminer.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: a fresh server sends itself its first users' requests, within its time budget. */
class ServerWarmupTest extends SeededServerTest {

    @Test
    void theWarmupSendsItsRequestsInPassesFromSeveralClients() {
        ServerWarmup.Result one = new ServerWarmup(server.base(), Duration.ofSeconds(60), 1).run();
        ServerWarmup.Result two = new ServerWarmup(server.base(), Duration.ofSeconds(60), 2).run();
        assertEquals("done", one.stoppedBecause(), one.toString());
        assertEquals("done", two.stoppedBecause(), two.toString());
        // the two lists it plans from (regions, figures), then every request of a pass,
        // PASSES times: searches made from the index, the figures of each place, a document view
        assertEquals(0, (one.requests() - 2) % ServerWarmup.PASSES, one.toString());
        assertTrue(one.requests() > 2 + ServerWarmup.PASSES * 20, one.toString());
        assertEquals(one.requests(), two.requests(), "the same requests, however many clients send them");
    }

    @Test
    void theWarmupStopsAtItsBudget() {
        long t0 = System.nanoTime();
        ServerWarmup.Result r = new ServerWarmup(server.base(), Duration.ofMillis(1)).run();
        assertTrue(r.stoppedBecause().startsWith("time budget"), r.toString());
        assertTrue(r.requests() <= 2, r.toString()); // the two lists it plans from, no search
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(20).toNanos());
    }

    /**
     * The warm-up yields to users: once a request that is not its own has come in, it sends no more. Its own
     * requests do not count (they carry {@link UserRequests#WARMUP_HEADER}), nor does a health probe; any other request does.
     */
    @Test
    void theWarmupStopsSendingOnceAUsersRequestHasComeIn() throws Exception {
        ApiServer api = new ApiServer(engine); // a fresh server of its own: no user has asked it anything
        io.javalin.Javalin app = api.create().start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            ServerWarmup.Result alone = new ServerWarmup(base, Duration.ofSeconds(60), 2, api.users()::arrived).run();
            assertEquals("done", alone.stoppedBecause(), "its own requests are not a user's: " + alone);
            assertFalse(api.users().arrived());

            java.net.http.HttpResponse<String> probe = server.http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base + "/api/health")).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, probe.statusCode());
            assertFalse(api.users().arrived(), "a health probe (a load balancer's, polling from launch) is nobody waiting");

            java.net.http.HttpResponse<String> r = server.http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base + "/api/regions")).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(api.users().arrived(), "a request without the warm-up's header is a user's");

            ServerWarmup.Result after = new ServerWarmup(base, Duration.ofSeconds(60), 2, api.users()::arrived).run();
            assertEquals(ServerWarmup.YIELDED, after.stoppedBecause(), after.toString());
            assertEquals(0, after.requests(), "nothing sent once a user is there: " + after);
        } finally {
            app.stop();
        }
    }

    /** A user who comes in while the warm-up runs: what was sent is counted, nothing after it is sent. */
    @Test
    void aUserWhoComesInMidwayEndsTheWarmupThere() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        // one client: the warm-up asks before each request; the user comes in after its fifth
        ServerWarmup.Result r = new ServerWarmup(server.base(), Duration.ofSeconds(60), 1, () -> asked.incrementAndGet() > 5).run();
        assertEquals(ServerWarmup.YIELDED, r.stoppedBecause(), r.toString());
        assertEquals(5, r.requests(), "the two lists it plans from and three searches: " + r);
        assertEquals(6, asked.get(), "and no request after the one that found the user there");
    }

    @Test
    void aServerThatIsNotThereEndsTheWarmupWithItsReason() {
        ServerWarmup.Result r = new ServerWarmup("http://127.0.0.1:9", Duration.ofSeconds(5)).run();
        assertTrue(r.stoppedBecause().startsWith("error"), r.toString());
        assertEquals(0, r.requests());
    }

    /**
     * A backend that does not serve some requests (501, as the solr backend answers what it has not yet): the
     * warm-up skips them and sends the rest, here to a server that serves figures, searches and nothing else.
     */
    @Test
    void whatTheBackendDoesNotServeIsSkippedNotTheEndOfTheWarmup() {
        java.util.concurrent.atomic.AtomicInteger searches = new java.util.concurrent.atomic.AtomicInteger();
        io.javalin.Javalin partial = io.javalin.Javalin.create(config -> {
            config.routes.get("/api/figures", ctx -> ctx.json(java.util.Map.of("figures", java.util.List.of(
                    java.util.Map.of("subject", "西安", "indicator", "地区生产总值", "docId", "abc")))));
            config.routes.get("/api/search", ctx -> {
                searches.incrementAndGet();
                ctx.json(java.util.Map.of("hits", java.util.List.of()));
            });
            config.routes.get("/api/regions", ctx -> ctx.status(501).json(java.util.Map.of("code", "not_implemented")));
            config.routes.get("/api/documents/{id}", ctx -> ctx.status(501).json(java.util.Map.of("code", "not_implemented")));
        })
                .start("127.0.0.1", 0);
        try {
            ServerWarmup.Result r = new ServerWarmup("http://127.0.0.1:" + partial.port(), Duration.ofSeconds(60), 2).run();
            assertEquals("done", r.stoppedBecause(), r.toString());
            // /api/regions once, and the document view in each pass
            assertEquals(1 + ServerWarmup.PASSES, r.skipped(), r.toString());
            assertTrue(searches.get() > 0 && searches.get() % ServerWarmup.PASSES == 0, searches + " searches");
            // the figure list and every search (no places without the region list: no figures by place)
            assertEquals(1 + searches.get(), r.requests(), r.toString());
        } finally {
            partial.stop();
        }
    }
}
