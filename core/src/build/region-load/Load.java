import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue-21 endpoints of the region work over HTTP, as bench/ScaleBench asks them: p50/p99 at
 * concurrency 1 (100 requests) and 4 (4 × 50), after 20 warm-up requests, each endpoint at most 20 s;
 * then /api/health's heap. Usage: {@code java Load.java http://127.0.0.1:PORT [endpoint-name-filter]}.
 * The document views are 200 report ids taken from /api/search?q=发展 pages.
 */
public final class Load {
    static final List<String> PLACES = List.of("西安", "北京", "上海", "成都", "兰州", "武汉", "深圳", "合肥");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String only = args.length > 1 ? args[1] : "";
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("figures range", List.of("/api/figures?subject=" + enc("西安") + "&unit=CNY&min=1e9",
                "/api/figures?indicator=" + enc("研发投入强度") + "&min=0.02", "/api/figures?year=2019-2021&unit=CNY&min=1e10",
                "/api/figures?subject=" + enc("北京") + "&min=1e8&max=1e12"));
        m.put("regions/{name}", PLACES.stream().map(p -> "/api/regions/" + enc(p)).toList());
        m.put("policies", List.of("/api/policies"));
        m.put("orgs", List.of("/api/orgs"));
        m.put("cooccurrence", List.of("/api/cooccurrence", "/api/cooccurrence?a=region&b=org&level=paragraph"));
        if (only.isEmpty() || "document view".contains(only)) {
            m.put("document view", documentUrls(base));
        }
        for (var e : m.entrySet()) {
            if (!only.isEmpty() && !e.getKey().contains(only)) {
                continue;
            }
            for (int clients : new int[] {1, 4}) {
                double[] r = run(base, e.getValue(), clients, clients == 1 ? 100 : 50);
                System.out.printf("%-16s c%d  p50 %7.1f ms  p99 %7.1f ms  n %3.0f  errors %.0f%n", e.getKey(), clients, r[0], r[1], r[2], r[3]);
            }
        }
        System.out.println("health: " + get(base + "/api/health"));
    }

    static List<String> documentUrls(String base) throws Exception {
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f]{64})\"").matcher("");
        for (int page = 1; ids.size() < 200 && page <= 20; page++) {
            id.reset(get(base + "/api/search?q=" + enc("发展") + "&size=20&page=" + page));
            while (id.find() && ids.size() < 200) {
                if (!ids.contains(id.group(1))) {
                    ids.add(id.group(1));
                }
            }
        }
        return ids.stream().map(i -> "/api/documents/" + i).toList();
    }

    static double[] run(String base, List<String> urls, int clients, int perClient) throws Exception {
        for (int i = 0; i < Math.min(20, urls.size() * 4); i++) {
            send(base + urls.get(i % urls.size()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int[] errors = new int[1];
        List<Future<long[]>> fs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            fs.add(pool.submit(() -> {
                long[] t = new long[perClient];
                int n = 0;
                while (n < perClient && System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    if (send(base + urls.get((offset + n * clients) % urls.size())) != 200) {
                        synchronized (errors) {
                            errors[0]++;
                        }
                    }
                    t[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(t, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : fs) {
            for (long t : f.get()) {
                all.add(t);
            }
        }
        pool.shutdown();
        long[] a = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {pct(a, 0.50), pct(a, 0.99), a.length, errors[0]};
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static int send(String url) throws Exception {
        HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return r.statusCode();
    }

    static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
