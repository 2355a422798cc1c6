package dev.miniospring.benchmarks.run;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;

/**
 * The CPU time of this JVM (all threads, JIT and GC included), which hosts the clients
 * only: the servers run in child JVMs.
 */
public final class ProcessCpu {

    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean();

    private ProcessCpu() {
    }

    /**
     * Returns the CPU time of this JVM so far.
     * @return the CPU time in nanoseconds
     */
    public static long nanos() {
        return OS.getProcessCpuTime();
    }

}
