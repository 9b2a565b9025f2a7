import org.apache.lucene.index.*;
import org.apache.lucene.store.*;
import org.apache.lucene.codecs.*;
import java.nio.file.*;
import java.lang.management.*;
/**
 * {@code java -XX:TieredStopAtLevel=1 -cp target/policy-miner.jar core/src/build/cold-ingest/CfsCost.java INDEX}: what packing an
 * index's segments into compound files costs (what Lucene does to each flushed segment unless told not to): a copy of
 * INDEX in a temporary folder, each segment that is not a compound file packed into one, three rounds, the CPU of the
 * packing thread and the wall time (session 16: 125 MB of the 2,000 reports, 0.14-0.16 CPU-s on C1).
 */
public class CfsCost {
    public static void main(String[] a) throws Exception {
        Path src = Path.of(a[0]);
        var mx = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            Path work = Files.createTempDirectory("cfs");
            try (var s = Files.list(src)) { for (Path p : (Iterable<Path>) s::iterator) if (!p.getFileName().toString().equals("write.lock")) Files.copy(p, work.resolve(p.getFileName())); }
            try (Directory d = FSDirectory.open(work)) {
                SegmentInfos infos = SegmentInfos.readLatestCommit(d);
                long bytes = 0, c0 = mx.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                for (SegmentCommitInfo sci : infos) {
                    SegmentInfo si = sci.info;
                    if (si.getUseCompoundFile()) continue;
                    bytes += sci.sizeInBytes();
                    si.getCodec().compoundFormat().write(d, si, IOContext.DEFAULT);
                }
                System.out.printf("round %d: %.1f MB packed, CPU %.3f s, wall %.3f s%n", round, bytes / 1e6, (mx.getCurrentThreadCpuTime() - c0) / 1e9, (System.nanoTime() - t0) / 1e9);
            }
            try (var s = Files.walk(work)) { s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
        }
    }
}
