package dev.miniospring.benchmarks.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.miniospring.benchmarks.ChildJvm;
import dev.miniospring.benchmarks.clients.ClientKind;
import dev.miniospring.benchmarks.server.BenchmarkServer;

/**
 * Runs the memory probe for each client in a child JVM with a small heap
 * ({@code -Xmx96m}) and collects success and peak RSS.
 */
public final class MemoryProbe {

    /** The heap limit of the child JVM. */
    public static final String HEAP = "-Xmx96m";

    private static final long TIMEOUT_SECONDS = 300;

    private MemoryProbe() {
    }

    /**
     * Runs the probe for each client that can upload a stream of unknown length.
     * @param server the server to upload to
     * @param kinds the clients
     * @param size the number of bytes to upload
     * @return one result per client
     */
    public static List<Result> run(BenchmarkServer server, List<ClientKind> kinds, long size) {
        List<Result> results = new ArrayList<>();
        for (ClientKind kind : kinds) {
            if (kind == ClientKind.AWS_SYNC) {
                continue;
            }
            results.add(probe(server, kind, size));
            System.err.println("  memory probe | " + results.get(results.size() - 1));
        }
        return results;
    }

    private static Result probe(BenchmarkServer server, ClientKind kind, long size) {
        try {
            Process process = ChildJvm
                .builder(List.of(HEAP), MemoryProbeMain.class, List.of(kind.id(), server.endpoint().toString(),
                        server.accessKey(), server.secretKey(), Long.toString(size)))
                .redirectErrorStream(true)
                .start();
            String result = null;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("RESULT ")) {
                        result = line;
                    }
                    else if (line.contains("OutOfMemoryError") && result == null) {
                        result = "RESULT FAILED -1 0 " + line.trim();
                    }
                }
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(kind.id(), false, -1, TIMEOUT_SECONDS, "timed out");
            }
            return parse(kind, result, process.exitValue());
        }
        catch (IOException ex) {
            return new Result(kind.id(), false, -1, 0, ex.toString());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Result(kind.id(), false, -1, 0, "interrupted");
        }
    }

    private static Result parse(ClientKind kind, String line, int exitCode) {
        if (line == null) {
            return new Result(kind.id(), false, -1, 0, "no result, exit code " + exitCode);
        }
        String[] fields = line.split(" ", 5);
        return new Result(kind.id(), "OK".equals(fields[1]), Long.parseLong(fields[2]), Double.parseDouble(fields[3]),
                (fields.length > 4) ? fields[4] : "");
    }

    /**
     * One client's outcome.
     *
     * @param client the client's command-line name
     * @param ok whether the upload succeeded
     * @param peakRssKib the child's peak RSS in KiB
     * @param seconds how long the upload took
     * @param detail the failure, if any
     */
    public record Result(String client, boolean ok, long peakRssKib, double seconds, String detail) {
    }

}
