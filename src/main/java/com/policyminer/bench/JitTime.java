package com.policyminer.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/** Time the JIT compiler has spent so far in this JVM, in milliseconds (0 where the JVM does not say). */
final class JitTime {

    private JitTime() {
    }

    static long millis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
