package dev.miniospring.benchmarks;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.miniospring.benchmarks.ceiling.Ceiling;
import dev.miniospring.benchmarks.ceiling.LoopbackCeiling;
import dev.miniospring.benchmarks.clients.ClientKind;
import dev.miniospring.benchmarks.probe.MemoryProbe;
import dev.miniospring.benchmarks.report.MachineInfo;
import dev.miniospring.benchmarks.run.Measurement;
import dev.miniospring.benchmarks.run.RunSettings;
import dev.miniospring.benchmarks.run.Scenarios;
import dev.miniospring.benchmarks.run.ServerBenchmark;
import dev.miniospring.benchmarks.server.BenchmarkServer;
import dev.miniospring.benchmarks.server.NullS3ServerProcess;
import dev.miniospring.benchmarks.server.S3ProxyBenchmarkServer;
import dev.miniospring.benchmarks.tls.SelfSignedCertificate;
import dev.miniospring.benchmarks.startup.StartupBenchmark;
import dev.miniospring.benchmarks.startup.StartupResult;

/**
 * Runs the benchmark and writes its Markdown report; see {@link Options} for the command
 * line.
 */
public final class BenchmarkApplication {

    private static final long PROBE_SIZE = 512L * 1024 * 1024;

    private static final double QUIET_LOAD = 0.8;

    private static final Duration QUIET_WAIT = Duration.ofMinutes(25);

    private static final String HTTPS_SUFFIX = "-https";

    private static final Set<String> HTTPS_GROUPS = Set.of("put", "get", "head", "large");

    private static final Set<String> DO_NOTHING_ONLY = Set.of("files", "virtual");

    private BenchmarkApplication() {
    }

    /**
     * Runs the benchmark.
     * @param args see {@link Options}
     * @throws Exception on setup failure
     */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String quiet = options.waitQuiet() ? waitForQuiet() : "not awaited";
        String loadBefore = MachineInfo.loadAverage();
        Instant start = Instant.now();
        StartupResult startup = (options.startupRuns() > 0) ? startup(options) : null;
        Ceiling ceiling = options.ceiling() ? ceiling(options) : null;
        List<Measurement> measurements = new ArrayList<>();
        List<MemoryProbe.Result> probe = new ArrayList<>();
        StringBuilder payloadModes = new StringBuilder();
        try (SelfSignedCertificate certificate = needsCertificate(options) ? SelfSignedCertificate.generate() : null) {
            for (String serverName : options.servers()) {
                try (BenchmarkServer server = startServer(serverName, options.settings(), certificate)) {
                    RunSettings settings = server.stateless() ? options.settings() : options.settings().reduced();
                    List<ClientKind> clients = server.stateless() ? options.clients() : options.s3proxyClients();
                    ServerBenchmark benchmark = new ServerBenchmark(server, clients, settings);
                    try {
                        measurements.addAll(benchmark.run(Scenarios.of(groups(server, options.workloads()))));
                    }
                    finally {
                        benchmark.closeClients();
                    }
                    if (server.stateless() && server.certificate() == null && options.probe()) {
                        probe.addAll(MemoryProbe.run(server, options.clients(), PROBE_SIZE));
                    }
                    if (server instanceof NullS3ServerProcess nullServer) {
                        payloadModes.append(server.name()).append(":\n").append(nullServer.payloadModes());
                    }
                }
            }
        }
        String report = ReportDocument.render(options, start, quiet, loadBefore, MachineInfo.loadAverage(),
                measurements, probe, PROBE_SIZE, payloadModes.toString(), startup, ceiling);
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), report);
        System.out.println(report);
        System.err.println("Report written to " + options.out().toAbsolutePath());
        System.exit(0);
    }

    /**
     * Measures the single-stream loopback ceiling: 5 runs of 1 GiB and 3 s of iperf3 per
     * write size in full mode, 256 MiB and 1 s otherwise.
     */
    private static Ceiling ceiling(Options options) throws Exception {
        boolean full = "full".equals(options.mode());
        return LoopbackCeiling.measure(full ? 1L << 30 : 256L << 20, full ? 3 : 1);
    }

    private static boolean needsCertificate(Options options) {
        return options.servers().stream().anyMatch((name) -> name.endsWith(HTTPS_SUFFIX));
    }

    private static BenchmarkServer startServer(String name, RunSettings settings, SelfSignedCertificate certificate)
            throws Exception {
        System.err.println("Starting server " + name);
        return switch (name) {
            case "do-nothing" -> NullS3ServerProcess.start(settings.largeSize(), settings.fileSize(), null);
            case "do-nothing-https" ->
                NullS3ServerProcess.start(settings.largeSize(), settings.fileSize(), certificate);
            case "s3proxy" -> S3ProxyBenchmarkServer.start(null);
            case "s3proxy-https" -> S3ProxyBenchmarkServer.start(certificate);
            default -> throw new IllegalArgumentException(
                    "Unknown server '" + name + "' (do-nothing, s3proxy, do-nothing-https or s3proxy-https)");
        };
    }

    /**
     * Returns the workload groups a server runs: HTTPS servers the small objects and
     * large objects (the TLS rows), S3Proxy neither files nor the virtual-thread rows
     * (both measure the client on the do-nothing server).
     */
    private static List<String> groups(BenchmarkServer server, List<String> groups) {
        if (server.certificate() != null) {
            return groups.stream().filter(HTTPS_GROUPS::contains).toList();
        }
        return server.stateless() ? groups : groups.stream().filter((g) -> !DO_NOTHING_ONLY.contains(g)).toList();
    }

    private static StartupResult startup(Options options) throws Exception {
        System.err.println("Start-up benchmark: " + options.startupRuns() + " starts of each variant");
        try (BenchmarkServer server = NullS3ServerProcess.start(options.settings().largeSize(),
                options.settings().fileSize(), null)) {
            return StartupBenchmark.run(options.startupRuns(), server);
        }
    }

    private static String waitForQuiet() throws InterruptedException {
        Instant deadline = Instant.now().plus(QUIET_WAIT);
        while (Instant.now().isBefore(deadline)) {
            double load = MachineInfo.oneMinuteLoad();
            System.err.println("Load average " + MachineInfo.loadAverage());
            if (load >= 0 && load < QUIET_LOAD) {
                return "reached (1-minute load " + load + " < " + QUIET_LOAD + ")";
            }
            Thread.sleep(30_000);
        }
        return "**NOT reached within " + QUIET_WAIT.toMinutes() + " minutes: the machine was busy, numbers are noisy**";
    }

}
