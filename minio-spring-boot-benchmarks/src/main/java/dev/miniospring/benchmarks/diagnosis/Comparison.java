package dev.miniospring.benchmarks.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The rounds of one loop at one number of threads on platform and on virtual threads,
 * paired by round, as one row of the diagnosis's table.
 */
final class Comparison {

    /** The header of the table whose rows {@link #row()} gives. */
    static final String HEADER = """
            | loop | threads | platform ops/s | virtual ops/s | virtual ÷ platform (rounds) \
            | client CPU/op µs | server CPU/op µs | client switches/op | server switches/op |
            |---|---:|---:|---:|---|---|---|---|---|""";

    private final String loop;

    private final int threads;

    private final List<Sample> platform = new ArrayList<>();

    private final List<Sample> virtual = new ArrayList<>();

    Comparison(String loop, int threads) {
        this.loop = loop;
        this.threads = threads;
    }

    void add(Sample platformRound, Sample virtualRound) {
        this.platform.add(platformRound);
        this.virtual.add(virtualRound);
    }

    /**
     * Returns the row: median throughputs, their ratio and the range of the per-round
     * ratios, then median costs per request, platform → virtual.
     * @return the Markdown row
     */
    String row() {
        double platformOps = median(this.platform, Sample::operationsPerSecond);
        double virtualOps = median(this.virtual, Sample::operationsPerSecond);
        return String.format("| %s | %d | %.0f | %.0f | %.2f (%s) | %s | %s | %s | %s |", this.loop, this.threads,
                platformOps, virtualOps, virtualOps / platformOps, roundRatios(),
                pair(Sample::clientCpuMicrosPerOperation, "%.1f"), pair(Sample::serverCpuMicrosPerOperation, "%.1f"),
                pair(Sample::clientSwitchesPerOperation, "%.2f"), pair(Sample::serverSwitchesPerOperation, "%.2f"));
    }

    private String roundRatios() {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < this.platform.size(); i++) {
            double ratio = this.virtual.get(i).operationsPerSecond() / this.platform.get(i).operationsPerSecond();
            min = Math.min(min, ratio);
            max = Math.max(max, ratio);
        }
        return String.format("%.2f–%.2f", min, max);
    }

    private String pair(ToDoubleFunction<Sample> value, String format) {
        return String.format(format + " → " + format, median(this.platform, value), median(this.virtual, value));
    }

    static double median(List<Sample> samples, ToDoubleFunction<Sample> value) {
        double[] sorted = samples.stream().mapToDouble(value).sorted().toArray();
        int middle = sorted.length / 2;
        return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

}
