import com.policyminer.analysis.HanLPAnalyzer;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP segmentation alone ({@code HanLPAnalyzer.segment}, as ingest runs it once per report), over the text of every
 * file of CORPUS read as UTF-8, ROUNDS times in one JVM on one thread: CPU seconds per round and a hash of every word
 * (term, offsets, part of speech: two builds that print the same hash segmented the same). Run on C1 as the launcher's
 * ingest does:
 * {@code java -XX:TieredStopAtLevel=1 -cp target/policy-miner.jar core/src/build/cold-ingest/SegmentRounds.java CORPUS [ROUNDS]}
 */
public class SegmentRounds {
    public static void main(String[] a) throws Exception {
        var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<String> texts = new ArrayList<>();
        try (var s = Files.list(Path.of(a[0]))) {
            for (Path f : s.sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 3;
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        for (int r = 1; r <= rounds; r++) {
            long c0 = cpu.getProcessCpuTime();
            long hash = 0;
            long words = 0;
            for (String text : texts) {
                for (var w : hanlp.segment(text)) {
                    hash = hash * 31 + w.term().hashCode() * 17L + w.start() * 7L + w.end() + w.pos().hashCode();
                    words++;
                }
            }
            System.out.printf("round %d: %d texts, %d words, %.2f CPU s, hash %x%n", r, texts.size(), words,
                    (cpu.getProcessCpuTime() - c0) / 1e9, hash);
        }
    }
}
