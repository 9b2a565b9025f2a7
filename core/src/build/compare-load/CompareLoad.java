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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The comparison endpoints' latency over HTTP, as {@code bench}'s scale run measures them
 * (bench/EndpointLoad): /api/compare?subject= for the 8 places of ScaleBench.PLACES, /api/conflicts, and
 * /api/cooccurrence (the two matrices ScaleBench asks for; {@code all} only);
 * 20 warm-up requests, then 100 at concurrency 1 and 4 × 50 at concurrency 4 (each at most 60 s);
 * p50/p99 in ms, non-200 answers, bytes per answer. Waits first for /api/conflicts to answer 200 (the
 * comparison table is built after launch) and prints how long that took.
 *
 * <pre>java core/src/build/compare-load/CompareLoad.java PORT [compare|conflicts|both|cooccurrence|all]</pre>
 */
public class CompareLoad {
    static final List<String> PLACES = List.of("西安", "北京", "上海", "成都", "兰州", "武汉", "深圳", "合肥");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = "http://127.0.0.1:" + args[0];
        String which = args.length > 1 ? args[1] : "both";
        long t0 = System.nanoTime();
        while (true) {
            int status;
            try {
                status = send("/api/conflicts", null);
            } catch (java.io.IOException e) {
                status = -1;
            }
            if (status == 200) {
                break;
            }
            Thread.sleep(500);
        }
        System.out.printf("first /api/conflicts 200 after %.1f s of waiting%n", (System.nanoTime() - t0) / 1e9);
        if (which.equals("cooccurrence") || which.equals("all")) {
            run("cooccurrence", List.of("/api/cooccurrence", "/api/cooccurrence?a=region&b=org&level=paragraph"));
        }
        if (which.equals("cooccurrence")) {
            return;
        }
        if (!which.equals("conflicts")) {
            run("compare", PLACES.stream().map(p -> "/api/compare?subject=" + URLEncoder.encode(p, StandardCharsets.UTF_8)).toList());
        }
        if (!which.equals("compare")) {
            run("conflicts", List.of("/api/conflicts"));
        }
    }

    static void run(String name, List<String> urls) throws Exception {
        for (int i = 0; i < Math.min(20, urls.size() * 4); i++) {
            send(urls.get(i % urls.size()), null);
        }
        for (int clients : new int[] {1, 4}) {
            int each = clients == 1 ? 100 : 50;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            AtomicInteger errors = new AtomicInteger();
            AtomicLong bytes = new AtomicLong();
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                futures.add(pool.submit(() -> {
                    long[] times = new long[each];
                    int n = 0;
                    while (n < each && System.nanoTime() < end) {
                        String url = urls.get((offset + n * clients) % urls.size());
                        long t = System.nanoTime();
                        if (send(url, bytes) != 200) {
                            errors.incrementAndGet();
                        }
                        times[n++] = System.nanoTime() - t;
                    }
                    return Arrays.copyOf(times, n);
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                for (long t : f.get()) {
                    all.add(t);
                }
            }
            pool.shutdown();
            long[] t = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%-10s c%d  n %3d  p50 %8.1f ms  p99 %8.1f ms  errors %d  %.0f bytes/answer%n", name, clients,
                    t.length, pct(t, 50), pct(t, 99), errors.get(), bytes.get() / (double) Math.max(1, t.length));
        }
    }

    /** Nearest-rank percentile, in ms. */
    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static int send(String url, AtomicLong bytes) throws java.io.IOException, InterruptedException {
        HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + url))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            long n = in.transferTo(java.io.OutputStream.nullOutputStream());
            if (bytes != null) {
                bytes.addAndGet(n);
            }
        }
        return r.statusCode();
    }
}
