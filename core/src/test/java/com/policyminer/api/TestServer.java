package com.policyminer.api;

import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.parse.ParseLimits;
import io.javalin.Javalin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** The real server on a random loopback port, over a copy of the seed corpus in a temp folder. */
final class TestServer implements AutoCloseable {

    final Path corpus;
    final Engine engine;
    final Javalin app;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(Path tmp, String token, long maxUploadBytes, String cors, String host) throws IOException {
        this(tmp, token, maxUploadBytes, cors, host, null);
    }

    /**
     * With {@code analyzers} (null: the standard ones) and, when they are given, an empty corpus:
     * tests that inject a failing analyzer need no seed documents.
     */
    TestServer(Path tmp, String token, long maxUploadBytes, String cors, String host,
               com.policyminer.index.Analyzers analyzers) throws IOException {
        corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        if (analyzers == null) {
            try (Stream<Path> seed = Files.list(Path.of("corpus"))) {
                for (Path p : seed.toList()) {
                    Files.copy(p, corpus.resolve(p.getFileName()));
                }
            }
        }
        Config config = new Config(tmp.resolve("index"), corpus, host, 0, 2, 50,
                new ParseLimits(maxUploadBytes, 2_000_000, Duration.ofSeconds(30)), token, maxUploadBytes, cors);
        engine = analyzers == null ? new Engine(config)
                : new Engine(config, com.policyminer.render.RenderLimits.standard(), analyzers);
        engine.ingest().run(corpus, null);
        app = new ApiServer(engine).create().start(host, 0);
    }

    static TestServer loopback(Path tmp) throws IOException {
        return new TestServer(tmp, "", 1024 * 1024, "", "127.0.0.1");
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build());
    }

    HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A multipart/form-data body with each file in the field "files", and plain form fields. */
    static final class Multipart {
        final String boundary = "----pm" + UUID.randomUUID();
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private final Map<String, String> fields = new LinkedHashMap<>();

        Multipart field(String name, String value) {
            fields.put(name, value);
            return this;
        }

        Multipart file(String name, byte[] bytes) {
            files.put(name, bytes);
            return this;
        }

        Multipart file(String name, String text) {
            return file(name, text.getBytes(StandardCharsets.UTF_8));
        }

        byte[] body() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            files.forEach((name, bytes) -> {
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                        + name.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(bytes);
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            });
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        HttpRequest.Builder request(String url) {
            return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body()));
        }
    }

    HttpResponse<String> upload(Multipart m, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = m.request(base() + "/api/upload");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    @Override
    public void close() throws IOException {
        app.stop();
        engine.close();
    }
}
