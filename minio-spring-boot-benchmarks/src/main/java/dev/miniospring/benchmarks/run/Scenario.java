package dev.miniospring.benchmarks.run;

import dev.miniospring.benchmarks.clients.BenchClient;

/**
 * A workload at a number of client threads, platform or virtual.
 *
 * @param workload the workload
 * @param threads the number of threads issuing operations
 * @param virtualThreads whether they are virtual threads, with the template set up as in
 * an application with {@code spring.threads.virtual.enabled=true}
 */
public record Scenario(Workload workload, int threads, boolean virtualThreads) {

    /**
     * Creates a scenario on platform threads.
     * @param workload the workload
     * @param threads the number of threads issuing operations
     */
    public Scenario(Workload workload, int threads) {
        this(workload, threads, false);
    }

    /**
     * Returns the same scenario on the other kind of threads.
     * @return the scenario on platform threads if this one is on virtual threads and the
     * other way round
     */
    public Scenario otherThreads() {
        return new Scenario(this.workload, this.threads, !this.virtualThreads);
    }

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
        return this.workload.label() + " c" + this.threads + (this.virtualThreads ? " virtual threads" : "");
    }

}
