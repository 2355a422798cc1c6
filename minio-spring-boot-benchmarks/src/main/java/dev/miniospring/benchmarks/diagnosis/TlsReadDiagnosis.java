package dev.miniospring.benchmarks.diagnosis;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.management.ThreadMXBean;

import dev.miniospring.benchmarks.GeneratedInputStream;
import dev.miniospring.benchmarks.clients.BenchClient;
import dev.miniospring.benchmarks.clients.ClientKind;
import dev.miniospring.benchmarks.clients.ClientSettings;
import dev.miniospring.benchmarks.report.MachineInfo;
import dev.miniospring.benchmarks.server.BenchmarkServer;
import dev.miniospring.benchmarks.server.NullS3ServerProcess;
import dev.miniospring.benchmarks.server.S3ProxyBenchmarkServer;
import dev.miniospring.benchmarks.tls.SelfSignedCertificate;

/**
 * Tells what a client's way of reading a TLS stream costs the server next to it: 256 MiB
 * GETs over HTTPS from each client in turn (the order rotating by round), with the
 * throughput, the server's CPU time, the calling thread's CPU time and its voluntary
 * context switches (the times it waited for the network) per GET. A client that reads the
 * socket faster than the server writes it waits for every write, and on loopback the
 * writer pays for each wake-up. Optional spinning threads stand in for a busy machine.
 * Not part of the benchmark's report; run it as
 * {@code java -cp minio-spring-boot-benchmarks.jar dev.miniospring.benchmarks.diagnosis.TlsReadDiagnosis
 * [server] [clients] [rounds] [spinning threads]}, by default
 * {@code s3proxy-https template-hc5,template-hc5-tls-unbuffered,aws-sync 8 0}; the server
 * is {@code s3proxy-https} or {@code do-nothing-https}.
 *
 * @since 0.1.0
 */
public final class TlsReadDiagnosis {

    private static final long SIZE = 256L * 1024 * 1024;

    private static final String BUCKET = "diagnosis";

    private static final String KEY = "large/tls-read";

    private TlsReadDiagnosis() {
    }

    /**
     * Runs the diagnosis.
     * @param args the server, the clients (comma-separated ids), the measured rounds and
     * the spinning threads
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        String serverName = arg(args, 0, "s3proxy-https");
        List<ClientKind> kinds = Arrays
            .stream(arg(args, 1, "template-hc5,template-hc5-tls-unbuffered,aws-sync").split(","))
            .map(ClientKind::of)
            .toList();
        int rounds = Integer.parseInt(arg(args, 2, "8"));
        int spinners = Integer.parseInt(arg(args, 3, "0"));
        System.out.println("Java " + Runtime.version() + ", " + serverName + ", " + spinners
                + " spinning threads, load before " + MachineInfo.loadAverage());
        Map<ClientKind, List<double[]>> samples = new LinkedHashMap<>();
        try (SelfSignedCertificate certificate = SelfSignedCertificate.generate();
                BenchmarkServer server = start(serverName, certificate);
                Spinners spinning = Spinners.start(spinners)) {
            ClientSettings settings = new ClientSettings(server.endpoint(), server.accessKey(), server.secretKey(),
                    16L * 1024 * 1024, 4, 16, certificate, false);
            Map<ClientKind, BenchClient> clients = new LinkedHashMap<>();
            for (ClientKind kind : kinds) {
                clients.put(kind, kind.create(settings));
            }
            try {
                seed(server, clients.values().iterator().next());
                for (BenchClient client : clients.values()) {
                    get(client, server);
                }
                List<ClientKind> order = new ArrayList<>(kinds);
                for (int round = 0; round < rounds; round++) {
                    for (ClientKind kind : order) {
                        samples.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(get(clients.get(kind), server));
                    }
                    order.add(order.remove(0));
                }
            }
            finally {
                for (BenchClient client : clients.values()) {
                    client.close();
                }
            }
        }
        System.out.println("load after " + MachineInfo.loadAverage());
        System.out.println("""
                | client | MiB/s (min–max) | server CPU ms/GET | client thread CPU ms/GET \
                | client waits (voluntary switches)/GET |
                |---|---:|---:|---:|---:|""");
        samples.forEach((kind, values) -> System.out.println(row(kind, values)));
        System.exit(0);
    }

    private static BenchmarkServer start(String name, SelfSignedCertificate certificate) throws Exception {
        return switch (name) {
            case "s3proxy-https" -> S3ProxyBenchmarkServer.start(certificate);
            case "do-nothing-https" -> NullS3ServerProcess.start(SIZE, SIZE, certificate);
            default -> throw new IllegalArgumentException(
                    "The server must be 's3proxy-https' or 'do-nothing-https', not '" + name + "'");
        };
    }

    private static void seed(BenchmarkServer server, BenchClient client) throws Exception {
        client.createBucket(BUCKET);
        if (!server.stateless()) {
            client.upload(BUCKET, KEY, new GeneratedInputStream(SIZE), SIZE);
        }
    }

    private static double[] get(BenchClient client, BenchmarkServer server) throws Exception {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long serverCpu = server.cpuNanos();
        long clientCpu = threads.getCurrentThreadCpuTime();
        long waits = ContextSwitches.voluntaryOfCurrentThread();
        long start = System.nanoTime();
        long read = client.get(BUCKET, KEY);
        long elapsed = System.nanoTime() - start;
        if (read != SIZE) {
            throw new IllegalStateException(client.name() + " read " + read + " bytes, expected " + SIZE);
        }
        return new double[] { SIZE / 1048576.0 / (elapsed / 1e9), (server.cpuNanos() - serverCpu) / 1e6,
                (threads.getCurrentThreadCpuTime() - clientCpu) / 1e6,
                ContextSwitches.voluntaryOfCurrentThread() - waits };
    }

    private static String row(ClientKind kind, List<double[]> values) {
        return String.format("| %s | %.0f (%.0f–%.0f) | %.0f | %.0f | %.0f |", kind.id(), median(values, 0),
                min(values, 0), max(values, 0), median(values, 1), median(values, 2), median(values, 3));
    }

    private static double median(List<double[]> values, int column) {
        double[] sorted = values.stream().mapToDouble((value) -> value[column]).sorted().toArray();
        int middle = sorted.length / 2;
        return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double min(List<double[]> values, int column) {
        return values.stream().mapToDouble((value) -> value[column]).min().orElse(Double.NaN);
    }

    private static double max(List<double[]> values, int column) {
        return values.stream().mapToDouble((value) -> value[column]).max().orElse(Double.NaN);
    }

    private static String arg(String[] args, int index, String fallback) {
        return (args.length > index) ? args[index] : fallback;
    }

    /**
     * Daemon threads that spin until closed, standing in for other work on the machine.
     */
    private static final class Spinners implements AutoCloseable {

        private volatile boolean running = true;

        static Spinners start(int count) {
            Spinners spinners = new Spinners();
            for (int i = 0; i < count; i++) {
                Thread thread = new Thread(spinners::spin, "spinner-" + i);
                thread.setDaemon(true);
                thread.start();
            }
            return spinners;
        }

        private void spin() {
            long sum = 0;
            while (this.running) {
                sum += System.nanoTime() & 1;
            }
            if (sum < 0) {
                System.out.println(sum);
            }
        }

        @Override
        public void close() {
            this.running = false;
        }

    }

}
