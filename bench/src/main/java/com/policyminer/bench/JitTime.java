package com.policyminer.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Time the JIT compilers have spent so far in this JVM, in milliseconds: elapsed compile time
 * summed over the compiler threads (the JVM's own measure, not CPU time); 0 where the JVM does not say.
 */
final class JitTime {

    private JitTime() {
    }

    static boolean supported() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported();
    }

    static long millis() {
        return supported() ? ManagementFactory.getCompilationMXBean().getTotalCompilationTime() : 0;
    }
}
