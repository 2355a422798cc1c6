package dev.miniospring.docs;

/**
 * One measured row of a benchmark results table.
 *
 * @param server the server the client talked to, such as {@code do-nothing} or
 * {@code S3Proxy}
 * @param workload the workload, such as {@code 4 KiB PUT}
 * @param threads the number of client threads
 * @param client the client, without the Markdown emphasis of the table
 * @param throughput the median throughput
 * @param unit the unit of the throughput, such as {@code ops/s} or {@code MiB/s}
 */
public record BenchmarkRow(String server, String workload, int threads, String client, long throughput, String unit) {

    /**
     * Returns the workload with its thread count, as the chart labels it.
     * @return the label
     */
    public String label() {
        return this.workload + ", " + this.threads + ((this.threads == 1) ? " thread" : " threads");
    }

}
