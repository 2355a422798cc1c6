package dev.miniospring.benchmarks.probe;

import java.net.URI;

import dev.miniospring.benchmarks.GeneratedInputStream;
import dev.miniospring.benchmarks.clients.BenchClient;
import dev.miniospring.benchmarks.clients.ClientKind;
import dev.miniospring.benchmarks.clients.ClientSettings;
import dev.miniospring.benchmarks.run.ServerBenchmark;

/**
 * The child side of the memory probe: uploads a generated stream of unknown length with
 * one client and prints {@code RESULT OK|FAILED <peak RSS KiB> <seconds> <detail>}.
 */
public final class MemoryProbeMain {

    private static final long WATCHDOG_MILLIS = 240_000;

    private MemoryProbeMain() {
    }

    /**
     * Runs the probe.
     * @param args client id, endpoint, access key, secret key, size in bytes
     */
    public static void main(String[] args) {
        ClientSettings settings = new ClientSettings(URI.create(args[1]), args[2], args[3], ServerBenchmark.PART_SIZE,
                ServerBenchmark.UPLOAD_CONCURRENCY, ServerBenchmark.MAX_CONNECTIONS, null, false);
        long size = Long.parseLong(args[4]);
        long start = System.nanoTime();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(WATCHDOG_MILLIS);
            }
            catch (InterruptedException ex) {
                return;
            }
            System.out.printf("RESULT FAILED %d %.2f timed out%n", PeakRss.kib("self"), WATCHDOG_MILLIS / 1e3);
            System.out.flush();
            Runtime.getRuntime().halt(1);
        }, "probe-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        String outcome;
        try (BenchClient client = ClientKind.of(args[0]).create(settings)) {
            client.createBucket("probe");
            client.upload("probe", "large/probe", new GeneratedInputStream(size), -1);
            outcome = "OK - uploaded";
        }
        catch (Throwable ex) {
            Throwable cause = ex;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            outcome = "FAILED " + cause.getClass().getSimpleName() + ": "
                    + String.valueOf(cause.getMessage()).replaceAll("\\s+", " ");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String[] parts = outcome.split(" ", 2);
        System.out.printf("RESULT %s %d %.2f %s%n", parts[0], PeakRss.kib("self"), seconds, parts[1]);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

}
