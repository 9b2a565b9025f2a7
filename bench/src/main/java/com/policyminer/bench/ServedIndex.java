package com.policyminer.bench;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code policy-miner serve --no-ingest} on an existing index, in its own JVM with a fixed heap
 * ({@code -Xmx1g} for the scale benchmark), as a user starts it: how long until its first 200, and
 * its heap as {@code /api/health} reports it, sampled while the benchmark sends requests.
 */
final class ServedIndex implements Closeable {

    private static final Pattern USED_MB = Pattern.compile("\"usedMb\"\\s*:\\s*(\\d+)");

    final String base;
    final double secondsToFirst200;
    private final Process process;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong heapMaxMb = new AtomicLong();
    private final AtomicLong heapLastMb = new AtomicLong();
    private final Thread sampler;
    private volatile boolean sampling = true;

    ServedIndex(Path index, Path corpus, String heap, int port, Path log) throws IOException {
        this.base = "http://127.0.0.1:" + port;
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "com.policyminer.cli.Main",
                "serve", "--no-ingest", "--index", index.toString(), "--corpus", corpus.toString(),
                "--host", "127.0.0.1", "--port", String.valueOf(port)));
        long t0 = System.nanoTime();
        this.process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        double first = -1;
        long deadline = t0 + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (status("/api/search?q=" + enc("创新")) == 200) {
                    first = (System.nanoTime() - t0) / 1e9;
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            sleep(20);
        }
        if (first < 0) {
            process.destroyForcibly();
            throw new IOException("the server did not answer within 180 s (see " + log + ")");
        }
        this.secondsToFirst200 = first;
        this.sampler = new Thread(this::sampleHeap, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    int status(String pathAndQuery) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    String body(String pathAndQuery) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Waits until {@code pathAndQuery} answers 200; returns the seconds waited, or -1 when it did not within {@code maxSeconds}. */
    double waitFor200(String pathAndQuery, int maxSeconds) throws IOException {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(maxSeconds) && process.isAlive()) {
            try {
                if (status(pathAndQuery) == 200) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } catch (java.net.http.HttpTimeoutException slow) {
                // an answer still being worked out after a minute (the first conflicts of a large corpus): ask again
            }
            sleep(200);
        }
        return -1;
    }

    private void sampleHeap() {
        while (sampling) {
            try {
                Matcher m = USED_MB.matcher(body("/api/health"));
                if (m.find()) {
                    long mb = Long.parseLong(m.group(1));
                    heapLastMb.set(mb);
                    heapMaxMb.accumulateAndGet(mb, Math::max);
                }
            } catch (IOException | RuntimeException e) {
                // the server is busy or gone: the next sample tells
            }
            sleep(250);
        }
    }

    /** Highest heap in use seen since the last reset (MB, as /api/health reports it). */
    long heapMaxMb() {
        return heapMaxMb.get();
    }

    void resetHeapMax() {
        heapMaxMb.set(heapLastMb.get());
    }

    boolean alive() {
        return process.isAlive();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        sampling = false;
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
