package dev.miniospring.benchmarks.diagnosis;

/**
 * What one round of one loop on one kind of threads did.
 *
 * @param operations the completed requests
 * @param elapsedNanos the wall-clock time of the round
 * @param clientCpuNanos the CPU time of this JVM (the clients) during the round
 * @param serverCpuNanos the CPU time of the do-nothing server's JVM during the round
 * @param clientSwitches the context switches of this JVM's threads during the round
 * @param serverSwitches the context switches of the server's threads during the round
 */
record Sample(long operations, long elapsedNanos, long clientCpuNanos, long serverCpuNanos, long clientSwitches,
        long serverSwitches) {

    double operationsPerSecond() {
        return this.operations * 1e9 / this.elapsedNanos;
    }

    double clientCpuMicrosPerOperation() {
        return this.clientCpuNanos / 1e3 / this.operations;
    }

    double serverCpuMicrosPerOperation() {
        return this.serverCpuNanos / 1e3 / this.operations;
    }

    double clientSwitchesPerOperation() {
        return (double) this.clientSwitches / this.operations;
    }

    double serverSwitchesPerOperation() {
        return (double) this.serverSwitches / this.operations;
    }

}
