package dev.miniospring.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.miniospring.benchmarks.probe.MemoryProbe;
import dev.miniospring.benchmarks.run.Measurement;

/**
 * Renders measurements as Markdown tables, with each client's ratio to the best of the
 * other libraries.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /**
     * Renders the throughput table: one row per server, scenario and client.
     * @param measurements the measurements
     * @return the Markdown
     */
    public static String throughputTable(List<Measurement> measurements) {
        StringBuilder md = new StringBuilder();
        md.append("| server | workload | threads | client | throughput (median) | p50 ms | p99 ms | client CPU/op "
                + "| cores busy | ratio to best other library | server CPU/op |\n");
        md.append("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (List<Measurement> row : groups(measurements)) {
            for (Measurement m : row) {
                md.append(line(m, row));
            }
        }
        return md.toString();
    }

    private static String line(Measurement m, List<Measurement> row) {
        String workload = workload(m);
        String prefix = String.format(Locale.ROOT, "| %s | %s | %d | %s | ", m.server(), workload,
                m.scenario().threads(), m.ours() ? "**" + m.client() + "**" : m.client());
        if (m.failure() != null) {
            return prefix + "failed: " + m.failure().replace("|", "/") + " | | | | | | |\n";
        }
        return prefix + String.format(Locale.ROOT, "%,.0f %s | %.2f | %.2f | %s | %.2f | %s | %s |\n",
                m.medianThroughput(), m.scenario().workload().unit(), m.latencyMillis(50), m.latencyMillis(99),
                cpu(m.cpuMicrosPerOperation()), m.coresUsed(), ratio(m, row), cpu(m.serverCpuMicrosPerOperation()));
    }

    private static String cpu(double micros) {
        if (Double.isNaN(micros)) {
            return "n/a";
        }
        return (micros >= 10_000) ? String.format(Locale.ROOT, "%,.0f ms", micros / 1000)
                : String.format(Locale.ROOT, "%,.0f µs", micros);
    }

    /**
     * Returns the workload label of a measurement, with the object size of large-object
     * and file workloads.
     * @param m the measurement
     * @return the label
     */
    static String workload(Measurement m) {
        String label = m.scenario().workload().label();
        long size = m.bytesPerOperation();
        if (!m.scenario().workload().large() || size == 0) {
            return label;
        }
        return ((size >= 1L << 30) ? (size >> 30) + " GiB " : (size >> 20) + " MiB ") + label;
    }

    private static String ratio(Measurement m, List<Measurement> row) {
        double ratio = ratioToBestOther(m, row);
        if (Double.isNaN(ratio)) {
            return "n/a";
        }
        String text = String.format(Locale.ROOT, "%.2f×", ratio);
        return m.ours() ? "**" + text + "**" : text;
    }

    /**
     * Returns a client's median throughput over the best of the other libraries in the
     * same row group.
     * @param m the measurement
     * @param row the measurements of the same server and scenario
     * @return the ratio, NaN when no other library succeeded
     */
    static double ratioToBestOther(Measurement m, List<Measurement> row) {
        double best = 0;
        for (Measurement other : row) {
            boolean sameLibrary = other.ours() && m.ours() || other.client().equals(m.client());
            if (!sameLibrary && other.failure() == null) {
                best = Math.max(best, other.medianThroughput());
            }
        }
        return (best == 0 || m.failure() != null) ? Double.NaN : m.medianThroughput() / best;
    }

    /**
     * Groups measurements by server and scenario, in order.
     * @param measurements the measurements
     * @return the groups
     */
    static List<List<Measurement>> groups(List<Measurement> measurements) {
        Map<String, List<Measurement>> groups = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            groups.computeIfAbsent(m.server() + "|" + m.scenario(), (k) -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * Renders the memory probe table.
     * @param results the probe results
     * @param size the uploaded size in bytes
     * @return the Markdown
     */
    public static String memoryTable(List<MemoryProbe.Result> results, long size) {
        StringBuilder md = new StringBuilder();
        md.append("| client | ")
            .append(size >> 20)
            .append(" MiB unknown-length upload at ")
            .append(MemoryProbe.HEAP)
            .append(" | peak RSS (VmHWM) | time |\n|---|---|---:|---:|\n");
        for (MemoryProbe.Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f s |\n", r.client(),
                    r.ok() ? "succeeded" : "**failed**: " + r.detail().replace("|", "/"),
                    (r.peakRssKib() < 0) ? "n/a" : String.format(Locale.ROOT, "%,d MiB", r.peakRssKib() / 1024),
                    r.seconds()));
        }
        return md.toString();
    }

}
