import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;

/**
 * Whether two builds answer alike: the JSON (as the API writes it, {@code tookMs} aside) of the benchmark's analyst
 * queries and of the 780 "each new" pairs, twice (a second time the words are kept), from an engine per jar in one JVM.
 *
 * <pre>java -Xmx4g core/src/build/search-ab/SameAnswers.java INDEX CORPUS bench/src/main/resources/bench/queries.txt A.jar B.jar</pre>
 */
public class SameAnswers {
    static final List<String> COMMON = List.of("创新", "发展", "科技", "经济", "产业", "政策", "建设", "企业", "数字", "城市",
            "人才", "投资", "市场", "服务", "改革", "开放", "制造", "能源", "农业", "金融", "教育", "交通", "生态", "区域", "合作",
            "平台", "项目", "资金", "增长", "研发", "技术", "规划", "工业", "消费", "人口", "就业", "园区", "基础", "质量", "安全");
    record Eng(Object search, Method searchM, Method of, Object mapper, Method write) {
        String run(String q) throws Exception {
            String json = (String) write.invoke(mapper, searchM.invoke(search, of.invoke(null, q, 10)));
            return json.replaceAll("\"tookMs\":\\d+", "");
        }
    }
    public static void main(String[] a) throws Exception {
        Path index = Path.of(a[0]), corpus = Path.of(a[1]);
        List<String> queries = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(a[2]))) if (!l.isBlank() && !l.strip().startsWith("#")) queries.add(l.strip());
        int bench = queries.size();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < COMMON.size(); i++) for (int j = i + 1; j < COMMON.size(); j++) pairs.add(COMMON.get(i) + " " + COMMON.get(j));
        Collections.shuffle(pairs, new Random(20261207L));
        queries.addAll(pairs); queries.addAll(pairs);
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
            Object rs = engine.getMethod("reportSearch").invoke(e);
            Class<?> rsc = cl.loadClass("com.policyminer.search.ReportSearch");
            rsc.getMethod("keepAnswers", boolean.class).invoke(rs, false);
            Class<?> req = cl.loadClass("com.policyminer.search.SearchRequest");
            Object mapper = cl.loadClass("com.policyminer.index.StoredJson").getField("MAPPER").get(null);
            engines.add(new Eng(rs, rsc.getMethod("search", req), req.getMethod("of", String.class, int.class), mapper,
                    mapper.getClass().getMethod("writeValueAsString", Object.class)));
        }
        int diff = 0, same = 0;
        for (int i = 0; i < queries.size(); i++) {
            String q = queries.get(i);
            String x = engines.get(0).run(q), y = engines.get(1).run(q);
            if (x.equals(y)) same++;
            else {
                diff++;
                if (diff <= 3) { System.out.println("DIFF " + q + "\n A " + x.substring(0, Math.min(800, x.length())) + "\n B " + y.substring(0, Math.min(800, y.length()))); }
            }
        }
        System.out.println("bench queries " + bench + ", pairs " + pairs.size() + " x2; same " + same + ", different " + diff);
        System.exit(0);
    }
}
