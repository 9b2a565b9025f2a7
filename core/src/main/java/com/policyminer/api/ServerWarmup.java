package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Before a fresh server says it is ready, it sends itself the requests its first users will — over HTTP, so
 * Jetty, Javalin, Jackson and the search code are compiled by the JIT before a user waits for them: searches of
 * every shape made from what the index holds ({@link WarmupQueries}: its places, the subjects, indicators and
 * values of its figures), the figures of its places, and a document
 * view; {@value #PASSES} passes, from as many clients as the machine has cores (at most 4), so that the
 * compilers see the concurrent paths and every core works. Bounded by a time budget, requests in flight
 * included (on a busy machine a request can take longer than the whole budget); a failure only ends the warm-up
 * early. What the backend does not serve (501: e.g. a list not on the solr backend yet) is skipped and counted.
 * It yields to users: once a request that is not its own has come in ({@link UserRequests}), it sends no more
 * (its requests in flight finish), so that a user who came early does not share the cores with it.
 */
public final class ServerWarmup {

    /** What the warm-up did: requests answered, and those skipped because the backend does not serve them (501). */
    public record Result(int requests, long millis, String stoppedBecause, int skipped) {
    }

    /** What the warm-up says when it stopped because a user's request came in. */
    static final String YIELDED = "yielded to a user's request";

    /** A user's request has come in: the warm-up sends no more. */
    private static final class Yielded extends IOException {
        Yielded() {
            super(YIELDED);
        }
    }

    /** A 501: the backend does not serve this request; the warm-up goes on without it. */
    private static final class NotServed extends IOException {
        NotServed(String path) {
            super(path + " is not served by this backend (501)");
        }
    }

    static final int PASSES = 3;
    private static final int PLACES = 12;
    private static final int NAMES = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final Duration budget;
    private final int clients;
    private final java.util.function.BooleanSupplier userCameIn;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param base       the server's own address, http://127.0.0.1:7070
     * @param userCameIn true once a request that is not the warm-up's has come in: the warm-up then stops sending
     */
    public ServerWarmup(String base, Duration budget, java.util.function.BooleanSupplier userCameIn) {
        this(base, budget, Math.min(4, Runtime.getRuntime().availableProcessors()), userCameIn);
    }

    /** A warm-up that never yields (a server nobody else asks while it warms up: the class-data archive's training). */
    public ServerWarmup(String base, Duration budget) {
        this(base, budget, () -> false);
    }

    ServerWarmup(String base, Duration budget, int clients) {
        this(base, budget, clients, () -> false);
    }

    ServerWarmup(String base, Duration budget, int clients, java.util.function.BooleanSupplier userCameIn) {
        this.base = base;
        this.budget = budget;
        this.clients = Math.max(1, clients);
        this.userCameIn = userCameIn;
    }

    public Result run() {
        long t0 = System.nanoTime();
        long end = t0 + budget.toNanos();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        String stopped = "done";
        java.util.concurrent.atomic.AtomicBoolean yielded = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            List<String> requestsToSend = plan(requests, skipped, end);
            AtomicInteger next = new AtomicInteger();
            AtomicReference<String> failure = new AtomicReference<>();
            int total = requestsToSend.size() * PASSES;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    running.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < total && System.nanoTime() < end && failure.get() == null;
                             i = next.getAndIncrement()) {
                            try {
                                send(requestsToSend.get(i % requestsToSend.size()), HttpResponse.BodyHandlers.discarding(), end);
                                requests.incrementAndGet();
                            } catch (NotServed e) {
                                skipped.incrementAndGet();
                            } catch (Yielded e) {
                                yielded.set(true);
                                return;
                            } catch (HttpTimeoutException e) {
                                return; // the budget is spent
                            } catch (IOException | RuntimeException e) {
                                if (System.nanoTime() >= end) {
                                    return; // cut off by the budget while the answer was read: not the server's failure
                                }
                                failure.compareAndSet(null, String.valueOf(e.getMessage()));
                            } catch (InterruptedException e) {
                                return; // the budget is spent and the warm-up no longer waits for this request
                            }
                        }
                    }));
                }
                for (Future<?> f : running) {
                    f.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
            } catch (TimeoutException e) {
                // requests still running when the budget ended: the server answers them, nobody waits
            } finally {
                pool.shutdownNow();
            }
            if (failure.get() != null) {
                stopped = "error: " + failure.get();
            } else if (yielded.get()) {
                stopped = YIELDED;
            } else if (next.get() < total || System.nanoTime() >= end) {
                stopped = "time budget of " + budget.toMillis() + " ms";
            }
        } catch (Yielded e) {
            stopped = YIELDED;
        } catch (HttpTimeoutException e) {
            stopped = "time budget of " + budget.toMillis() + " ms";
        } catch (IOException | RuntimeException | java.util.concurrent.ExecutionException e) {
            stopped = "error: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = "interrupted";
        }
        return new Result(requests.get(), (System.nanoTime() - t0) / 1_000_000, stopped, skipped.get());
    }

    /**
     * The requests of one pass, made from what the index holds (the two lists it reads count in {@code requests}, or
     * in {@code skipped} when the backend does not serve them: the pass is then made without them).
     */
    private List<String> plan(AtomicInteger requests, AtomicInteger skipped, long end) throws IOException, InterruptedException {
        List<String> places = names(getOrEmpty("/api/regions", requests, skipped, end).path("regions"), "name", PLACES);
        JsonNode figures = getOrEmpty("/api/figures?size=20", requests, skipped, end).path("figures");
        List<String> names = names(figures, "subject", NAMES); // companies, markets, as well as places
        List<String> indicators = new ArrayList<>(names(figures, "indicator", NAMES));
        for (JsonNode f : figures) {
            if (!f.path("normalizedUnit").asText("count").equals("count") && indicators.size() < 2 * NAMES) {
                indicators.add(f.path("surface").asText());
            }
        }
        List<String> out = new ArrayList<>();
        for (String q : WarmupQueries.of(places, names, indicators)) {
            out.add("/api/search?q=" + enc(q) + "&size=10");
        }
        for (String p : places) {
            out.add("/api/figures?subject=" + enc(p) + "&size=20");
        }
        if (!figures.isEmpty() && figures.get(0).hasNonNull("docId")) {
            out.add("/api/documents/" + enc(figures.get(0).get("docId").asText()));
        }
        return out;
    }

    private static List<String> names(JsonNode list, String field, int max) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) {
            String s = n.path(field).asText("");
            if (out.size() < max && !s.isBlank() && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The answer, or an empty object when the backend does not serve it. */
    private JsonNode getOrEmpty(String path, AtomicInteger requests, AtomicInteger skipped, long end)
            throws IOException, InterruptedException {
        try {
            JsonNode n = get(path, end);
            requests.incrementAndGet();
            return n;
        } catch (NotServed e) {
            skipped.incrementAndGet();
            return JSON.createObjectNode();
        }
    }

    private JsonNode get(String path, long end) throws IOException, InterruptedException {
        return JSON.readTree(send(path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), end));
    }

    /**
     * One request, given until the end of the budget (at most 5 s); past it, an {@link HttpTimeoutException}; none
     * once a user's request has come in ({@link Yielded}).
     */
    private <T> T send(String path, HttpResponse.BodyHandler<T> body, long end) throws IOException, InterruptedException {
        if (userCameIn.getAsBoolean()) {
            throw new Yielded();
        }
        long left = end - System.nanoTime();
        if (left <= 0) {
            throw new HttpTimeoutException("budget spent");
        }
        Duration timeout = Duration.ofNanos(Math.min(left, Duration.ofSeconds(5).toNanos()));
        HttpResponse<T> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header(UserRequests.WARMUP_HEADER, "1").GET().build(), body);
        if (r.statusCode() == 501) {
            throw new NotServed(path);
        }
        if (r.statusCode() != 200) {
            throw new IOException(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
