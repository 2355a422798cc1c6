package dev.miniospring.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.miniospring.benchmarks.ceiling.Ceiling;
import dev.miniospring.benchmarks.probe.MemoryProbe;
import dev.miniospring.benchmarks.report.ComparisonTables;
import dev.miniospring.benchmarks.report.MachineInfo;
import dev.miniospring.benchmarks.report.MarkdownReport;
import dev.miniospring.benchmarks.run.Measurement;
import dev.miniospring.benchmarks.run.ServerBenchmark;
import dev.miniospring.benchmarks.startup.StartupResult;

/**
 * Assembles the Markdown results document: context, machine, load, tables.
 */
final class ReportDocument {

    private ReportDocument() {
    }

    static String render(Options options, Instant start, String quiet, String loadBefore, String loadAfter,
            List<Measurement> measurements, List<MemoryProbe.Result> probe, long probeSize, String payloadModes,
            @Nullable StartupResult startup, @Nullable Ceiling ceiling) {
        StringBuilder md = new StringBuilder();
        md.append("# Client benchmark, ")
            .append(start)
            .append(" (")
            .append(options.mode())
            .append(" mode)\n\n")
            .append("- duration: ")
            .append(Duration.between(start, Instant.now()).toSeconds())
            .append(" s\n")
            .append("- settings: ")
            .append(options.settings())
            .append('\n')
            .append("- clients: ")
            .append(options.clients().stream().map((c) -> c.id()).collect(Collectors.joining(", ")))
            .append("; on S3Proxy: ")
            .append(options.s3proxyClients().stream().map((c) -> c.id()).collect(Collectors.joining(", ")))
            .append('\n')
            .append("- command line: `")
            .append(String.join(" ", options.commandLine()))
            .append("`\n")
            .append("- quiet machine (1-minute load < 0.8) before the run: ")
            .append(quiet)
            .append('\n')
            .append("- load average before: `")
            .append(loadBefore)
            .append("`\n")
            .append("- load average after: `")
            .append(loadAfter)
            .append("`\n")
            .append("- part size ")
            .append(ServerBenchmark.PART_SIZE >> 20)
            .append(" MiB for all clients; ")
            .append("MinioTemplate upload concurrency ")
            .append(ServerBenchmark.UPLOAD_CONCURRENCY)
            .append("; connection pools: AWS S3Client ")
            .append(ServerBenchmark.MAX_CONNECTIONS)
            .append(", MinioTemplate the builder default (`minio.max-connections`, 64), ")
            .append("MinIO SDK and CRT transfer manager their own defaults\n")
            .append("- servers run in child JVMs, so *client CPU/op* is the benchmark JVM's process CPU time ")
            .append("(all threads, GC and JIT included) per operation; *cores busy* is that CPU time over wall time; ")
            .append("*server CPU/op* is the server's process CPU time per operation (the do-nothing server's or S3Proxy's JVM; 10 ms ticks)\n")
            .append("- S3Proxy rows use fewer, shorter rounds (filesystem backend, signature verification)\n\n")
            .append("## Machine\n\n")
            .append(MachineInfo.describe())
            .append('\n');
        if (!measurements.isEmpty()) {
            md.append("## Throughput, latency, CPU\n\n")
                .append(MarkdownReport.throughputTable(measurements))
                .append('\n');
            comparisons(md, new ComparisonTables(measurements));
        }
        if (ceiling != null) {
            singleStream(md, ceiling, new ComparisonTables(measurements));
        }
        if (!probe.isEmpty()) {
            md.append("## Memory probe (do-nothing server)\n\n")
                .append(MarkdownReport.memoryTable(probe, probeSize))
                .append('\n');
        }
        if (!payloadModes.isBlank()) {
            md.append("## How each client protected its uploads (as the do-nothing server saw them)\n\n```\n")
                .append(payloadModes)
                .append("```\n");
        }
        if (startup != null) {
            md.append("## Start-up cost of the starter (small web app: Spring MVC + Actuator)\n\n")
                .append(startup.toMarkdown());
        }
        return md.toString();
    }

    private static void singleStream(StringBuilder md, Ceiling ceiling, ComparisonTables tables) {
        md.append("## Single-stream ceiling and targets\n\n")
            .append("One TCP stream on loopback, measured before the rows above: `iperf3` (when installed) and ")
            .append("JDK sockets between two JVMs (a child JVM writes 1 MiB at a time, this JVM reads 1 MiB at a time): ")
            .append("through socket channels with direct buffers, one system call and no copy in the JVM per MiB ")
            .append("(the JVM's best path, comparable to iperf3), and through socket streams with arrays, which the ")
            .append("JDK copies through a temporary direct buffer at most 128 KiB per system call (what a client ")
            .append("reading a socket's stream, such as HttpClient 5 classic, gets).\n\n")
            .append(ceiling.toMarkdown())
            .append('\n');
        String targets = tables.singleStream(ceiling);
        if (!targets.isEmpty()) {
            md.append("Targets (issue 17): the template's 256 MiB GET (best variant) ≥ 0.9 of the ceiling, its ")
                .append("256 MiB PUT in checksum mode (`PayloadSigning.CHECKSUM`) ≥ 0.5, both on the plain ")
                .append("do-nothing server; the verdict is against ")
                .append(ceiling.referenceName())
                .append(".\n\n")
                .append(targets)
                .append('\n');
        }
    }

    private static void comparisons(StringBuilder md, ComparisonTables tables) {
        String tls = tables.tls();
        if (!tls.isEmpty()) {
            md.append("## TLS cost per client (HTTPS ÷ HTTP)\n\n")
                .append("Self-signed EC P-256 certificate generated at run time; the template trusts it through an SSL ")
                .append("bundle, the MinIO SDK (OkHttp) and the AWS S3Client through their trust managers; the CRT ")
                .append("transfer manager only offers `trustAllCertificatesEnabled` (encrypts, does not verify). The ")
                .append("template rows run its default payload signing (`minio.payload-signing` unset): the last ")
                .append("section shows which mode that was on each server.\n\n")
                .append(tls)
                .append('\n');
        }
        String virtual = tables.virtualThreads();
        if (!virtual.isEmpty()) {
            md.append("## Virtual threads against platform threads\n\n")
                .append("On virtual threads the driver's threads are virtual (Spring's `VirtualThreadTaskExecutor`) ")
                .append("and the template is built with `spring.threads.virtual.enabled=true` resolved as the ")
                .append("auto-configuration does; the other libraries run unchanged on the virtual threads. ")
                .append("\"No regression\" means at least 0.95× the platform-thread throughput.\n\n")
                .append(virtual)
                .append('\n');
        }
        String files = tables.fileTransfers();
        if (!files.isEmpty()) {
            md.append("## Files past one stream (against the AWS transfer manager on the CRT client)\n\n")
                .append("`fputObject` (parallel parts) and `fgetObject` of the template, `uploadFile`/`downloadFile` ")
                .append("of `S3TransferManager` on the CRT S3 client, `uploadObject`/`downloadObject` of the MinIO SDK, ")
                .append("`putObject`/`getObject` to a file of the AWS S3Client; files in the temporary directory ")
                .append("(page cache), deleted after each download and at the end.\n\n")
                .append(files)
                .append('\n');
        }
    }

}
