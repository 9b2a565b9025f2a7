import java.lang.management.ManagementFactory;
import java.lang.reflect.*;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;

/**
 * The region page's three reads (its kept RegionMentions, its first 50 mentions with their context, its first 100 figures
 * with their total) for the bench's 8 places, and the bench's 4 figure range queries (EndpointLoad), of several builds in
 * one JVM: an engine per jar (each in its own class loader, named by the jar's folder) over the same index, each request sent to every engine in
 * turn (which one goes first alternating), after 10 warm-up passes; prints each engine's thread CPU a request, per round.
 * A build with {@code RegionMentions.first} (issue 21, session 17) takes the mentions through it, an older one as the
 * page did before.
 *
 * <pre>java core/src/build/region-ab/RegionAb.java INDEX CORPUS ROUNDS A.jar B.jar ...</pre>
 * Give the JVM room for every engine (-Xmx4g for two at 100,000 reports).
 */
public class RegionAb {
    static final List<String> PLACES = List.of("西安", "北京", "上海", "成都", "兰州", "武汉", "深圳", "合肥");
    record Eng(String name, Object reads, Method rm, Method men, Method fig, Constructor<?> fq, Method first, Class<?> located, ClassLoader cl, Object region, List<String> canon) {
        Object fq(Object... a) throws Exception { return fq.newInstance(a); }
        void page(String p) throws Exception {
            Object w = rm.invoke(reads, p);
            if (first != null) first.invoke(w, Proxy.newProxyInstance(cl, new Class<?>[] {located}, (px, m, args) -> men.invoke(reads, args)), p, 50);
            else men.invoke(reads, region, List.of(p), List.of(), 50);
            fig.invoke(reads, fq("", List.of(p), false, List.of(), "", false, null, null, "", "", List.of(), null, null, "document", 1, 100));
        }
        void range(int k) throws Exception { fig.invoke(reads, fq(RANGES[k])); }
    }
    static final Object[][] RANGES = {
        {"", List.of("西安"), false, List.of(), "", false, null, null, "CNY", "", List.of(), 1e9, null, "document", 1, 50},
        {"", List.of(), false, List.of(), "研发投入强度", false, null, null, "", "", List.of(), 0.02, null, "document", 1, 50},
        {"", List.of(), false, List.of(), "", false, 2019, 2021, "CNY", "", List.of(), 1e10, null, "document", 1, 50},
        {"", List.of("北京"), false, List.of(), "", false, null, null, "", "", List.of(), 1e8, 1e12, "document", 1, 50}};

    public static void main(String[] a) throws Exception {
        Path index = Path.of(a[0]), corpus = Path.of(a[1]);
        int rounds = Integer.parseInt(a[2]);
        List<Eng> engines = new ArrayList<>();
        for (int k = 3; k < a.length; k++) {
            ClassLoader cl = new URLClassLoader(new URL[] {Path.of(a[k]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(cl);
            Class<?> config = cl.loadClass("com.policyminer.app.Config");
            Object c = config.getMethod("fromEnvironment").invoke(null);
            c = config.getMethod("withIndex", Path.class).invoke(c, index);
            c = config.getMethod("withCorpus", Path.class).invoke(c, corpus);
            Class<?> engine = cl.loadClass("com.policyminer.app.Engine");
            Object e = engine.getMethod("openForReading", config).invoke(null, c);
            engine.getMethod("prepareSearch").invoke(e);
            Object reads = engine.getMethod("reads").invoke(e);
            Class<?> ss = cl.loadClass("com.policyminer.search.SearchService");
            Class<?> et = cl.loadClass("com.policyminer.model.EntityType");
            Class<?> fqc = cl.loadClass("com.policyminer.search.FigureQuery");
            Class<?> located = cl.loadClass("com.policyminer.search.RegionMentions$Located");
            Method first = null;
            try { first = cl.loadClass("com.policyminer.search.RegionMentions").getMethod("first", located, String.class, int.class); } catch (NoSuchMethodException x) { }
            Object gaz = engine.getMethod("gazetteer").invoke(e);
            List<String> canon = new ArrayList<>();
            for (String p : PLACES) { Object reg = ((Optional<?>) gaz.getClass().getMethod("lookup", String.class).invoke(gaz, p)).orElseThrow(); canon.add((String) reg.getClass().getMethod("name").invoke(reg)); }
            engines.add(new Eng(Path.of(a[k]).getParent().getFileName().toString(), reads, ss.getMethod("regionMentions", String.class),
                ss.getMethod("mentions", et, List.class, List.class, int.class), ss.getMethod("figures", fqc),
                Arrays.stream(fqc.getConstructors()).filter(x -> x.getParameterCount() == 16).findFirst().orElseThrow(), first, located, cl,
                Enum.valueOf((Class) et, "REGION"), canon));
        }
        int n = engines.size();
        for (int w = 0; w < 10; w++) for (Eng e : engines) { for (String p : e.canon) e.page(p); for (int k = 0; k < 4; k++) e.range(k); }
        var mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            double[][] page = new double[n][], range = new double[n][];
            List<List<Long>> pg = new ArrayList<>(), rg = new ArrayList<>();
            List<List<List<Long>>> perRange = new ArrayList<>();
            for (int k = 0; k < n; k++) { pg.add(new ArrayList<>()); rg.add(new ArrayList<>()); List<List<Long>> l = new ArrayList<>(); for (int q = 0; q < 4; q++) l.add(new ArrayList<>()); perRange.add(l); }
            for (int i = 0; i < 30; i++) {
                for (int j = 0; j < 8; j++) for (int k0 = 0; k0 < n; k0++) {
                    int k = (k0 + i + j + round) % n; Eng e = engines.get(k);
                    long c0 = mx.getCurrentThreadCpuTime(); e.page(e.canon.get(j)); pg.get(k).add(mx.getCurrentThreadCpuTime() - c0);
                }
                for (int q = 0; q < 4; q++) for (int k0 = 0; k0 < n; k0++) {
                    int k = (k0 + i + q + round) % n; Eng e = engines.get(k);
                    long c0 = mx.getCurrentThreadCpuTime(); e.range(q); long d = mx.getCurrentThreadCpuTime() - c0; rg.get(k).add(d); perRange.get(k).get(q).add(d);
                }
            }
            StringBuilder line = new StringBuilder("round " + round + " load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + ":");
            for (int k = 0; k < n; k++) {
                line.append(String.format("  %s region page CPU mean %.2f p50 %.2f, ranges mean %.2f p50 %.2f [", engines.get(k).name(), mean(pg.get(k)), p50(pg.get(k)), mean(rg.get(k)), p50(rg.get(k))));
                for (int q = 0; q < 4; q++) line.append(String.format(" %.2f", mean(perRange.get(k).get(q))));
                line.append(" ]");
            }
            System.out.println(line);
        }
        System.exit(0);
    }
    static double mean(List<Long> l) { return l.stream().mapToLong(x -> x).average().orElse(0) / 1e6; }
    static double p50(List<Long> l) { long[] a = l.stream().mapToLong(x -> x).sorted().toArray(); return a[a.length / 2] / 1e6; }
}
