import java.lang.reflect.*;
import java.nio.file.*;
/**
 * Writes the reports {@code bench --cold} generates (its generator, seed 20261121, from the seed reports) without
 * running the benchmark: {@code java -cp target/policy-miner-bench.jar core/src/build/cold-ingest/GenCorpus.java corpus OUT N}.
 * The generator is package-private in the bench, hence the reflection.
 */
public class GenCorpus {
    public static void main(String[] a) throws Exception {
        Class<?> st = Class.forName("com.policyminer.bench.SeedText");
        Method read = st.getDeclaredMethod("read", Path.class); read.setAccessible(true);
        Object seeds = read.invoke(null, Path.of(a[0]));
        Class<?> cg = Class.forName("com.policyminer.bench.CorpusGenerator");
        Constructor<?> c = cg.getDeclaredConstructor(st, long.class); c.setAccessible(true);
        Object g = c.newInstance(seeds, 20261121L);
        Method w = cg.getDeclaredMethod("write", Path.class, int.class, int.class); w.setAccessible(true);
        Object files = w.invoke(g, Path.of(a[1]), 0, Integer.parseInt(a[2]));
        System.out.println(((java.util.List<?>) files).size());
    }
}
