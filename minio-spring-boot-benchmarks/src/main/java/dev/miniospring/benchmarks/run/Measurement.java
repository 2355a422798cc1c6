package dev.miniospring.benchmarks.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The rounds of one client in one scenario on one server, and what they add up to.
 */
public final class Measurement {

    private final String server;

    private final Scenario scenario;

    private final String client;

    private final boolean ours;

    private final List<RoundResult> rounds = new ArrayList<>();

    private String failure;

    Measurement(String server, Scenario scenario, String client, boolean ours) {
        this.server = server;
        this.scenario = scenario;
        this.client = client;
        this.ours = ours;
    }

    void add(RoundResult round) {
        this.rounds.add(round);
    }

    void fail(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage()).replaceAll("\\s+", " ");
        String outer = (cause != failure) ? " (in " + failure.getClass().getSimpleName() + ": "
                + shorten(String.valueOf(failure.getMessage()).replaceAll("\\s+", " "), 200) + ")" : "";
        this.failure = cause.getClass().getSimpleName() + ": " + shorten(message, 160) + outer;
    }

    private static String shorten(String text, int length) {
        return text.substring(0, Math.min(length, text.length()));
    }

    /** Returns the server name. */
    public String server() {
        return this.server;
    }

    /** Returns the scenario. */
    public Scenario scenario() {
        return this.scenario;
    }

    /** Returns the client name. */
    public String client() {
        return this.client;
    }

    /** Returns whether the client is ours. */
    public boolean ours() {
        return this.ours;
    }

    /** Returns the failure, or {@code null} when every round succeeded. */
    public String failure() {
        return this.failure;
    }

    /** Returns the number of measured rounds. */
    public int roundCount() {
        return this.rounds.size();
    }

    /**
     * Returns the median over rounds of the throughput, in the workload's unit.
     * @return the throughput, 0 without rounds
     */
    public double medianThroughput() {
        if (this.rounds.isEmpty()) {
            return 0;
        }
        double[] values = this.rounds.stream()
            .mapToDouble((r) -> this.scenario.workload().large() ? r.mibPerSecond() : r.operationsPerSecond())
            .sorted()
            .toArray();
        int middle = values.length / 2;
        return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /**
     * Returns the payload bytes one operation moved, over all rounds.
     * @return bytes per operation, 0 without rounds
     */
    public long bytesPerOperation() {
        long operations = this.rounds.stream().mapToLong(RoundResult::operations).sum();
        long bytes = this.rounds.stream().mapToLong(RoundResult::bytes).sum();
        return (operations == 0) ? 0 : bytes / operations;
    }

    /**
     * Returns a latency percentile over all rounds.
     * @param percentile 0 to 100
     * @return milliseconds
     */
    public double latencyMillis(double percentile) {
        LatencyLog all = new LatencyLog();
        this.rounds.forEach((r) -> all.addAll(r.latencies()));
        return all.percentile(percentile) / 1e6;
    }

    /**
     * Returns the CPU time of the benchmark JVM per operation, over all rounds.
     * @return microseconds per operation
     */
    public double cpuMicrosPerOperation() {
        long operations = this.rounds.stream().mapToLong(RoundResult::operations).sum();
        long cpu = this.rounds.stream().mapToLong(RoundResult::cpuNanos).sum();
        return (operations == 0) ? 0 : cpu / 1e3 / operations;
    }

    /**
     * Returns the CPU time of the server's process per operation, over all rounds.
     * @return microseconds per operation, {@code NaN} when not known
     */
    public double serverCpuMicrosPerOperation() {
        long operations = this.rounds.stream().mapToLong(RoundResult::operations).sum();
        if (operations == 0 || this.rounds.stream().anyMatch((r) -> r.serverCpuNanos() < 0)) {
            return Double.NaN;
        }
        return this.rounds.stream().mapToLong(RoundResult::serverCpuNanos).sum() / 1e3 / operations;
    }

    /**
     * Returns the share of the machine's cores the benchmark JVM kept busy.
     * @return cores used on average
     */
    public double coresUsed() {
        long elapsed = this.rounds.stream().mapToLong(RoundResult::elapsedNanos).sum();
        long cpu = this.rounds.stream().mapToLong(RoundResult::cpuNanos).sum();
        return (elapsed == 0) ? 0 : (double) cpu / elapsed;
    }

}
