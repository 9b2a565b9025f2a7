import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.compare.Cooccurrence;
import com.policyminer.compare.FigureComparator;
import com.policyminer.index.Analyzers;
import com.policyminer.index.LuceneIndex;
import com.policyminer.search.CorpusSnapshot;

import java.nio.file.Path;

/**
 * The heap the comparison's corpus table holds (issue 21): opens an index, measures the heap used after
 * GC, builds the table (CorpusSnapshot.get) and measures again with the table held; prints the bytes
 * per figure and the build time. Run against a jar (before and after a change):
 * {@code javac -cp policy-miner.jar -d /tmp/th TableHeap.java && java -Xmx1g -cp policy-miner.jar:/tmp/th TableHeap INDEX [rounds [--histogram]]}
 * ({@code --histogram}: also the classes whose instances grew most, from jcmd's class histogram before and after).
 */
public class TableHeap {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        boolean histogram = args.length > 2 && args[2].equals("--histogram");
        try (LuceneIndex index = new LuceneIndex(Path.of(args[0]), new Analyzers(new HanLPAnalyzer()))) {
            FigureComparator comparator = FigureComparator.standard();
            for (int round = 1; round <= rounds; round++) {
                CorpusSnapshot snapshot = new CorpusSnapshot(index.searchers(), comparator, Cooccurrence.standard());
                long before = used();
                java.util.Map<String, long[]> histogramBefore = histogram ? histogram() : null;
                long t0 = System.nanoTime();
                CorpusSnapshot.Data data = snapshot.get();
                double seconds = (System.nanoTime() - t0) / 1e9;
                long after = used();
                if (histogram) {
                    printGrowth(histogramBefore, histogram());
                }
                int figures = data.figures().figures();
                System.out.printf("round %d: %d figures, %d rows kept, %d keys, %d reports; table %.1f MB = %.0f bytes per figure"
                                + " (%.0f per row kept); built in %.1f s%n", round, figures, data.figures().kept(),
                        data.figures().keys(), data.matrices().documents(), (after - before) / 1e6,
                        (after - before) / (double) figures, (after - before) / (double) data.figures().kept(), seconds);
                snapshot.close();
            }
        }
    }

    /** Class name → {instances, bytes}, from jcmd's class histogram of this process (after a full GC). */
    private static java.util.Map<String, long[]> histogram() throws Exception {
        Process p = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        java.util.Map<String, long[]> out = new java.util.HashMap<>();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).lines()) {
            lines.map(String::trim).filter(l -> l.matches("\\d+:\\s+\\d+\\s+\\d+\\s+.*")).forEach(l -> {
                String[] f = l.split("\\s+");
                out.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            });
        }
        p.waitFor();
        return out;
    }

    /** The classes whose bytes grew most between two histograms. */
    private static void printGrowth(java.util.Map<String, long[]> before, java.util.Map<String, long[]> after) {
        System.out.println("| class | instances | MB |");
        System.out.println("|---|---:|---:|");
        after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .filter(e -> e.getValue()[1] > 100_000)
                .sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]))
                .forEach(e -> System.out.printf("| %s | %,d | %.2f |%n", e.getKey(), e.getValue()[0], e.getValue()[1] / 1e6));
    }

    private static long used() throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            Runtime r = Runtime.getRuntime();
            best = Math.min(best, r.totalMemory() - r.freeMemory());
        }
        return best;
    }
}
