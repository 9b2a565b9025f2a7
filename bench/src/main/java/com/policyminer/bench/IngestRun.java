package com.policyminer.bench;

/**
 * Throughput of one ingest pipeline over the generated corpus.
 *
 * @param pipeline    short name (ours-full, ours-index-only, smartcn, cjk-bigram)
 * @param description what the pipeline does
 * @param docs        files indexed
 * @param failed      files that failed
 * @param seconds     wall-clock time of the whole run, commits included
 * @param textMB      MB (2^20 bytes) of text, as UTF-8 file bytes
 * @param docsPerSec  docs / seconds
 * @param mbPerSec    textMB / seconds
 * @param indexMB     index size on disk after the final commit, MB (2^20 bytes)
 * @param vsSmartcn   docsPerSec relative to the SmartChinese baseline (0 when there is none)
 * @param cpuSeconds  CPU time this JVM used during the run (all threads, GC and JIT included)
 * @param vsSmartcnCpu docs per CPU-second relative to the SmartChinese baseline: less sensitive to
 *                    other jobs on the machine than the wall-clock ratio
 * @param loadAverage the machine's 1-minute load average when the run ended (-1 if unknown): other
 *                    processes on the same cores make runs slower, and not all by the same amount
 * @param jitSeconds  time the JIT compiler spent during the run (its threads compete with the
 *                    pipeline's for the cores, and code not yet compiled runs slower)
 */
record IngestRun(String pipeline, String description, int docs, int failed, double seconds, double textMB,
                 double docsPerSec, double mbPerSec, double indexMB, double vsSmartcn, double cpuSeconds, double vsSmartcnCpu,
                 double loadAverage, double jitSeconds) {

    static IngestRun of(String pipeline, String description, int docs, int failed, long nanos, long cpuNanos,
                        long jitMillis, long textBytes, long indexBytes) {
        double s = nanos / 1e9;
        double mb = textBytes / (double) (1 << 20);
        return new IngestRun(pipeline, description, docs, failed, s, mb, docs / s, mb / s,
                indexBytes / (double) (1 << 20), 0, cpuNanos / 1e9, 0,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                jitMillis / 1e3);
    }

    IngestRun relativeTo(IngestRun smartcn) {
        return new IngestRun(pipeline, description, docs, failed, seconds, textMB, docsPerSec, mbPerSec, indexMB,
                smartcn == null || smartcn.docsPerSec() == 0 ? 0 : docsPerSec / smartcn.docsPerSec(), cpuSeconds,
                smartcn == null || cpuSeconds == 0 || smartcn.docs() == 0 ? 0
                        : (docs / cpuSeconds) / (smartcn.docs() / smartcn.cpuSeconds()), loadAverage, jitSeconds);
    }
}
