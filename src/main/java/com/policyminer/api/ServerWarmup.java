package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Before a fresh server says it is ready, it sends itself the requests its first users will: searches
 * for the places its index mentions most (one word, then two), their figures, and a document view —
 * over HTTP, so Jetty, Javalin, Jackson and the search code are compiled by the JIT before a user waits
 * for them. The queries come from the index, not from a fixed list (a benchmark's queries would flatter
 * it). Bounded by a time budget; a failure only ends the warm-up early.
 */
public final class ServerWarmup {

    /** What the warm-up did. */
    public record Result(int requests, long millis, String stoppedBecause) {
    }

    private static final int PLACES = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final Duration budget;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** @param base the server's own address, http://127.0.0.1:7070 */
    public ServerWarmup(String base, Duration budget) {
        this.base = base;
        this.budget = budget;
    }

    public Result run() {
        long t0 = System.nanoTime();
        long end = t0 + budget.toNanos();
        int requests = 0;
        String stopped = "done";
        try {
            JsonNode regions = get("/api/regions");
            requests++;
            List<String> places = new ArrayList<>();
            for (JsonNode r : regions.path("regions")) {
                if (places.size() < PLACES && r.hasNonNull("name")) {
                    places.add(r.get("name").asText());
                }
            }
            String firstId = null;
            for (int round = 0; round < 2 && System.nanoTime() < end; round++) {
                for (int i = 0; i < places.size() && System.nanoTime() < end; i++) {
                    String q = round == 0 ? places.get(i) : places.get(i) + " " + places.get((i + 1) % places.size());
                    JsonNode hits = get("/api/search?q=" + enc(q) + "&size=10").path("hits");
                    requests++;
                    if (firstId == null && hits.size() > 0) {
                        firstId = hits.get(0).path("id").asText(null);
                    }
                    get("/api/figures?subject=" + enc(places.get(i)) + "&size=20");
                    requests++;
                }
            }
            if (firstId != null && System.nanoTime() < end) {
                get("/api/documents/" + enc(firstId));
                requests++;
            }
            if (System.nanoTime() >= end) {
                stopped = "time budget of " + budget.toMillis() + " ms";
            }
        } catch (IOException | RuntimeException e) {
            stopped = "error: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = "interrupted";
        }
        return new Result(requests, (System.nanoTime() - t0) / 1_000_000, stopped);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IOException(path + " answered " + r.statusCode());
        }
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
