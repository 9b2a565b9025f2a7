package com.policyminer.ingest;

import com.policyminer.model.StageTimes;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Where an ingest run's time went: each stage's CPU and wall seconds summed over the threads (see
 * {@link StageTimes}), and for the whole process its CPU seconds since it started (start-up, the JIT
 * compilers and the garbage collector included, which no stage counts), the compilers' time and the
 * collector's. Printed by {@code ingest --timings}, and in {@code ingest --json}.
 *
 * @param processCpuSeconds the process's CPU time at the end of the run, since the JVM started; -1 if unknown
 * @param compileSeconds    time the JIT compilers spent compiling since the JVM started (summed over their threads); -1 if unknown
 * @param gcSeconds         time the garbage collectors report since the JVM started
 */
public record IngestTimings(List<StageTimes.Row> stages, double processCpuSeconds, double compileSeconds, double gcSeconds) {

    public IngestTimings {
        stages = List.copyOf(stages);
    }

    /** The stages {@code times} timed, and the process's totals now. */
    public static IngestTimings of(StageTimes times) {
        var compiler = ManagementFactory.getCompilationMXBean();
        double compile = compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? compiler.getTotalCompilationTime() / 1e3 : -1;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        long cpu = StageTimes.processCpuNanos();
        return new IngestTimings(times.rows(), cpu < 0 ? -1 : cpu / 1e9, compile, gcMillis / 1e3);
    }

    /** The CPU seconds of the stages together. */
    public double stagesCpuSeconds() {
        return stages.stream().mapToDouble(StageTimes.Row::cpuSeconds).sum();
    }

    /** A table for people: one line a stage, then the process's totals. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-24s %7s %9s %9s %6s%n", "stage", "runs", "CPU s", "wall s", "CPU %"));
        double all = processCpuSeconds > 0 ? processCpuSeconds : stagesCpuSeconds();
        for (StageTimes.Row r : stages) {
            out.append(String.format(Locale.ROOT, "%-24s %7d %9.2f %9.2f %5.1f%%%n", r.stage(), r.runs(), r.cpuSeconds(),
                    r.wallSeconds(), all > 0 ? 100 * r.cpuSeconds() / all : 0));
        }
        out.append(String.format(Locale.ROOT, "%-24s %7s %9.2f%n", "stages together", "", stagesCpuSeconds()));
        if (processCpuSeconds >= 0) {
            out.append(String.format(Locale.ROOT, "%-24s %7s %9.2f   (since the JVM started: start-up, JIT and GC included)%n",
                    "process CPU", "", processCpuSeconds));
        }
        if (compileSeconds >= 0) {
            out.append(String.format(Locale.ROOT, "%-24s %7s %9.2f   (the JIT compilers' threads, summed)%n", "JIT compiling", "", compileSeconds));
        }
        out.append(String.format(Locale.ROOT, "%-24s %7s %9.2f   (the collectors' own count)%n", "GC", "", gcSeconds));
        return out.toString();
    }
}
