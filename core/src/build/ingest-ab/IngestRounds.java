import com.policyminer.app.Config;
import com.policyminer.app.Engine;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * One jar's Engine ingest (extraction on, 2 threads) of a corpus, several times in one JVM, each into a fresh
 * index, after a warm-up ingest of a smaller corpus (as {@code bench} warms up on a tenth of its files). Prints
 * one line per round: the process's CPU seconds, and those of its C2 and C1 compiler threads (from /proc).
 * <p>Run by {@code ingest-ab.sh} with the jar on the class path ({@code java -cp JAR IngestRounds.java …}), so
 * the same harness times two builds: {@code bench} can only time the build it is part of.
 */
public class IngestRounds {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path warmup = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path work = Files.createTempDirectory("ingest-rounds");
        Config base = Config.fromEnvironment().withThreads(2);
        try (Engine e = new Engine(base.withIndex(work.resolve("warm")).withCorpus(warmup))) {
            e.ingest().run(warmup, null);
        }
        for (int r = 0; r < rounds; r++) {
            Path index = work.resolve("round-" + r);
            try (Engine e = new Engine(base.withIndex(index).withCorpus(corpus))) {
                long cpu = processCpuMillis();
                long c2 = threadCpuMillis("C2 ");
                long c1 = threadCpuMillis("C1 ");
                long t0 = System.nanoTime();
                e.ingest().run(corpus, null);
                System.out.printf("round=%d cpu_s=%.2f c2_s=%.2f c1_s=%.2f wall_s=%.2f%n", r,
                        (processCpuMillis() - cpu) / 1e3, (threadCpuMillis("C2 ") - c2) / 1e3,
                        (threadCpuMillis("C1 ") - c1) / 1e3, (System.nanoTime() - t0) / 1e9);
            }
            delete(index);
        }
        delete(work);
    }

    private static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** CPU milliseconds of this process's threads whose name starts with {@code prefix} (utime + stime, in ticks of 10 ms). */
    private static long threadCpuMillis(String prefix) throws Exception {
        long sum = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String comm;
                String stat;
                try {
                    comm = Files.readString(t.resolve("comm")).strip();
                    stat = Files.readString(t.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue; // the thread ended meanwhile
                }
                if (comm.startsWith(prefix)) {
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    sum += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
                }
            }
        }
        return sum;
    }

    private static void delete(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
