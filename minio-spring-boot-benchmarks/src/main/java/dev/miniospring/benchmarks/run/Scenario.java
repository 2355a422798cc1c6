package dev.miniospring.benchmarks.run;

import dev.miniospring.benchmarks.clients.BenchClient;

/**
 * A workload at a number of client threads.
 *
 * @param workload the workload
 * @param threads the number of threads issuing operations
 */
public record Scenario(Workload workload, int threads) {

    /**
     * Tells whether a client takes part in this scenario.
     * @param client the client
     * @return {@code true} when it supports the workload
     */
    public boolean accepts(BenchClient client) {
        if (!this.workload.large()) {
            return client.smallObjects();
        }
        return this.workload != Workload.PUT_LARGE_UNKNOWN || client.unknownLength();
    }

    @Override
    public String toString() {
        return this.workload.label() + " c" + this.threads;
    }

}
