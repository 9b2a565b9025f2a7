package com.policyminer.bench;

import java.lang.management.ManagementFactory;

/** CPU time used so far by this JVM, in nanoseconds (0 where the platform does not say). */
final class ProcessCpu {

    private ProcessCpu() {
    }

    static long nanos() {
        return ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
