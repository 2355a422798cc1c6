package dev.miniospring.benchmarks.run;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;

/**
 * The CPU time of this JVM (all threads, JIT and GC included), which hosts the clients
 * only: the servers run in child JVMs.
 */
final class ProcessCpu {

    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean();

    private ProcessCpu() {
    }

    static long nanos() {
        return OS.getProcessCpuTime();
    }

}
