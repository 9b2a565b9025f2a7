import com.policyminer.parse.TikaDocumentParser;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The parse alone (TikaDocumentParser, as ingest runs it), over every file of CORPUS, ROUNDS times in one JVM on one
 * thread: process CPU seconds per round and a hash of each document's text, title and number of blocks (two builds that
 * print the same hash parsed the same). Run on C1 as the launcher's ingest does:
 * {@code java -XX:TieredStopAtLevel=1 -cp target/policy-miner.jar core/src/build/cold-ingest/ParseRounds.java CORPUS [ROUNDS]}
 */
public class ParseRounds {
    public static void main(String[] a) throws Exception {
        var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        TikaDocumentParser parser = new TikaDocumentParser();
        List<Path> files;
        try (var s = Files.list(Path.of(a[0]))) {
            files = s.sorted().toList();
        }
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 3;
        for (int r = 1; r <= rounds; r++) {
            long c0 = cpu.getProcessCpuTime();
            long hash = 0;
            for (Path f : files) {
                var d = parser.parse(f, f.getFileName().toString());
                hash = hash * 31 + d.text().hashCode() + d.title().hashCode() + d.blocks().size();
            }
            System.out.printf("round %d: %d files, %.2f CPU s, hash %x%n", r, files.size(), (cpu.getProcessCpuTime() - c0) / 1e9, hash);
        }
    }
}
