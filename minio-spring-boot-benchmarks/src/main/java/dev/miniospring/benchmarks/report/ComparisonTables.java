package dev.miniospring.benchmarks.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import dev.miniospring.benchmarks.ceiling.Ceiling;
import dev.miniospring.benchmarks.run.Measurement;
import dev.miniospring.benchmarks.run.Scenario;
import dev.miniospring.benchmarks.run.Workload;

/**
 * Renders the comparisons of issue 17 from the measurements: the cost of TLS per client
 * (HTTPS ÷ HTTP), virtual against platform threads, and file transfers against the AWS
 * transfer manager, and the single-stream targets against the loopback ceiling, each with
 * its verdict.
 */
public final class ComparisonTables {

    /** The server name suffix of HTTPS servers. */
    public static final String HTTPS = " https";

    /**
     * Virtual threads count as no regression down to this share of the platform-thread
     * throughput.
     */
    static final double NO_REGRESSION = 0.95;

    private static final String TRANSFER_MANAGER = "AWS S3TransferManager";

    private static final String PLAIN_SERVER = "do-nothing";

    private static final double GET_TARGET = 0.9;

    private static final double PUT_TARGET = 0.5;

    private final List<Measurement> measurements;

    private final Map<String, Measurement> byKey = new HashMap<>();

    private final Map<Measurement, List<Measurement>> rows = new HashMap<>();

    /**
     * Indexes the measurements.
     * @param measurements the measurements of the run
     */
    public ComparisonTables(List<Measurement> measurements) {
        this.measurements = measurements;
        for (List<Measurement> row : MarkdownReport.groups(measurements)) {
            row.forEach((m) -> {
                this.rows.put(m, row);
                this.byKey.put(key(m.server(), m.scenario(), m.client()), m);
            });
        }
    }

    private static String key(String server, Scenario scenario, String client) {
        return server + "|" + scenario + "|" + client;
    }

