package com.policyminer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.api.ApiServer;
import com.policyminer.app.Engine;
import com.policyminer.index.StoredJson;
import com.policyminer.ingest.IngestOutcome;
import com.policyminer.ingest.IngestReport;
import io.javalin.Javalin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real HTTP server on loopback, {@code clients} concurrent clients on /api/search for a fixed
 * time, while an ingest of new files runs in the same process through the same engine. At the end
 * every new file must be found through the API.
 */
final class LoadTest {

    record Result(int clients, double seconds, int requests, int errors, List<String> errorSamples,
                  double requestsPerSec, Latencies latency, int newFiles, int newIndexed, int newFailed,
                  double ingestSeconds, boolean ingestOverlappedLoad, int newSearchable) {
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long INGEST_WAIT_MINUTES = 15;

    private final Engine engine;
    private final List<String> queries;
    private final int clients;
    private final Duration duration;

    LoadTest(Engine engine, List<String> queries, int clients, Duration duration) {
        this.engine = engine;
        this.queries = queries;
        this.clients = clients;
        this.duration = duration;
    }

    /** {@code newFiles} are already written into the engine's corpus folder, not yet indexed. */
    Result run(Path corpus, List<Path> newFiles) throws IOException {
        Javalin app = new ApiServer(engine).create().start("127.0.0.1", 0);
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        try {
            String base = "http://127.0.0.1:" + app.port();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1).build();
            long deadline = System.nanoTime() + duration.toNanos();
            long t0 = System.nanoTime();
            Future<IngestReport> ingest = pool.submit(() -> engine.ingest().run(corpus, null));
            List<Future<long[]>> jobs = new ArrayList<>();
            AtomicInteger errors = new AtomicInteger();
            List<String> samples = Collections.synchronizedList(new ArrayList<>());
            for (int c = 0; c < clients; c++) {
                int offset = c * 7;
                jobs.add(pool.submit(() -> client(http, base, offset, deadline, errors, samples)));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> j : jobs) {
                all.add(j.get());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            boolean overlapped = !ingest.isDone();
            IngestReport report = ingest.get(INGEST_WAIT_MINUTES, TimeUnit.MINUTES);
            long[] latencies = all.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            int searchable = countSearchable(http, base, corpus, newFiles);
            return new Result(clients, seconds, latencies.length + errors.get(), errors.get(),
                    List.copyOf(samples.subList(0, Math.min(5, samples.size()))), latencies.length / seconds,
                    Latencies.ofNanos(latencies), newFiles.size(), report.count(IngestOutcome.INDEXED),
                    report.failed(), report.millis() / 1000.0, overlapped, searchable);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("load test interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("load test failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the ingest did not finish within " + INGEST_WAIT_MINUTES + " minutes", e);
        } finally {
            pool.shutdownNow();
            app.stop();
        }
    }

    /** Latencies (ns) of the successful requests of one client, until the deadline. */
    private long[] client(HttpClient http, String base, int offset, long deadline, AtomicInteger errors,
                          List<String> samples) {
        List<Long> ok = new ArrayList<>();
        for (int i = offset; System.nanoTime() < deadline; i++) {
            String q = queries.get(i % queries.size());
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(get(base + "/api/search?size=10&q=" + encode(q)),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    ok.add(System.nanoTime() - t0);
                } else {
                    errors.incrementAndGet();
                    samples.add(r.statusCode() + " for " + q + ": " + abbreviate(r.body()));
                }
            } catch (IOException e) {
                errors.incrementAndGet();
                samples.add(e + " for " + q);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ok.stream().mapToLong(Long::longValue).toArray();
    }

    private static int countSearchable(HttpClient http, String base, Path corpus, List<Path> files)
            throws IOException, InterruptedException {
        int found = 0;
        for (Path f : files) {
            String q = "path:\"" + corpus.relativize(f).toString().replace('\\', '/') + "\"";
            HttpResponse<String> r = http.send(get(base + "/api/search?syntax=lucene&size=1&q=" + encode(q)),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                JsonNode json = StoredJson.MAPPER.readTree(r.body());
                if (json.path("total").asLong() == 1) {
                    found++;
                }
            }
        }
        return found;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).GET().build();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
