package dev.miniospring.benchmarks.run;

/**
 * What one client achieved in one round of one scenario.
 *
 * @param operations the completed operations
 * @param bytes the payload bytes moved
 * @param elapsedNanos the wall-clock time of the round
 * @param cpuNanos the CPU time the benchmark JVM used during the round
 * @param serverCpuNanos the CPU time the server's process used during the round, or
 * {@code -1} when not known
 * @param latencies the latency of every operation
 */
record RoundResult(long operations, long bytes, long elapsedNanos, long cpuNanos, long serverCpuNanos,
        LatencyLog latencies) {

    double operationsPerSecond() {
        return this.operations * 1e9 / this.elapsedNanos;
    }

    double mibPerSecond() {
        return this.bytes / (1024.0 * 1024.0) * 1e9 / this.elapsedNanos;
    }

}
