package com.policyminer.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where an ingest's time goes, stage by stage: CPU and wall time summed over the threads that ran each
 * stage, and how many times it ran. Each stage is timed with its thread's CPU clock, but the final merge,
 * which Lucene runs on its merge threads while the run waits, with the process's. Two clock reads a stage:
 * about a microsecond each, nothing beside a file's milliseconds. Thread-safe. {@link #OFF} times nothing.
 */
public final class StageTimes {

    /** The stages, in the order the data flows. */
    public enum Stage {
        LIST("list and hash files", true),
        PARSE("parse", true),
        SEGMENT("segment (HanLP)", true),
        REGIONS("extract regions", true),
        ORGANIZATIONS("extract organizations", true),
        POLICIES("extract policies", true),
        FIGURES("extract figures", true),
        PAGES("pages and OCR flags", true),
        FINGERPRINT("fingerprint", true),
        BUILD("build index documents", true),
        ADD("add to index", true),
        FLUSH("flush segments", true),
        COMMIT("commit", true),
        MERGE("merge", false);

        private final String label;
        private final boolean perThread;

        Stage(String label, boolean perThread) {
            this.label = label;
            this.perThread = perThread;
        }

        public String label() {
            return label;
        }
    }

    /** One stage's totals; for the merge {@code cpuSeconds} is the process's while it ran. */
    public record Row(String stage, long runs, double cpuSeconds, double wallSeconds) {
    }

    /** Times nothing (the work runs as it is). */
    public static final StageTimes OFF = new StageTimes(false);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final java.lang.management.OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private final boolean on;
    private final LongAdder[] cpu = adders();
    private final LongAdder[] wall = adders();
    private final LongAdder[] runs = adders();

    private StageTimes(boolean on) {
        this.on = on;
    }

    public static StageTimes create() {
        return new StageTimes(true);
    }

    private static LongAdder[] adders() {
        LongAdder[] a = new LongAdder[Stage.values().length];
        for (int i = 0; i < a.length; i++) {
            a[i] = new LongAdder();
        }
        return a;
    }

    /** The moment a stage starts: pass it to {@link #stop}. */
    public long[] start(Stage stage) {
        if (!on) {
            return null;
        }
        return new long[] {cpuNow(stage), System.nanoTime()};
    }

    /** Adds the time since {@code started} (from {@link #start}) to {@code stage}. */
    public void stop(Stage stage, long[] started) {
        if (started != null) {
            stopPart(stage, started);
            runs[stage.ordinal()].increment();
        }
    }

    /** As {@link #stop}, for a part of a stage run on another thread: its time is added, its run counted by the other part. */
    public void stopPart(Stage stage, long[] started) {
        if (started == null) {
            return;
        }
        cpu[stage.ordinal()].add(cpuNow(stage) - started[0]);
        wall[stage.ordinal()].add(System.nanoTime() - started[1]);
    }

    /** Runs {@code work} as {@code stage}. */
    public <T> T time(Stage stage, Supplier<T> work) {
        long[] started = start(stage);
        try {
            return work.get();
        } finally {
            stop(stage, started);
        }
    }

    private static long cpuNow(Stage stage) {
        if (stage.perThread) {
            return THREADS.getCurrentThreadCpuTime();
        }
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** The process's CPU time so far (all threads: start-up, compiler and GC included), in nanoseconds; -1 if unknown. */
    public static long processCpuNanos() {
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** The stages that ran, in order. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (Stage s : Stage.values()) {
            long n = runs[s.ordinal()].sum();
            if (n > 0) {
                out.add(new Row(s.label(), n, cpu[s.ordinal()].sum() / 1e9, wall[s.ordinal()].sum() / 1e9));
            }
        }
        return out;
    }
}