    /**
     * Renders the TLS table: each HTTPS measurement next to the same one over HTTP.
     * @return the Markdown, empty without HTTPS rows
     */
    public String tls() {
        StringBuilder md = new StringBuilder();
        for (Measurement https : this.measurements) {
            if (!https.server().endsWith(HTTPS)) {
                continue;
            }
            String server = https.server().substring(0, https.server().length() - HTTPS.length());
            Measurement http = this.byKey.get(key(server, https.scenario(), https.client()));
            double best = MarkdownReport.ratioToBestOther(https, this.rows.get(https));
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s |\n", server,
                    MarkdownReport.workload(https), https.scenario().threads(), client(https), throughput(http),
                    throughput(https), ratio(https, http), times(best), https.ours() ? peerVerdict(best) : ""));
        }
        return table("| server | workload | threads | client | HTTP | HTTPS | HTTPS ÷ HTTP | HTTPS ratio to best other "
                + "library | ≥ 1.0× best peer |\n|---|---|---:|---|---:|---:|---:|---:|---|\n", md);
    }

    /**
     * Renders the virtual-thread table: each measurement on virtual threads next to the
     * same on platform threads.
     * @return the Markdown, empty without virtual-thread rows
     */
    public String virtualThreads() {
        StringBuilder md = new StringBuilder();
        for (Measurement virtual : this.measurements) {
            if (!virtual.scenario().virtualThreads()) {
                continue;
            }
            Measurement platform = this.byKey
                .get(key(virtual.server(), virtual.scenario().otherThreads(), virtual.client()));
            String verdict = "";
            if (virtual.ours()) {
                double ratio = quotient(virtual, platform);
                verdict = Double.isNaN(ratio) ? "n/a" : (ratio >= NO_REGRESSION) ? "no regression" : "**regression**";
            }
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s |\n", virtual.server(),
                    MarkdownReport.workload(virtual), virtual.scenario().threads(), client(virtual),
                    throughput(platform), throughput(virtual), ratio(virtual, platform), verdict));
        }
        return table("| server | workload | threads | client | platform threads | virtual threads | virtual ÷ "
                + "platform | verdict (ours) |\n|---|---|---:|---|---:|---:|---:|---|\n", md);
    }

    /**
     * Renders the file-transfer table: our template against the AWS transfer manager.
     * @return the Markdown, empty without file rows
     */
    public String fileTransfers() {
        StringBuilder md = new StringBuilder();
        for (Measurement m : this.measurements) {
            Workload workload = m.scenario().workload();
            if (workload != Workload.FILE_UPLOAD && workload != Workload.FILE_DOWNLOAD) {
                continue;
            }
            Measurement manager = this.rows.get(m)
                .stream()
                .filter((other) -> other.client().startsWith(TRANSFER_MANAGER))
                .findFirst()
                .orElse(null);
            double ratio = quotient(m, manager);
            String verdict = (!m.ours() || Double.isNaN(ratio)) ? "" : (ratio >= 1.0) ? "met" : "**not met**";
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |\n", m.server(),
                    MarkdownReport.workload(m), client(m), throughput(m), times(ratio), verdict));
        }
        return table("| server | workload | client | throughput | ÷ AWS TransferManager | ≥ 1.0× TransferManager |\n"
                + "|---|---|---|---:|---:|---|\n", md);
    }

    /**
     * Renders the single-stream targets: the template's 256 MiB GET (best variant) and
     * PUT in checksum mode on the plain do-nothing server, over the loopback ceiling.
     * @param ceiling the ceiling measured in the same run
     * @return the Markdown, empty without those rows
     */
    public String singleStream(Ceiling ceiling) {
        StringBuilder md = new StringBuilder();
        target(md, ceiling, Workload.GET_LARGE, (m) -> true, GET_TARGET);
        target(md, ceiling, Workload.PUT_LARGE_KNOWN, (m) -> m.client().endsWith("/checksum"), PUT_TARGET);
        return table("| workload | client | throughput | ÷ " + ceiling.referenceName()
                + " | ÷ JDK socket channels | target | verdict |\n|---|---|---:|---:|---:|---:|---|\n", md);
    }

    private void target(StringBuilder md, Ceiling ceiling, Workload workload, Predicate<Measurement> variant,
            double target) {
        Measurement best = this.measurements.stream()
            .filter((m) -> m.server().equals(PLAIN_SERVER) && m.scenario().workload() == workload
                    && !m.scenario().virtualThreads() && m.ours() && m.failure() == null && variant.test(m))
            .max(Comparator.comparingDouble(Measurement::medianThroughput))
            .orElse(null);
        if (best == null) {
            return;
        }
        double ratio = best.medianThroughput() / ceiling.reference();
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | ≥ %.1f× | %s |\n",
                MarkdownReport.workload(best), client(best), throughput(best), times(ratio),
                times(best.medianThroughput() / ceiling.jdkMibPerSecond()), target,
                (ratio >= target) ? "met" : "**not met**"));
    }

    private static String table(String header, StringBuilder rows) {
        return rows.isEmpty() ? "" : header + rows;
    }

    private static String client(Measurement m) {
        return m.ours() ? "**" + m.client() + "**" : m.client();
    }

    private static String throughput(Measurement m) {
        if (m == null) {
            return "not run";
        }
        if (m.failure() != null) {
            return "failed";
        }
        return String.format(Locale.ROOT, "%,.0f %s", m.medianThroughput(), m.scenario().workload().unit());
    }

    private static String ratio(Measurement m, Measurement base) {
        return times(quotient(m, base));
    }

    private static double quotient(Measurement m, Measurement base) {
        if (m == null || base == null || m.failure() != null || base.failure() != null
                || base.medianThroughput() == 0) {
            return Double.NaN;
        }
        return m.medianThroughput() / base.medianThroughput();
    }

    private static String times(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    private static String peerVerdict(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : (ratio >= 1.0) ? "met" : "**not met**";
    }

}
