package dev.miniospring.benchmarks.run;

import java.util.Arrays;

/**
 * An append-only list of latencies in nanoseconds, for one thread, with percentiles.
 */
final class LatencyLog {

    private long[] values = new long[1024];

    private int size;

    void add(long nanos) {
        if (this.size == this.values.length) {
            this.values = Arrays.copyOf(this.values, this.size * 2);
        }
        this.values[this.size++] = nanos;
    }

    void addAll(LatencyLog other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return this.size;
    }

    /**
     * Returns a percentile (nearest rank).
     * @param percentile 0 to 100
     * @return the latency in nanoseconds, 0 when empty
     */
    long percentile(double percentile) {
        if (this.size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(this.values, this.size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * this.size);
        return sorted[Math.max(0, Math.min(this.size - 1, rank - 1))];
    }

}
